package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventScore;
import org.entente.model.PairMonth;
import org.entente.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class PairMonthsTest {
    @TempDir Path dir;

    public static long coded(Library lib, int y, int m, int d, Double goldstein, Actor... actors) {
        List<Participant> ps = java.util.Arrays.stream(actors).map(a -> new Participant(a, null)).toList();
        long id = lib.events().save(new Event(0, "coded", DateRange.of(EventDate.ofDay(y, m, d)), new Category("cameo-04", "Consult"), ps,
                null, null, 2, List.of(), List.of())).id();
        lib.scores().save(id, new EventScore(goldstein, 1.0, 3, 1, 3, "040", null));
        return id;
    }

    @Test
    void monthsOfEachPairCountCodedEventsAndAverageTheirScores() {
        try (Library lib = Library.open(dir.resolve("pairs.db"))) {
            Actor vn = lib.actors().save(Actor.country("Việt Nam", "VNM")), ru = lib.actors().save(Actor.country("Россия", "RUS"));
            Actor cn = lib.actors().save(Actor.country("中国", "CHN"));
            Actor asean = lib.actors().save(new Actor(0, "ASEAN", ActorKind.ORGANISATION, null, null));
            coded(lib, 2024, 1, 31, 4.0, ru, vn);
            coded(lib, 2024, 1, 1, -2.0, vn, ru);
            coded(lib, 2024, 1, 15, null, vn, ru);         // coded, but without a score
            coded(lib, 2024, 3, 2, 7.0, vn, ru, cn);        // three countries: three pairs
            coded(lib, 2024, 3, 9, 1.0, vn, asean);         // an organisation makes no pair
            lib.events().save(new Event(0, "by hand", DateRange.of(EventDate.ofDay(2024, 2, 1)), Category.MEETING,
                    List.of(new Participant(vn, null), new Participant(ru, null)), null, null, 3, List.of(), List.of()));

            List<PairMonth> vnRu = lib.scores().pairMonths(new long[] {ru.id(), vn.id()});
            assertThat(vnRu).hasSize(2);
            PairMonth jan = vnRu.get(0);
            assertThat(jan.year()).isEqualTo(2024);
            assertThat(jan.month()).isEqualTo(1);
            assertThat(jan.events()).isEqualTo(3);
            assertThat(jan.scored()).isEqualTo(2);
            assertThat(jan.goldsteinMean()).isCloseTo(1.0, within(1e-9));
            assertThat(vnRu.get(1).month()).isEqualTo(3);
            assertThat(vnRu.get(1).events()).isEqualTo(1);

            List<PairMonth> all = lib.scores().pairMonths();
            assertThat(all).extracting(p -> p.low() + "-" + p.high() + "@" + p.month())
                    .containsExactly(vn.id() + "-" + ru.id() + "@1", vn.id() + "-" + ru.id() + "@3",
                            vn.id() + "-" + cn.id() + "@3", ru.id() + "-" + cn.id() + "@3");
            assertThat(lib.scores().codedMonths()).hasValueSatisfying(m -> {
                assertThat(m[0]).isEqualTo(2024 * 12);
                assertThat(m[1]).isEqualTo(2024 * 12 + 2);
            });
        }
    }

    @Test
    void aLibraryWithoutCodedEventsHasNoMonths() {
        try (Library lib = Library.open(dir.resolve("empty.db"))) {
            assertThat(lib.scores().pairMonths()).isEmpty();
            assertThat(lib.scores().codedMonths()).isEmpty();
        }
    }
}
