package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;
import org.entente.model.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline window load that a later zoom replaces stops inside SQLite, mid-statement, and lets
 * go of the library (issue #15: at ten million events such a load ran for seconds with the
 * library's lock held, and the next load and any edit waited behind it).
 */
class CancelledReadTest {
    static final int EVENTS = 20_000;
    @TempDir Path dir;
    Library library;
    long from, to;

    @BeforeEach
    void fill() {
        library = Library.open(dir.resolve("cancel.entente"));
        library.bulkInsert(new SyntheticLibrary(7, EVENTS).iterator(), EVENTS, "import:test", null, null, 5_000);
        long[] extent = library.events().extent().orElseThrow();
        from = extent[0];
        to = extent[1] + 1;
    }

    @AfterEach
    void close() { library.close(); }

    /** Turns true at its {@code n}th question: inside the statement, after SQLite has begun it. */
    static final class TrueAt implements java.util.function.BooleanSupplier {
        final int n;
        final AtomicInteger asked = new AtomicInteger();

        TrueAt(int n) { this.n = n; }

        @Override
        public boolean getAsBoolean() { return asked.incrementAndGet() >= n; }
    }

    @Test
    void anOverviewCancelledWhileSqliteRunsItStopsThereAndTheLibraryGoesOn() {
        // Thirty-day buckets over the whole extent: rows, not the summary (which answers whole blocks only).
        List<DensityCell> whole = new TimelineQueries(library, () -> false).density(from, to, 30, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, null);
        assertThat(whole.stream().mapToLong(DensityCell::count).sum()).isEqualTo(new TimelineQueries(library).countStarting(from, to, EventFilter.NONE));

        // Asked once before the statement (false) and then from inside it: the second question stops it.
        TrueAt cancelled = new TrueAt(2);
        assertThatThrownBy(() -> new TimelineQueries(library, cancelled).density(from, to, 30, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, null))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelled.asked.get()).as("SQLite asked from inside the statement").isEqualTo(2);

        // The library is as usable as before: the same read in full, and a write.
        assertThat(new TimelineQueries(library).density(from, to, 30, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, null)).isEqualTo(whole);
        Actor saved = library.actors().save(Actor.country("Việt Nam (cancel test)", "VNX"));
        assertThat(library.actors().all()).contains(saved);
    }

    @Test
    void aWindowLoadCancelledInsideItsQueryReturnsNothingAndTheNextLoadsInFull() {
        LaneCatalogue lanes = TimelineLoader.lanes(library, TimelineLoader.setup(library), LaneGrouping.ACTOR_PAIR, EventFilter.NONE, List.of());
        // A span whose buckets (about 40 days) are too narrow for the summary: the overview reads rows.
        TimelineLoader.WindowRequest r = new TimelineLoader.WindowRequest(from, to, lanes, EventFilter.NONE, 100, Math.toIntExact((to - from) / 40));
        TrueAt cancelled = new TrueAt(3);
        assertThat(TimelineLoader.window(library, r, cancelled)).isNull();
        assertThat(cancelled.asked.get()).isGreaterThanOrEqualTo(3);

        TimelineLoader.WindowData data = TimelineLoader.window(library, r, () -> false);
        assertThat(data.overview()).isTrue();
        assertThat(data.eventCount()).isEqualTo(EVENTS);
    }

    @Test
    void aFailureAfterAnInnerReadWasCancelledIsAFailureNotACancel() {
        // The outer read goes on after an inner cancellable read was stopped (a timeline window
        // superseded inside a longer read): a later genuine error of the outer read is reported as
        // the error it is, not swallowed as a cancellation.
        assertThatThrownBy(() -> library.read(c -> {
            java.util.concurrent.atomic.AtomicBoolean stopInner = new java.util.concurrent.atomic.AtomicBoolean();
            assertThatThrownBy(() -> library.read(inner -> {
                stopInner.set(true);
                return Sql.list(inner, "SELECT count(*) FROM event a, event b WHERE a.id < 3000", rs -> rs.getLong(1));
            }, stopInner::get)).isInstanceOf(CancellationException.class);
            return library.read(plain -> Sql.list(plain, "SELECT no_such_column FROM event", rs -> rs.getLong(1)));
        }, () -> false)).isInstanceOf(LibraryException.class).isNotInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelInsideNestedReadsStopsThePlainReadsWithinAndOutlastsAnInnerCancellableRead() {
        // The network's read holds the library in one cancellable read around the stores' own reads,
        // some of them cancellable themselves: an inner one ending must not take the outer's
        // cancellation with it, and a plain read's statement stopped by it is a cancel, not a failure.
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        long started = System.nanoTime();
        assertThatThrownBy(() -> library.read(c -> {
            int innerResult = library.read(x -> 1, () -> false);
            assertThat(innerResult).isEqualTo(1);
            cancel.set(true);
            // Millions of rows: seconds if nothing stopped it.
            return library.read(inner -> Sql.list(inner, "SELECT count(*) FROM event a, event b WHERE a.id < 3000", rs -> rs.getLong(1)));
        }, cancel::get)).isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - started) / 1e9).as("seconds").isLessThan(1.0);

        // Nothing is left installed: a plain read runs in full, and a write goes through.
        assertThat(library.read(c -> Sql.list(c, "SELECT count(*) FROM event a, event b WHERE a.id < 50", rs -> rs.getLong(1))).get(0))
                .isEqualTo(49L * EVENTS);
        assertThat(library.actors().save(Actor.country("Nested cancel", "NCX")).id()).isPositive();
    }
}
