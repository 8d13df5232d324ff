package org.entente.app.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.model.EventLink;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.RecordKind;
import org.entente.store.DensityCell;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.entente.store.TimelineQueries;

/**
 * The timeline's reads, run in background tasks: what a library holds once when it opens, the
 * lanes under the current filters, and one window of events at the level of detail its size
 * allows. Only the requested window is read: up to {@link WindowRequest#detailLimit()} events one
 * by one, or, beyond that, counts per lane and time bucket with each bucket's most important event.
 */
public final class TimelineLoader {
    private TimelineLoader() {}

    /** What the view needs once per opened library (the spells draw the pair lanes' partnership tiers). */
    public record Setup(List<Actor> actors, List<Category> categories, List<String> tags, List<Partnership> spells,
                        List<Period> periods, Optional<long[]> extent) {}

    /**
     * A window to load: [fromDay, toDay) with the lanes and filters of the moment. When an
     * unfiltered overview in the window's own buckets would read more than {@code provisionalAbove}
     * rows, a provisional overview of whole summary blocks is loaded instead (see
     * {@link WindowData#provisional()}); {@link Long#MAX_VALUE} never does.
     */
    public record WindowRequest(long fromDay, long toDay, LaneCatalogue lanes, EventFilter filter, int detailLimit, int buckets,
                                long provisionalAbove) {
        public WindowRequest(long fromDay, long toDay, LaneCatalogue lanes, EventFilter filter, int detailLimit, int buckets) {
            this(fromDay, toDay, lanes, filter, detailLimit, buckets, Long.MAX_VALUE);
        }

        public long span() { return toDay - fromDay; }
    }

    /**
     * The view's {@link WindowRequest#provisionalAbove()}: about a third of a second of SQLite's
     * grouping. The 2008–2024 view that Entente opens on holds 2.3 million events (with its
     * margins) in the ten-million-event library: 1.7–2.6 s of rows, 0.15 s from the summary.
     */
    public static final long PROVISIONAL_ABOVE_ROWS = 400_000;

    /**
     * One loaded window.
     *
     * @param overview   whether items are bucket representatives rather than every event
     * @param eventCount events in the window (for an overview: starting in it)
     * @param bucketDays bucket width of an overview, 0 for detail
     * @param provisional an overview of whole summary blocks, coarser than the request's buckets,
     *                    shown at once while the overview it asked for is read
     */
    public record WindowData(WindowRequest request, List<WindowEvent> items, List<EventLink> links, boolean overview,
                             long eventCount, long bucketDays, boolean provisional) {}

    public static Setup setup(Library library) {
        List<Actor> actors = library.actors().all();
        List<Category> categories = library.events().categories();
        List<String> tags = library.events().tags();
        List<Partnership> spells = library.partnerships().all();
        List<Period> periods = library.periods().all();
        return new Setup(actors, categories, tags, List.copyOf(spells), List.copyOf(periods), library.events().extent());
    }

    /** The lanes of {@code grouping} that hold events under {@code filter}, with their counts. */
    public static LaneCatalogue lanes(Library library, Setup setup, LaneGrouping grouping, EventFilter filter, List<String> pinned) {
        Map<String, Long> counts = new HashMap<>();
        if (TimelineQueries.summarises(filter)) counts.putAll(new TimelineQueries(library).laneCounts(grouping));
        else if (setup.extent().isPresent()) {
            long[] ext = setup.extent().get();
            long from = ext[0], to = ext[1] + 1;
            for (DensityCell c : new TimelineQueries(library).density(from, to, Math.max(1, to - from), grouping, filter))
                counts.merge(c.laneKey(), (long) c.count(), Long::sum);
        }
        return LaneCatalogue.of(grouping, setup.actors(), setup.categories(), counts, pinned);
    }

