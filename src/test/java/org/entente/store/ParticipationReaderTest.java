package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's read of every event's days and participants, in blocks of packed headers (issue
 * #15), against the headers one by one: the same events, fields and order, across blocks that end
 * inside a day, and stopped at once when cancelled.
 */
class ParticipationReaderTest {
    @TempDir Path dir;

    /** One event as the network takes it: id, start, end, participants. */
    record Taken(long id, long startDay, long endDay, List<Long> actorIds) {}

    @Test
    void everyEventButTheUnVotesInStartOrderAsTheHeadersHaveIt() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            int synthetic = 6_000, sameDay = 2 * ParticipationReader.BLOCK + 5;
            lib.bulkInsert(new SyntheticLibrary(11, synthetic).iterator(), synthetic, "synthetic", null, null);
            // More events on one day than two blocks hold, some of them UN votes, some without participants:
            // the blocks' keyset (start day, id) must carry on inside the day.
            List<Event> some = new SyntheticLibrary(12, sameDay).events().toList();
            Iterator<Event> oneDay = some.stream().map(e -> new Event(0, e.title(), DateRange.parse("1987-06-05"),
                    e.category(), e.title().hashCode() % 7 == 0 ? List.of() : e.participants(), null, null, e.importance(), List.of(), List.of())).iterator();
            lib.bulkInsert(oneDay, sameDay, "same day", null, null);

            List<Taken> expected = new ArrayList<>();
            lib.events().forEachHeader(h -> {
                if (!Category.UN_VOTE.key().equals(h.category())) expected.add(taken(h.id(), h.startDay(), h.endDay(), h.actorIds(), h.actorIds().length));
            });
            assertThat(expected.stream().filter(t -> t.actorIds().isEmpty())).isNotEmpty();
            assertThat(expected.size()).isLessThan(synthetic + sameDay); // UN votes left out

            List<Taken> read = new ArrayList<>();
            lib.events().forEachParticipation((id, start, end, ids, n) -> read.add(taken(id, start, end, ids, n)), () -> false);
            assertThat(read).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aReadCancelledInsideItsBlocksStopsThereAndTheLibraryGoesOn() {
        try (Library lib = Library.open(dir.resolve("cancel.entente"))) {
            int events = 3 * ParticipationReader.BLOCK;
            lib.bulkInsert(new SyntheticLibrary(13, events).iterator(), events, "synthetic", null, null);
            AtomicInteger handed = new AtomicInteger(), asked = new AtomicInteger();
            // Asked as the read begins, then before the first block, then by SQLite's progress handler
            // inside the first block's statement: the third question stops the statement there.
            assertThatThrownBy(() -> lib.events().forEachParticipation((id, start, end, ids, n) -> handed.incrementAndGet(),
                    () -> asked.incrementAndGet() >= 3)).isInstanceOf(CancellationException.class).hasMessageContaining("cancelled while reading");
            assertThat(asked.get()).isEqualTo(3);
            assertThat(handed.get()).isZero();

            // The library is free: the read in full, then a write.
            AtomicInteger all = new AtomicInteger();
            lib.events().forEachParticipation((id, start, end, ids, n) -> all.incrementAndGet(), () -> false);
            assertThat(all.get()).isPositive();
            assertThat(lib.actors().save(org.entente.model.Actor.country("After the cancel", "AFC")).id()).isPositive();
        }
    }

    private static Taken taken(long id, long start, long end, long[] ids, int n) {
        return new Taken(id, start, end, Arrays.stream(ids, 0, n).boxed().toList());
    }

}
