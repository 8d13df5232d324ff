package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.RollCallVotes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-call votes on a real library: which participants are votes, their fingerprint, and that
 * both are found through the votes' own index (V94) rather than every participant of every "UN
 * vote" event (3.3 s a pass at ten million events, BENCHMARKS.md).
 */
class RollCallStoreTest {
    @TempDir Path dir;
    Library lib;
    Actor vn, cn, ru;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("votes.entente"));
        vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
        cn = lib.actors().save(Actor.country("中国", "CHN"));
        ru = lib.actors().save(Actor.country("Россия", "RUS"));
    }

    @AfterEach
    void close() { lib.close(); }

    private Event save(String title, String date, Category category, Participant... participants) {
        return lib.events().save(new Event(0, title, DateRange.parse(date), category, List.of(participants), null, null, 3, List.of(), List.of()));
    }

    @Test
    void theVotesAreTheYesAbstainAndNoRolesOfUnVoteEventsInEventOrder() {
        Event first = save("Resolution 1", "2019-12-18", Category.UN_VOTE,
                new Participant(vn, "Yes"), new Participant(cn, "abstain"), new Participant(ru, "NO"));
        save("A debate with speakers, no votes", "2020-02-01", Category.UN_VOTE, new Participant(vn, "host"), new Participant(cn, "guest"));
        save("A visit whose role says yes", "2020-03-01", Category.STATE_VISIT, new Participant(vn, "yes"), new Participant(ru, "yes"));
        Event second = save("Resolution 2", "2021-12-01", Category.UN_VOTE, new Participant(vn, "yes"), new Participant(ru, "yes"),
                new Participant(cn, null));

        RollCallVotes votes = RollCallStore.read(lib);

        assertThat(votes.year()).containsExactly(2019, 2021);
        assertThat(votes.start()).containsExactly(0, 3, 5);
        List<String> read = new ArrayList<>();
        for (int i = 0; i < votes.actor().length; i++) read.add(votes.actor()[i] + "=" + votes.vote()[i]);
        assertThat(read).containsExactly(vn.id() + "=2", cn.id() + "=1", ru.id() + "=0", vn.id() + "=2", ru.id() + "=2");
        assertThat(first.id()).isLessThan(second.id());
        assertThat(votes.fingerprint()).isEqualTo(RollCallStore.fingerprint(lib));
    }

    @Test
    void theFingerprintChangesWithAVoteAndNotWithAnythingElse() {
        Event resolution = save("Resolution 1", "2019-12-18", Category.UN_VOTE, new Participant(vn, "yes"), new Participant(cn, "no"));
        long before = RollCallStore.fingerprint(lib);

        save("A debate with speakers, no votes", "2020-02-01", Category.UN_VOTE, new Participant(vn, "host"));
        save("State visit", "2020-03-01", Category.STATE_VISIT, new Participant(vn, "yes"), new Participant(ru, "guest"));
        assertThat(RollCallStore.fingerprint(lib)).as("no vote added").isEqualTo(before);
        assertThat(RollCallStore.readUnless(lib, before)).as("a cache of the same votes is kept").isEmpty();

        lib.events().save(new Event(resolution.id(), resolution.title(), resolution.when(), resolution.category(),
                List.of(new Participant(vn, "yes"), new Participant(cn, "abstain")), null, null, 3, List.of(), List.of()));
        long changed = RollCallStore.fingerprint(lib);
        assertThat(changed).as("a vote changed").isNotEqualTo(before);
        assertThat(RollCallStore.readUnless(lib, before)).as("a cache of the old votes is read again").isPresent()
                .get().extracting(RollCallVotes::fingerprint).isEqualTo(changed);
    }

    @Test
    void theVotesAreFoundThroughTheirOwnIndexNotEveryParticipant() {
        for (String sql : List.of(RollCallStore.FINGERPRINT_SQL, RollCallStore.READ_SQL)) {
            String plan = lib.read(c -> {
                StringBuilder out = new StringBuilder();
                try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                    while (rs.next()) out.append(rs.getString("detail")).append('\n');
                }
                return out.toString();
            });
            assertThat(plan).as(sql).contains("event_actor_vote").doesNotContain("SCAN e ").doesNotContain("PRIMARY KEY (event_id=?)");
        }
    }
}