    /**
     * Loads one window; returns null if {@code cancelled} turned true, between its queries or in
     * one (SQLite stops a superseded query where it is, so that the next load need not wait for it).
     */
    public static WindowData window(Library library, WindowRequest r, BooleanSupplier cancelled) {
        try {
            return load(library, r, cancelled);
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    private static WindowData load(Library library, WindowRequest r, BooleanSupplier cancelled) {
        TimelineQueries q = new TimelineQueries(library, cancelled);
        TimelineQueries.Window w = q.inWindow(r.fromDay(), r.toDay(), r.filter(), r.detailLimit());
        if (cancelled.getAsBoolean()) return null;
        if (w.complete()) {
            List<WindowEvent> items = new ArrayList<>(w.events().size());
            Set<Long> ids = new LinkedHashSet<>();
            for (EventHeader h : w.events()) ids.add(h.id());
            Set<Long> annotated = library.annotations().annotatedAmong(RecordKind.EVENT, ids);
            for (EventHeader h : w.events())
                for (String lane : r.lanes().laneKeysOf(h)) items.add(new WindowEvent(h, lane, false, 0, annotated.contains(h.id())));
            List<EventLink> links = q.linksAmong(ids);
            return new WindowData(r, List.copyOf(items), links, false, w.events().size(), 0, false);
        }
        // Too many to draw one by one: counts per lane and bucket, each bucket's most important event drawn for it.
        long bucketDays = Math.max(1, r.span() / Math.max(1, r.buckets()));
        long from = r.fromDay(), to = r.toDay();
        long block = TimelineQueries.SUMMARY_BLOCK_DAYS;
        boolean provisional = false;
        if (r.provisionalAbove() < Long.MAX_VALUE && bucketDays < block / 2 && TimelineQueries.summarises(r.filter())) {
            // Counted from the summary (a few thousand cells): whether the rows would take long.
            long rows = q.countStarting(Math.floorDiv(from, block) * block, -Math.floorDiv(-to, block) * block, r.filter());
            provisional = rows > r.provisionalAbove();
            if (cancelled.getAsBoolean()) return null;
        }
        if ((bucketDays >= block / 2 || provisional) && TimelineQueries.summarises(r.filter())) {
            // Wide and unfiltered: buckets of whole summary blocks over a window widened to block
            // boundaries, read from the summary instead of every event (at most a block more on each side).
            bucketDays = Math.max(1, Math.round((double) bucketDays / block)) * block;
            from = Math.floorDiv(from, block) * block;
            to = -Math.floorDiv(-to, block) * block;
        }
        List<DensityCell> cells = q.density(from, to, bucketDays, r.lanes().grouping(), r.filter(), r.lanes().namedKeys());
        if (cancelled.getAsBoolean()) return null;
        // Several store lanes may fold into "Other": keep the most important representative per shown lane and bucket.
        Map<String, DensityCell> best = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        long total = 0;
        for (DensityCell c : cells) {
            String key = r.lanes().shownKey(c.laneKey()) + "@" + c.bucketStartDay();
            counts.merge(key, c.count(), Integer::sum);
            DensityCell b = best.get(key);
            if (b == null || c.topImportance() > b.topImportance()) best.put(key, c);
            if (r.lanes().grouping() != LaneGrouping.COUNTRY) total += c.count();
        }
        Set<Long> ids = new HashSet<>();
        for (DensityCell c : best.values()) ids.add(c.topEventId());
        Map<Long, EventHeader> headers = new HashMap<>();
        for (EventHeader h : q.byIds(ids)) headers.put(h.id(), h);
        if (cancelled.getAsBoolean()) return null;
        Set<Long> annotated = library.annotations().annotatedAmong(RecordKind.EVENT, ids);
        List<WindowEvent> items = new ArrayList<>(best.size());
        for (var e : best.entrySet()) {
            EventHeader h = headers.get(e.getValue().topEventId());
            if (h == null) continue; // deleted meanwhile
            String lane = e.getKey().substring(0, e.getKey().lastIndexOf('@'));
            items.add(new WindowEvent(h, lane, true, counts.get(e.getKey()) - 1, annotated.contains(h.id())));
        }
        items.sort(java.util.Comparator.comparingLong((WindowEvent e) -> e.header().startDay()).thenComparingLong(WindowEvent::id));
        if (r.lanes().grouping() == LaneGrouping.COUNTRY) total = q.countStarting(from, to, r.filter());
        return new WindowData(r, List.copyOf(items), q.linksAmong(ids), true, total, bucketDays, provisional);
    }
}
