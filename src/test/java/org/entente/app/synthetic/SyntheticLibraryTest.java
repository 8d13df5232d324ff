package org.entente.app.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.Partnership;
import org.junit.jupiter.api.Test;

class SyntheticLibraryTest {

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedDoesNot() {
        List<Event> first = new SyntheticLibrary(42, 3_000).events().toList();
        List<Event> again = new SyntheticLibrary(42, 3_000).events().toList();
        List<Event> other = new SyntheticLibrary(43, 3_000).events().toList();
        assertThat(first).hasSize(3_000).isEqualTo(again);
        assertThat(other).isNotEqualTo(first);
        assertThat(new SyntheticLibrary(42, 3_000).partnerships()).isEqualTo(new SyntheticLibrary(42, 3_000).partnerships());
        assertThat(new SyntheticLibrary(42, 3_000).trade()).isEqualTo(new SyntheticLibrary(42, 3_000).trade());
    }

    @Test
    void aOneYearWindowHoldsAboutOneHundredAndTwentyFifthOfTheEvents() {
        int n = 200_000;
        long from = LocalDate.of(SyntheticLibrary.MEDIAN_DENSITY_YEAR, 1, 1).toEpochDay();
        long to = LocalDate.of(SyntheticLibrary.MEDIAN_DENSITY_YEAR + 1, 1, 1).toEpochDay();
        LocalDate today = LocalDate.of(2025, 1, 1);
        long inWindow = new SyntheticLibrary(SyntheticLibrary.DEFAULT_SEED, n).events()
                .filter(e -> e.when().firstDay() < to && e.when().endDay(today) > from).count();
        // 1,000,000 events ⇒ about 8,000 in the window; here 200,000 ⇒ about 1,600.
        assertThat(inWindow).isBetween(1_450L, 1_750L);
    }

    @Test
    void mixesPrecisionsRangesScriptsAndParticipantCounts() {
        List<Event> events = new SyntheticLibrary(7, 20_000).events().toList();
        Map<DatePrecision, Long> precision = events.stream()
                .collect(Collectors.groupingBy(e -> e.when().start().precision(), Collectors.counting()));
        assertThat(precision.get(DatePrecision.DAY)).isBetween(13_000L, 15_000L);
        assertThat(precision.get(DatePrecision.MONTH)).isBetween(3_500L, 4_500L);
        assertThat(precision.get(DatePrecision.YEAR)).isBetween(1_600L, 2_400L);
        assertThat(events.stream().filter(e -> e.when().end() != null).count()).isBetween(800L, 1_500L);
        assertThat(events.stream().anyMatch(e -> e.when().ongoing())).isTrue();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.participants()).hasSizeBetween(1, 3);
            assertThat(e.summary().split(" ", -1).length).isGreaterThanOrEqualTo(20);
            assertThat(e.when().start().year()).isBetween(SyntheticLibrary.FIRST_YEAR, SyntheticLibrary.LAST_YEAR);
        });
        Set<Integer> sizes = new HashSet<>();
        events.forEach(e -> sizes.add(e.participants().size()));
        assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3);
        String titles = events.stream().map(Event::title).collect(Collectors.joining("\n"));
        assertThat(titles).contains("Việt Nam").contains("Россия").contains("中国");
        assertThat(events.stream().map(e -> e.category().key()).distinct().count()).isEqualTo(11);
    }

    @Test
    void partnershipsClimbTheLadderWithoutOverlaps() {
        List<Partnership> spells = new SyntheticLibrary(1, 0).partnerships();
        assertThat(spells).hasSizeGreaterThan(40);
        Map<String, List<Partnership>> byPair = spells.stream().collect(Collectors.groupingBy(Partnership::pairLabel));
        assertThat(byPair.values()).anySatisfy(h -> assertThat(h).hasSizeGreaterThan(1));
        for (List<Partnership> history : byPair.values()) {
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).level().rank()).isGreaterThan(history.get(i - 1).level().rank());
                assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).until());
            }
        }
        assertThat(new SyntheticLibrary(1, 0).trade()).hasSize(30 * 35 * 4);
    }
}
