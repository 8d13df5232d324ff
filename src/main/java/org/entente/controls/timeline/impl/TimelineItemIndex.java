package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineView;
import org.entente.time.SortedLane;
import org.entente.time.TimelineIndex;

/**
 * The timeline's sorted index of its items, rebuilt only when the items, the set of lane keys or
 * today change: at once for small lists, on a background thread for big ones (the previous index
 * is drawn meanwhile). Also finds an item by id without boxing.
 */
final class TimelineItemIndex {
    private final TimelineViewSkin skin;

    TimelineItemIndex(TimelineViewSkin skin) { this.skin = skin; }

    List<TimelineItem> items = List.of();
    TimelineIndex index;
    List<String> indexLaneKeys = List.of();
    long[] sortedIds = new long[0];
    int[] sortedIdItem = new int[0];
    boolean indexDirty = true;
    long indexToday;

    /** Above this many items the index is built on a background thread while the old one stays on screen. */
    static final int ASYNC_INDEX_THRESHOLD = 50_000;

    static final java.util.concurrent.ExecutorService INDEXER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline-index");
        t.setDaemon(true);
        return t;
    });

    long buildGeneration;
    boolean building;

    /** An index together with the item list and lane keys it was built from. */
    record Built(List<TimelineItem> items, TimelineIndex index, List<String> laneKeys, long[] sortedIds,
                         int[] sortedIdItem, long todayEnd) {}

    void rebuildIndexIfNeeded() {
        rebuildIndexIfNeeded(false);
    }

    /**
     * Rebuilds the sorted index when the items, the set of lane keys or today changed: at once for
     * small lists, on a background thread for big ones (the previous index is drawn meanwhile).
     */
    void rebuildIndexIfNeeded(boolean now) {
        TimelineView c = skin.getSkinnable();
        long todayEnd = c.getToday().toEpochDay() + 1;
        List<String> keys = new ArrayList<>();
        for (TimelineLane l : c.getLanes()) keys.add(l.getKey());
        boolean upToDate = !indexDirty && index != null && keys.size() == indexLaneKeys.size() && indexToday == todayEnd
                && new java.util.HashSet<>(keys).equals(new java.util.HashSet<>(indexLaneKeys));
        if (upToDate && !(now && building)) return;
        indexDirty = false;
        indexToday = todayEnd;
        List<TimelineItem> snapshot = new ArrayList<>(c.getItems());
        long generation = ++buildGeneration;
        if (now || snapshot.size() < ASYNC_INDEX_THRESHOLD) {
            building = false;
            install(build(snapshot, keys, todayEnd));
            return;
        }
        building = true;
        // items are immutable by contract, so reading them off the JavaFX thread is safe
        java.util.concurrent.CompletableFuture.supplyAsync(() -> build(snapshot, keys, todayEnd), INDEXER)
                .whenComplete((built, error) -> javafx.application.Platform.runLater(() -> {
                    if (generation != buildGeneration) return; // superseded by a newer change
                    building = false;
                    if (error != null) {
                        Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), error);
                        return;
                    }
                    install(built);
                    skin.markDirty();
                }));
    }

    void install(Built b) {
        items = b.items();
        index = b.index();
        indexLaneKeys = b.laneKeys();
        sortedIds = b.sortedIds();
        sortedIdItem = b.sortedIdItem();
        skin.behavior.hoverItem = -1;
        skin.styles.fitCache.clear();
    }

    static Built build(List<TimelineItem> items, List<String> keys, long todayEnd) {
        Map<String, Integer> laneByKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) laneByKey.putIfAbsent(keys.get(i), i);
        int laneCount = Math.max(1, keys.size());
        int n = items.size();
        TimelineIndex.Builder b = TimelineIndex.builder(n, laneCount);
        long[] ids = new long[n];
        boolean small = true;
        for (int i = 0; i < n; i++) {
            TimelineItem it = items.get(i);
            int lane;
            if (keys.isEmpty() || it.laneKey() == null) lane = 0;
            else {
                Integer li = laneByKey.get(it.laneKey());
                lane = li == null ? -1 : li;
            }
            double end = it.ongoing() ? Math.max(it.startDay() + 1, todayEnd) : it.endDay();
            int flags = 0;
            if (it.isInstant()) flags |= SortedLane.INSTANT;
            if (it.approximate()) flags |= SortedLane.APPROXIMATE;
            if (it.ongoing()) flags |= SortedLane.ONGOING;
            if (it.annotated()) flags |= SortedLane.ANNOTATED;
            b.set(i, lane, it.startDay(), end, labelUnits(it.title()), it.importance(), flags);
            ids[i] = it.id();
            if (Math.abs(ids[i]) >= (1L << 40)) small = false;
        }
        TimelineIndex index = b.build();
        // id lookup without boxing: ids sorted with their item index
        long[] sortedIds = new long[n];
        int[] sortedIdItem = new int[n];
        if (small && n < (1 << 22)) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) packed[i] = ((ids[i] + (1L << 40)) << 22) | i;
            Arrays.sort(packed);
            for (int k = 0; k < n; k++) {
                sortedIdItem[k] = (int) (packed[k] & ((1 << 22) - 1));
                sortedIds[k] = ids[sortedIdItem[k]];
            }
        } else {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (p, q) -> Long.compare(ids[p], ids[q]));
            for (int k = 0; k < n; k++) {
                sortedIdItem[k] = order[k];
                sortedIds[k] = ids[order[k]];
            }
        }
        return new Built(items, index, keys, sortedIds, sortedIdItem, todayEnd);
    }

    /** Label length in average character widths; CJK and other wide scripts count double. */
    static int labelUnits(String title) {
        if (title == null) return 0;
        int units = 0;
        for (int i = 0; i < title.length(); i++) {
            char ch = title.charAt(i);
            units += ch >= 0x1100 && !Character.isLowSurrogate(ch) ? 2 : 1;
        }
        return units;
    }

    /** Index of this very item in the indexed list (found by id, then by identity), or -1. */
    int indexOfItem(TimelineItem item) {
        if (item == null) return -1;
        int k = Arrays.binarySearch(sortedIds, item.id());
        if (k >= 0) {
            while (k > 0 && sortedIds[k - 1] == item.id()) k--;
            for (; k < sortedIds.length && sortedIds[k] == item.id(); k++) {
                if (items.get(sortedIdItem[k]) == item) return sortedIdItem[k];
            }
        }
        return items.indexOf(item);
    }

    /** Item index of the first item with this id, or -1. */
    int itemIndexOfId(long id) {
        int k = Arrays.binarySearch(sortedIds, id);
        if (k < 0) return -1;
        while (k > 0 && sortedIds[k - 1] == id) k--;
        return sortedIdItem[k];
    }
}
