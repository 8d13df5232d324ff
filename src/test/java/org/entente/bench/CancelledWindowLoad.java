package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;
import org.entente.model.EventDate;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;

/**
 * How long a superseded timeline window load keeps the library (issue #15). The timeline view
 * cancels its running load when the range changes; before, the load noticed only between its
 * queries, so a mid-range overview at ten million events (seconds of rows) held the library's lock
 * to its end, and the next load and any edit waited. Usage:
 * {@code CancelledWindowLoad LIBRARY [FROM_YEAR TO_YEAR [CANCEL_AFTER_MS [ROUNDS]]]}: loads the
 * window once in full (thread CPU and wall), then ROUNDS times starts it, cancels it after
 * CANCEL_AFTER_MS and times how long until the load returned and until another thread's read ran.
 * First it times the load as the view asks it, which may be a provisional overview from the lane summary.
 */
public final class CancelledWindowLoad {
    private CancelledWindowLoad() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int fromYear = args.length > 2 ? Integer.parseInt(args[1]) : 1980, toYear = args.length > 2 ? Integer.parseInt(args[2]) : 2013;
        long cancelAfterMs = args.length > 3 ? Long.parseLong(args[3]) : 300;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        var mx = ManagementFactory.getThreadMXBean();
        try (Library library = Library.open(file)) {
            long t0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            TimelineLoader.Setup setup = TimelineLoader.setup(library);
            long t1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
            LaneCatalogue lanes = TimelineLoader.lanes(library, setup, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, List.of());
            System.out.printf(Locale.ROOT, "timeline set-up %.0f ms wall, %.0f ms CPU; lanes %.0f ms wall, %.0f ms CPU%n", (w1 - w0) / 1e6,
                    (t1 - t0) / 1e6, (System.nanoTime() - w1) / 1e6, (mx.getCurrentThreadCpuTime() - t1) / 1e6);
            long from = EventDate.parse(fromYear + "").firstDay(), to = EventDate.parse(toYear + "").firstDay();
            // As the view asks: the visible span with half of it again on each side, 240 buckets, 4,000 events one by one.
            long span = to - from;
            TimelineLoader.WindowRequest r = new TimelineLoader.WindowRequest(from - span / 2, to + span / 2, lanes, EventFilter.NONE, 4_000, 240);

            // What the view shows first when the rows are many: the provisional overview from the summary.
            TimelineLoader.WindowRequest quick = new TimelineLoader.WindowRequest(r.fromDay(), r.toDay(), lanes, EventFilter.NONE, 4_000, 240,
                    TimelineLoader.PROVISIONAL_ABOVE_ROWS);
            long qcpu = mx.getCurrentThreadCpuTime(), qwall = System.nanoTime();
            TimelineLoader.WindowData first = TimelineLoader.window(library, quick, () -> false);
            System.out.printf(Locale.ROOT, "first load %d–%d (±half), as the view asks it: %s, %d items, buckets of %d days: %.0f ms wall, %.0f ms CPU%n",
                    fromYear, toYear, first.provisional() ? "provisional" : "final", first.items().size(), first.bucketDays(),
                    (System.nanoTime() - qwall) / 1e6, (mx.getCurrentThreadCpuTime() - qcpu) / 1e6);

            long cpu = mx.getCurrentThreadCpuTime(), wall = System.nanoTime();
            TimelineLoader.WindowData full = TimelineLoader.window(library, r, () -> false);
            System.out.printf(Locale.ROOT, "full load %d–%d (±half): %,d events, %d items, buckets of %d days: %.0f ms wall, %.0f ms CPU%n",
                    fromYear, toYear, full.eventCount(), full.items().size(), full.bucketDays(),
                    (System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);

            for (int i = 0; i < rounds; i++) {
                AtomicBoolean cancelled = new AtomicBoolean();
                AtomicLong returned = new AtomicLong();
                Object[] result = new Object[1];
                Thread load = new Thread(() -> {
                    result[0] = TimelineLoader.window(library, r, cancelled::get);
                    returned.set(System.nanoTime());
                }, "window-load");
                load.start();
                Thread.sleep(cancelAfterMs);
                long cancelledAt = System.nanoTime();
                cancelled.set(true);
                if (library.read(c -> 1) != 1) throw new IllegalStateException(); // the next reader: waits for the library's lock
                long readAt = System.nanoTime();
                load.join();
                System.out.printf(Locale.ROOT, "round %d: cancelled %d ms after the start; the load returned %s after %.1f ms, the next read ran after %.1f ms%n",
                        i + 1, cancelAfterMs, result[0] == null ? "nothing" : "a full window", (returned.get() - cancelledAt) / 1e6,
                        (readAt - cancelledAt) / 1e6);
            }
        }
    }
}
