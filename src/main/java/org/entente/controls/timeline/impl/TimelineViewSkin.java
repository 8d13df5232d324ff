package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineEvent;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineLink;
import org.entente.controls.timeline.TimelinePeriod;
import org.entente.controls.timeline.TimelineView;
import org.entente.model.DatePrecision;
import org.entente.time.Clustering;
import org.entente.time.DateText;
import org.entente.time.LaneLayout;
import org.entente.time.SortedLane;
import org.entente.time.TickGenerator;
import org.entente.time.Ticks;
import org.entente.time.TimeScale;
import org.entente.time.TimelineIndex;

/**
 * Draws a {@link TimelineView} on one canvas, sized in {@link #layoutChildren} and repainted once
 * per pulse after any change (as JFreeChart's ChartViewer does), and handles its mouse and keys.
 *
 * <p>A frame is: a sorted index of the items (rebuilt only when items or lane keys change),
 * one {@link Clustering} layout per expanded lane (pure maths on primitive arrays), then drawing
 * the few hundred placed items and chips that result, whatever the number of items.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    private static final PseudoClass PANNING = PseudoClass.getPseudoClass("panning");
    private static final double LANE_PAD = 8;
    private static final double PERIOD_ROW = 18;
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final GraphicsContext gc = canvas.getGraphicsContext2D();
    private final Text measurer = new Text();
    private final Clustering clustering = new Clustering();

    // index state
    private List<TimelineItem> items = List.of();
    private TimelineIndex index;
    private List<String> indexLaneKeys = List.of();
    private long[] sortedIds = new long[0];
    private int[] sortedIdItem = new int[0];
    private boolean indexDirty = true;
    private long indexToday;

    // frame state
    private final List<TimelineLane> shownLanes = new ArrayList<>();
    private int[] laneIndexOfShown = new int[0];
    private LaneLayout[] layouts = new LaneLayout[0];
    private double[] laneTop = new double[0];
    private double[] laneHeight = new double[0];
    private double[] tierTop = new double[0];
    private double[] chipTop = new double[0];
    private double contentHeight;
    private double scrollY;
    private double lanesTop;
    private int periodRows;
    private Ticks ticks;
    private TickGenerator tickGenerator;
    private TimeScale scale;
    private Clustering.Params params = Clustering.Params.defaults();
    private final TimelineLane implicitLane = new TimelineLane("", "All events");
    private boolean dirty = true;
    private long paintCount;

    // styles resolved through probe regions
    private final Map<String, Region> probeRegions = new HashMap<>();
    private final Map<String, Paint> probePaints = new HashMap<>();
    private final Map<String, Double> widthCache = new HashMap<>();
    private final Map<String, String> fitCache = new HashMap<>();
    private Font widthCacheFont;
    private double itemCharWidth = 6.8;
    private double digitWidth = 7;

    // interaction state
    private int hoverItem = -1;
    private int hoverLane = -1, hoverCluster = -1;
    private double hoverX, hoverY;
    private boolean hoverInside;
    private double pressX, pressY, lastDragX, lastDragY;
    private boolean dragging, pressedOnHeader;
    private int draggedLane = -1;
    private double dragLaneY;
    private long lastDragNanos;
    private double velocity; // px per second of content movement
    private final AnimationTimer kinetic = new AnimationTimer() {
        private long last;

        @Override
        public void start() {
            last = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last == 0) {
                last = now;
                return;
            }
            double dt = (now - last) / 1e9;
            last = now;
            velocity *= Math.exp(-dt / 0.35);
            if (Math.abs(velocity) < 15) {
                stop();
                getSkinnable().pseudoClassStateChanged(PANNING, false);
                return;
            }
            getSkinnable().panBy(-velocity * dt);
        }
    };
    private ContextMenu laneMenu;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        canvas.setFocusTraversable(false);
        getChildren().add(canvas);

        InvalidationListener redraw = o -> markDirty();
        InvalidationListener reindex = o -> {
            indexDirty = true;
            markDirty();
        };
        ListChangeListener<Object> listReindex = c -> {
            indexDirty = true;
            markDirty();
        };
        ListChangeListener<Object> listRedraw = c -> markDirty();
        watchList(control.itemsProperty(), listReindex);
        // lanes: the index is rebuilt only when the set of lane keys changes (checked per frame), not on reordering
        watchList(control.lanesProperty(), c -> {
            watchLanes();
            markDirty();
        });
        watchList(control.periodsProperty(), listRedraw);
        watchList(control.linksProperty(), listRedraw);
        control.itemsProperty().addListener(reindex);
        control.lanesProperty().addListener(o -> {
            watchLanes();
            markDirty();
        });
        control.periodsProperty().addListener(redraw);
        control.linksProperty().addListener(redraw);
        control.todayProperty().addListener(reindex);
        for (Observable o : List.of(control.visibleStartProperty(), control.visibleEndProperty(), control.localeProperty(),
                control.showTiersProperty(), control.showLinksProperty(), control.showPeriodsProperty(), control.showTodayProperty(),
                control.widthProperty(), control.heightProperty())) {
            o.addListener(redraw);
        }
        control.getSelectedItems().addListener((ListChangeListener<TimelineItem>) c -> markDirty());
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var sp = ((javafx.css.CssMetaData<TimelineView, ?>) meta).getStyleableProperty(control);
                if (sp instanceof Observable obs) obs.addListener(o -> {
                    widthCache.clear();
                    fitCache.clear();
                    markDirty();
                });
            }
        }
        watchLanes();
        installHandlers();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void watchList(javafx.beans.property.ObjectProperty<? extends ObservableList<?>> prop, ListChangeListener listener) {
        ObservableList<?> current = prop.get();
        if (current != null) current.addListener(listener);
        prop.addListener((obs, old, now) -> {
            if (old != null) old.removeListener(listener);
            if (now != null) now.addListener(listener);
        });
    }

    private final List<TimelineLane> watchedLaneObjects = new ArrayList<>();
    private final InvalidationListener laneRedraw = o -> markDirty();

    private void watchLanes() {
        for (TimelineLane l : watchedLaneObjects) {
            l.collapsedProperty().removeListener(laneRedraw);
            l.titleProperty().removeListener(laneRedraw);
            l.subtitleProperty().removeListener(laneRedraw);
            l.getTiers().removeListener(laneRedraw);
        }
        watchedLaneObjects.clear();
        for (TimelineLane l : getSkinnable().getLanes()) {
            l.collapsedProperty().addListener(laneRedraw);
            l.titleProperty().addListener(laneRedraw);
            l.subtitleProperty().addListener(laneRedraw);
            l.getTiers().addListener(laneRedraw);
            watchedLaneObjects.add(l);
        }
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    public void dispose() {
        kinetic.stop();
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 900; }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 500; }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) { return 200; }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) { return 100; }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y || canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.relocate(x, y);
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) paint();
    }

    // ================================================================ index

    /** Above this many items the index is built on a background thread while the old one stays on screen. */
    static final int ASYNC_INDEX_THRESHOLD = 50_000;
    private static final java.util.concurrent.ExecutorService INDEXER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline-index");
        t.setDaemon(true);
        return t;
    });
    private long buildGeneration;
    private boolean building;

    /** An index together with the item list and lane keys it was built from. */
    private record Built(List<TimelineItem> items, TimelineIndex index, List<String> laneKeys, long[] sortedIds,
                         int[] sortedIdItem, long todayEnd) {}

    private void rebuildIndexIfNeeded() {
        rebuildIndexIfNeeded(false);
    }

    /**
     * Rebuilds the sorted index when the items, the set of lane keys or today changed: at once for
     * small lists, on a background thread for big ones (the previous index is drawn meanwhile).
     */
    private void rebuildIndexIfNeeded(boolean now) {
        TimelineView c = getSkinnable();
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
                    markDirty();
                }));
    }

    /** Builds the index now on the calling thread (for benchmarks and tests that need it at once). */
    public void buildIndexNow() {
        rebuildIndexIfNeeded(true);
    }

    /** Whether a background index build is under way. */
    public boolean isIndexing() { return building; }

    private void install(Built b) {
        items = b.items();
        index = b.index();
        indexLaneKeys = b.laneKeys();
        sortedIds = b.sortedIds();
        sortedIdItem = b.sortedIdItem();
        hoverItem = -1;
        fitCache.clear();
    }

    private static Built build(List<TimelineItem> items, List<String> keys, long todayEnd) {
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
    private int indexOfItem(TimelineItem item) {
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
    private int itemIndexOfId(long id) {
        int k = Arrays.binarySearch(sortedIds, id);
        if (k < 0) return -1;
        while (k > 0 && sortedIds[k - 1] == id) k--;
        return sortedIdItem[k];
    }

    // ================================================================ public operations

    public void fitAll() {
        rebuildIndexIfNeeded();
        TimelineView c = getSkinnable();
        double[] ext = building || index == null ? scanExtent(c) : index.extent();
        double lo = ext == null ? Double.POSITIVE_INFINITY : ext[0];
        double hi = ext == null ? Double.NEGATIVE_INFINITY : ext[1];
        for (TimelinePeriod p : c.getPeriods()) {
            lo = Math.min(lo, p.startDay());
            hi = Math.max(hi, p.ongoing() ? c.getToday().toEpochDay() + 1 : p.endDay());
        }
        if (!(lo < hi)) return;
        double margin = Math.max(3, (hi - lo) * 0.04);
        c.zoomTo(lo - margin, hi + margin);
    }

    public TimelineItem findItem(long id) {
        rebuildIndexIfNeeded();
        if (building) {
            for (TimelineItem it : getSkinnable().getItems()) if (it.id() == id) return it;
            return null;
        }
        int i = itemIndexOfId(id);
        return i < 0 ? null : items.get(i);
    }

    private static double[] scanExtent(TimelineView c) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (TimelineItem it : c.getItems()) {
            lo = Math.min(lo, it.startDay());
            hi = Math.max(hi, c.effectiveEnd(it));
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    /**
     * Selects the next (+1) or previous (-1) item in start order across the shown, expanded lanes,
     * relative to the selected item or to the visible centre; returns whether it moved.
     */
    public boolean step(int direction) {
        rebuildIndexIfNeeded();
        if (index == null) return false;
        TimelineView c = getSkinnable();
        TimelineItem sel = c.getSelectedItem();
        int selIndex = indexOfItem(sel);
        double refStart;
        int refItem;
        if (selIndex >= 0) {
            refStart = index.lane(index.laneOf(selIndex)).start[index.positionOf(selIndex)];
            refItem = selIndex;
        } else {
            refStart = direction > 0 ? c.getVisibleStart() - 1e-9 : c.getVisibleEnd() + 1e-9;
            refItem = direction > 0 ? -1 : Integer.MAX_VALUE;
        }
        int best = -1;
        double bestStart = 0;
        for (int li : visibleLaneIndices()) {
            SortedLane lane = index.lane(li);
            if (lane.size() == 0) continue;
            // candidates: the neighbours of refStart in this lane, ordered by (start, item index)
            int p = lane.firstStartingAtOrAfter(refStart);
            int from = Math.max(0, p - 64), to = Math.min(lane.size(), p + 64);
            for (int q = from; q < to; q++) {
                double s = lane.start[q];
                int it = lane.item[q];
                int cmp = s != refStart ? Double.compare(s, refStart) : Integer.compare(it, refItem);
                if (direction > 0 ? cmp <= 0 : cmp >= 0) continue;
                if (best < 0) {
                    best = it;
                    bestStart = s;
                    continue;
                }
                int cb = s != bestStart ? Double.compare(s, bestStart) : Integer.compare(it, best);
                if (direction > 0 ? cb < 0 : cb > 0) {
                    best = it;
                    bestStart = s;
                }
            }
        }
        if (best < 0) return false;
        TimelineItem next = items.get(best);
        c.setSelectedItem(next);
        revealDrawn(next);
        return true;
    }

    /** Brings an item into view and, when it is hidden in a cluster there, zooms in around it until it is drawn. */
    public void revealDrawn(TimelineItem item) {
        TimelineView c = getSkinnable();
        c.reveal(item);
        if (canvas.getWidth() < 2) return;
        for (int i = 0; i < 14; i++) {
            computeFrame();
            if (isPlaced(item)) break;
            double mid = (item.startDay() + Math.min(c.effectiveEnd(item), item.startDay() + 1)) / 2;
            double span = (c.getVisibleEnd() - c.getVisibleStart()) / 2;
            c.zoomTo(mid - span / 2, mid + span / 2);
        }
        markDirty();
    }

    private boolean isPlaced(TimelineItem item) {
        int i = indexOfItem(item);
        if (i < 0 || index.laneOf(i) < 0) return true; // nothing to find: do not zoom
        int p = index.positionOf(i);
        for (int s = 0; s < shownLanes.size(); s++) {
            if (laneIndexOfShown[s] != index.laneOf(i)) continue;
            if (shownLanes.get(s).isCollapsed()) return true;
            return layouts[s].indexOfPosition(p) >= 0;
        }
        return true;
    }

    private List<Integer> visibleLaneIndices() {
        List<Integer> out = new ArrayList<>();
        TimelineView c = getSkinnable();
        if (c.getLanes().isEmpty()) {
            out.add(0);
            return out;
        }
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < indexLaneKeys.size(); i++) byKey.putIfAbsent(indexLaneKeys.get(i), i);
        for (TimelineLane l : c.getLanes()) {
            Integer li = byKey.get(l.getKey());
            if (li != null && !l.isCollapsed() && !out.contains(li)) out.add(li);
        }
        return out;
    }

    // ================================================================ frame layout (pure maths, no drawing)

    /** Computes the scale, ticks and lane layouts for the current size; called by paint and by benchmarks. */
    public void computeFrame() {
        TimelineView c = getSkinnable();
        rebuildIndexIfNeeded();
        double w = canvas.getWidth(), h = canvas.getHeight();
        double headerW = Math.min(c.getLaneHeaderWidth(), Math.max(60, w * 0.4));
        double left = headerW;
        double width = Math.max(1, w - headerW);
        double vs = c.getVisibleStart(), ve = c.getVisibleEnd();
        if (!(ve > vs)) ve = vs + TimelineView.MIN_SPAN_DAYS;
        scale = new TimeScale(vs, ve, left, width);

        Font itemFont = c.getItemFont();
        if (widthCacheFont != itemFont) {
            widthCache.clear();
            fitCache.clear();
            widthCacheFont = itemFont;
            String sample = "The quick brown fox jumps over the lazy dog, Vietnam–Russia 2024";
            itemCharWidth = measure(itemFont, sample) / sample.length() * 1.08;
            digitWidth = measure(c.getClusterFont(), "0123456789") / 10;
        }
        params = new Clustering.Params(c.getMaxRows(), itemCharWidth, Math.max(120, 44 * itemCharWidth), 10, 4,
                28, 64, digitWidth, c.getMarkerSize(), 14);

        Locale locale = c.getLocale();
        if (tickGenerator == null || !tickGenerator.locale().equals(locale)) tickGenerator = new TickGenerator(locale);
        Font axisFont = c.getAxisFont(), majorFont = c.getAxisMajorFont();
        ticks = tickGenerator.generate(scale, s -> measure(axisFont, s), s -> measure(majorFont, s));

        // period label rows (greedy, so overlapping and nested periods keep readable names)
        periodRows = 0;
        if (c.isShowPeriods() && !c.getPeriods().isEmpty()) periodRows = layoutPeriodRows(null);
        lanesTop = c.getAxisHeight() + periodRows * PERIOD_ROW + (periodRows > 0 ? 4 : 0);

        // lanes in display order
        shownLanes.clear();
        if (c.getLanes().isEmpty()) shownLanes.add(implicitLane);
        else shownLanes.addAll(c.getLanes());
        int nl = shownLanes.size();
        if (layouts.length < nl) {
            LaneLayout[] grown = Arrays.copyOf(layouts, nl);
            for (int i = layouts.length; i < nl; i++) grown[i] = new LaneLayout();
            layouts = grown;
        }
        if (laneTop.length < nl) {
            laneTop = new double[nl];
            laneHeight = new double[nl];
            tierTop = new double[nl];
            chipTop = new double[nl];
            laneIndexOfShown = new int[nl];
        }
        Map<String, Integer> byKey = null;
        if (!c.getLanes().isEmpty()) {
            byKey = new HashMap<>();
            for (int i = 0; i < indexLaneKeys.size(); i++) byKey.putIfAbsent(indexLaneKeys.get(i), i);
        }
        double rowH = c.getRowHeight();
        double y = 0;
        for (int s = 0; s < nl; s++) {
            TimelineLane lane = shownLanes.get(s);
            int li = byKey == null ? 0 : byKey.getOrDefault(lane.getKey(), -1);
            laneIndexOfShown[s] = li;
            LaneLayout out = layouts[s];
            boolean hasTiers = c.isShowTiers() && !lane.getTiers().isEmpty();
            double height;
            if (index == null || li >= index.laneCount()) {
                out.reset();
                height = 2 * LANE_PAD + rowH * 1.6;
                chipTop[s] = y + LANE_PAD + rowH;
                tierTop[s] = chipTop[s] + 2;
            } else if (lane.isCollapsed() || li < 0) {
                out.reset();
                height = c.getCollapsedLaneHeight();
            } else {
                clustering.layout(index.lane(li), scale, params, out);
                int rows = Math.max(1, out.rows);
                height = LANE_PAD + rows * rowH + (out.clusters > 0 ? rowH : 0) + (hasTiers ? c.getTierHeight() + 6 : 0) + LANE_PAD;
                height = Math.max(height, 2 * LANE_PAD + rowH * 1.6);
                chipTop[s] = y + LANE_PAD + rows * rowH;
                tierTop[s] = chipTop[s] + (out.clusters > 0 ? rowH : 0) + 2;
            }
            laneTop[s] = y;
            laneHeight[s] = height;
            y += height;
        }
        contentHeight = y;
        double viewH = Math.max(0, h - lanesTop);
        scrollY = Math.max(0, Math.min(scrollY, contentHeight - viewH));
    }

    /** Assigns each visible period a label row; returns the number of rows (fills periodRow when given). */
    private int layoutPeriodRows(int[] periodRow) {
        TimelineView c = getSkinnable();
        List<TimelinePeriod> ps = c.getPeriods();
        double[] rowRight = new double[8];
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        int rows = 0;
        Font f = c.getAxisFont();
        for (int i = 0; i < ps.size(); i++) {
            TimelinePeriod p = ps.get(i);
            double x0 = Math.max(scale.left(), scale.dayToX(p.startDay()));
            double x1 = Math.min(scale.right(), scale.dayToX(periodEnd(p)));
            if (x1 <= x0) {
                if (periodRow != null) periodRow[i] = -1;
                continue;
            }
            double right = x0 + Math.min(x1 - x0, measure(f, p.name()) + 16);
            int r = 0;
            while (r < rowRight.length && rowRight[r] + 4 > x0) r++;
            if (r == rowRight.length) r = rowRight.length - 1;
            rowRight[r] = Math.max(rowRight[r], right);
            rows = Math.max(rows, r + 1);
            if (periodRow != null) periodRow[i] = r;
        }
        return rows;
    }

    private double periodEnd(TimelinePeriod p) {
        return p.ongoing() ? getSkinnable().getToday().toEpochDay() + 1 : p.endDay();
    }

    // ================================================================ painting

    private void paint() {
        dirty = false;
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w < 2 || h < 2) return;
        computeFrame();
        draw();
        paintCount++;
    }

    /** Number of frames painted (for tests and benchmarks). */
    public long paintCount() { return paintCount; }

    /** Lays out and draws one frame now (for benchmarks). */
    public void paintNow() {
        paint();
    }

    private void draw() {
        TimelineView c = getSkinnable();
        double w = canvas.getWidth(), h = canvas.getHeight();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        gc.setFill(c.getCanvasBackground());
        gc.fillRect(0, 0, w, h);

        double headerW = scale.left();
        double viewTop = lanesTop;

        // lanes area, clipped below the axis
        gc.save();
        gc.beginPath();
        gc.rect(headerW, viewTop, w - headerW, h - viewTop);
        gc.clip();
        drawLaneBackgrounds(w, h);
        drawPeriods(h);
        drawGrid(h);
        for (int s = 0; s < shownLanes.size(); s++) drawLane(s);
        if (c.isShowLinks()) drawLinks();
        gc.restore();

        drawToday(h);
        drawHeaders(w, h);
        drawAxis(w);
        drawPeriodNames();
        drawScrollIndicator(w, h);
        if (items.isEmpty() || (building && index != null && index.itemCount() == 0)) {
            gc.setFill(c.getLaneHeaderSubtextColor());
            gc.setFont(c.getItemFont());
            gc.setTextAlign(TextAlignment.CENTER);
            String message = building ? String.format(c.getLocale(), "Indexing %,d events…", c.getItems().size()) : "No events to show";
            gc.fillText(message, headerW + (w - headerW) / 2, viewTop + (h - viewTop) / 2);
            gc.setTextAlign(TextAlignment.LEFT);
        }
        drawTooltip(w, h);
    }

    private double screenY(double contentY) { return lanesTop + contentY - scrollY; }

    private void drawLaneBackgrounds(double w, double h) {
        TimelineView c = getSkinnable();
        for (int s = 0; s < shownLanes.size(); s++) {
            double y = screenY(laneTop[s]);
            if (y > h || y + laneHeight[s] < lanesTop) continue;
            if (s % 2 == 1) {
                gc.setFill(c.getLaneAltBackground());
                gc.fillRect(scale.left(), y, w - scale.left(), laneHeight[s]);
            }
            gc.setStroke(c.getLaneSeparatorColor());
            gc.setLineWidth(1);
            gc.strokeLine(scale.left(), snap(y + laneHeight[s]), w, snap(y + laneHeight[s]));
        }
    }

    private void drawPeriods(double h) {
        TimelineView c = getSkinnable();
        if (!c.isShowPeriods()) return;
        for (TimelinePeriod p : c.getPeriods()) {
            double x0 = Math.max(scale.left(), scale.dayToX(p.startDay()));
            double x1 = Math.min(scale.right(), scale.dayToX(periodEnd(p)));
            if (x1 <= x0) continue;
            double top = lanesTop, bottom = h;
            if (p.laneKey() != null) {
                int s = shownIndexOfKey(p.laneKey());
                if (s < 0) continue;
                top = screenY(laneTop[s]);
                bottom = top + laneHeight[s];
            }
            Paint band = probe("tl-period", p.colorClass() == null ? null : "tl-period-" + cssName(p.colorClass()));
            gc.setFill(band);
            gc.fillRect(x0, top, x1 - x0, bottom - top);
            // thin edges keep overlapping and nested bands apart
            if (band instanceof Color col) {
                gc.setStroke(col.deriveColor(0, 1, 1, Math.min(4, 0.35 / Math.max(0.01, col.getOpacity()))));
                gc.setLineWidth(1);
                if (scale.dayToX(p.startDay()) >= scale.left()) gc.strokeLine(snap(x0), top, snap(x0), bottom);
                if (!p.ongoing() && scale.dayToX(p.endDay()) <= scale.right()) gc.strokeLine(snap(x1) - 1, top, snap(x1) - 1, bottom);
            }
        }
    }

    private void drawPeriodNames() {
        TimelineView c = getSkinnable();
        if (periodRows == 0) return;
        List<TimelinePeriod> ps = c.getPeriods();
        int[] rows = new int[ps.size()];
        layoutPeriodRows(rows);
        double top = c.getAxisHeight() + 2;
        gc.save();
        gc.beginPath();
        gc.rect(scale.left(), top - 2, scale.width(), periodRows * PERIOD_ROW + 4);
        gc.clip();
        gc.setFill(c.getAxisBackground());
        gc.fillRect(scale.left(), top - 2, scale.width(), periodRows * PERIOD_ROW + 4);
        Font f = c.getAxisFont();
        gc.setFont(f);
        for (int i = 0; i < ps.size(); i++) {
            if (rows[i] < 0) continue;
            TimelinePeriod p = ps.get(i);
            double x0 = Math.max(scale.left(), scale.dayToX(p.startDay()));
            double x1 = Math.min(scale.right(), scale.dayToX(periodEnd(p)));
            double y = top + rows[i] * PERIOD_ROW;
            Paint band = probe("tl-period", p.colorClass() == null ? null : "tl-period-" + cssName(p.colorClass()));
            Color col = band instanceof Color cc ? cc : Color.GRAY;
            gc.setFill(col.deriveColor(0, 1, 1, Math.min(1, col.getOpacity() * 2.5)));
            gc.fillRoundRect(x0, y + 1, x1 - x0, PERIOD_ROW - 3, 6, 6);
            gc.setFill(col.deriveColor(0, 1, 0.85, 1 / Math.max(0.01, col.getOpacity())));
            gc.fillRect(x0, y + 1, 3, PERIOD_ROW - 3);
            String name = fit(f, p.name() + (p.ongoing() ? " →" : ""), x1 - x0 - 12);
            if (!name.isEmpty()) {
                gc.setFill(c.getPeriodTextColor());
                gc.fillText(name, x0 + 6, y + PERIOD_ROW / 2);
            }
        }
        gc.restore();
    }

    private void drawGrid(double h) {
        TimelineView c = getSkinnable();
        gc.setLineWidth(1);
        gc.setStroke(c.getGridColor());
        double[] minor = ticks.minorDays();
        for (double d : minor) {
            double x = snap(scale.dayToX(d));
            if (x > scale.left() && x < scale.right()) gc.strokeLine(x, lanesTop, x, h);
        }
        gc.setStroke(c.getMajorGridColor());
        for (double d : ticks.majorDays()) {
            double x = snap(scale.dayToX(d));
            if (x > scale.left() && x < scale.right()) gc.strokeLine(x, lanesTop, x, h);
        }
    }

    private void drawLane(int s) {
        TimelineView c = getSkinnable();
        double top = screenY(laneTop[s]);
        double h = canvas.getHeight();
        if (top > h || top + laneHeight[s] < lanesTop) return;
        TimelineLane lane = shownLanes.get(s);
        int li = laneIndexOfShown[s];
        if (lane.isCollapsed() || li < 0) {
            if (li >= 0) drawDensity(index.lane(li), top, laneHeight[s]);
            if (c.isShowTiers() && !lane.getTiers().isEmpty()) drawTiers(lane, top + laneHeight[s] - 7, 5, false);
            return;
        }
        SortedLane sl = index.lane(li);
        LaneLayout out = layouts[s];
        double rowH = c.getRowHeight();
        double rowsTop = top + LANE_PAD;
        if (c.isShowTiers() && !lane.getTiers().isEmpty()) drawTiers(lane, screenY(tierTop[s]), c.getTierHeight(), true);

        // bars and markers
        Font font = c.getItemFont();
        gc.setFont(font);
        TimelineItem selected = c.getSelectedItem();
        List<TimelineItem> selection = c.getSelectedItems();
        for (int k = 0; k < out.count; k++) {
            int p = out.pos[k];
            int itemIndex = sl.item[p];
            double cy = rowsTop + out.row[k] * rowH + rowH / 2;
            boolean isSelected = !selection.isEmpty() && (selection.size() == 1 ? items.get(itemIndex) == selected
                    : selection.contains(items.get(itemIndex)));
            drawItem(sl, p, out, k, cy, rowH, isSelected, itemIndex == hoverItem);
        }
        // cluster chips
        if (out.clusters > 0) {
            Font cf = c.getClusterFont();
            gc.setFont(cf);
            gc.setTextAlign(TextAlignment.CENTER);
            double chipH = Math.min(rowH - 6, 20);
            double cy = screenY(chipTop[s]) + rowH / 2;
            int selPos = -1;
            TimelineItem sel = c.getSelectedItem();
            if (sel != null) {
                int si = indexOfItem(sel);
                if (si >= 0 && index.laneOf(si) == li && out.indexOfPosition(index.positionOf(si)) < 0) selPos = index.positionOf(si);
            }
            for (int q = 0; q < out.clusters; q++) {
                double x0 = out.clusterLeft[q], x1 = out.clusterRight[q];
                boolean hot = s == hoverLane && q == hoverCluster;
                if (selPos >= out.clusterFirstPos[q] && selPos <= out.clusterLastPos[q]) {
                    // the selected item is inside this chip
                    gc.setFill(c.getSelectionColor());
                    gc.fillRoundRect(x0 - 2, cy - chipH / 2 - 2, x1 - x0 + 4, chipH + 4, chipH + 4, chipH + 4);
                }
                gc.setFill(hot ? c.getHoverColor() : c.getClusterColor());
                gc.fillRoundRect(x0, cy - chipH / 2, x1 - x0, chipH, chipH, chipH);
                gc.setStroke(c.getMajorGridColor());
                gc.setLineWidth(1);
                gc.strokeRoundRect(x0 + 0.5, cy - chipH / 2 + 0.5, x1 - x0 - 1, chipH - 1, chipH, chipH);
                gc.setFill(c.getClusterTextColor());
                gc.fillText(chipText(out.clusterCount[q]), (x0 + x1) / 2, cy);
            }
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    private final StringBuilder chipBuilder = new StringBuilder();

    private String chipText(int count) {
        chipBuilder.setLength(0);
        chipBuilder.append('+');
        if (count >= 10_000) chipBuilder.append(count / 1000).append('k');
        else chipBuilder.append(count);
        return chipBuilder.toString();
    }

    private void drawItem(SortedLane sl, int p, LaneLayout out, int k, double cy, double rowH, boolean selected, boolean hover) {
        TimelineView c = getSkinnable();
        TimelineItem item = items.get(sl.item[p]);
        Paint paint = categoryPaint(item.category());
        Color color = paint instanceof Color col ? col : Color.GRAY;
        double x0 = out.x0[k], x1 = out.x1[k];
        double barH = Math.min(rowH - 8, 8 + sl.importance[p] * 2.0);
        boolean approximate = sl.has(p, SortedLane.APPROXIMATE);
        boolean ongoing = sl.has(p, SortedLane.ONGOING);
        Color textOnBar = luminance(color) > 0.55 ? Color.web("#1f2328") : Color.WHITE;
        if (out.point[k]) {
            double cx = (x0 + x1) / 2;
            double m = out.size[k];
            if (approximate) {
                // a fuzzy halo: the date is known only roughly
                gc.setFill(color.deriveColor(0, 1, 1, 0.10));
                gc.fillOval(cx - m * 1.1, cy - m * 1.1, 2.2 * m, 2.2 * m);
                gc.setFill(color.deriveColor(0, 1, 1, 0.16));
                gc.fillOval(cx - m * 0.8, cy - m * 0.8, 1.6 * m, 1.6 * m);
            }
            if (hover || selected) {
                gc.setFill(selected ? c.getSelectionColor() : c.getHoverColor());
                gc.fillOval(cx - m / 2 - 3, cy - m / 2 - 3, m + 6, m + 6);
            }
            gc.setFill(c.getCanvasBackground());
            gc.fillOval(cx - m / 2 - 1.5, cy - m / 2 - 1.5, m + 3, m + 3);
            gc.setFill(approximate ? color.deriveColor(0, 1, 1, 0.7) : color);
            if (sl.importance[p] >= 5) {
                // the most important events are diamonds, visible at a glance
                double r = m / 2 + 1;
                polyX[0] = cx; polyX[1] = cx + r; polyX[2] = cx; polyX[3] = cx - r;
                polyY[0] = cy - r; polyY[1] = cy; polyY[2] = cy + r; polyY[3] = cy;
                gc.fillPolygon(polyX, polyY, 4);
            } else {
                gc.fillOval(cx - m / 2, cy - m / 2, m, m);
            }
        } else {
            double top = cy - barH / 2;
            double drawX0 = Math.max(x0, scale.left() - 20), drawX1 = Math.min(x1, scale.right() + 20);
            if (hover || selected) {
                gc.setFill(selected ? c.getSelectionColor() : c.getHoverColor());
                gc.fillRoundRect(drawX0 - 3, top - 3, drawX1 - drawX0 + 6, barH + 6, 9, 9);
            }
            gc.setFill(barPaint(item, color, x0, x1, approximate));
            gc.fillRoundRect(drawX0, top, drawX1 - drawX0, barH, 6, 6);
            if (ongoing && x1 <= scale.right() + 10) {
                // an arrow: it runs on past today
                gc.setFill(color);
                gc.fillPolygon(new double[] {x1, x1 + 7, x1}, new double[] {cy - barH / 2 - 2, cy, cy + barH / 2 + 2}, 3);
            }
        }
        if (sl.has(p, SortedLane.ANNOTATED)) {
            double ax = out.point[k] ? (x0 + x1) / 2 + out.size[k] / 2 : Math.max(x0, scale.left()) + 4;
            gc.setFill(c.getAnnotationColor());
            gc.fillOval(ax - 2, cy - barH / 2 - 5, 5, 5);
        }
        // label
        if (out.labelMode[k] != LaneLayout.LABEL_NONE && out.labelWidth[k] > 8) {
            Font font = c.getItemFont();
            Font labelFont = selected || sl.importance[p] >= 5 ? boldOf(font) : font;
            String text = fit(labelFont, item.title(), out.labelWidth[k]);
            if (!text.isEmpty()) {
                gc.setFont(labelFont);
                gc.setFill(out.labelMode[k] == LaneLayout.LABEL_INSIDE ? textOnBar : c.getItemTextColor());
                if (out.labelMode[k] == LaneLayout.LABEL_BEFORE) {
                    gc.setTextAlign(TextAlignment.RIGHT);
                    gc.fillText(text, out.labelX[k] + out.labelWidth[k], cy);
                    gc.setTextAlign(TextAlignment.LEFT);
                } else {
                    gc.fillText(text, out.labelX[k], cy);
                }
                gc.setFont(font);
            }
        }
    }

    private final double[] polyX = new double[4];
    private final double[] polyY = new double[4];
    private Font boldCacheBase;
    private Font boldCache;

    private Font boldOf(Font f) {
        if (f != boldCacheBase) {
            boldCacheBase = f;
            boldCache = Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
        }
        return boldCache;
    }

    /**
     * The bar's fill: solid, or fading in over the start's month or year when the start is only
     * known to that precision, or over a short distance when it is approximate.
     */
    private Paint barPaint(TimelineItem item, Color color, double x0, double x1, boolean approximate) {
        DatePrecision sp = item.startPrecision(), ep = item.endPrecision();
        boolean coarseStart = sp != DatePrecision.DAY, coarseEnd = ep != DatePrecision.DAY && !item.ongoing();
        if (!coarseStart && !coarseEnd && !approximate) return color;
        double len = x1 - x0;
        if (len < 4) return color;
        double fadeIn = 0, fadeOut = 0;
        if (coarseStart) fadeIn = scale.dayToX(DateText.unitEnd(item.startDay(), sp)) - x0;
        if (approximate) fadeIn = Math.max(fadeIn, Math.min(40, len * 0.3));
        if (coarseEnd) fadeOut = x1 - scale.dayToX(unitStart(item.endDay() - 1, ep));
        Color faint = color.deriveColor(0, 1, 1, 0.12);
        Color full = color.deriveColor(0, 1, 1, 0.9);
        if (fadeIn >= len * 0.98 && !coarseEnd) {
            // the whole span is one month or year: soft at both edges, fullest in the middle
            return new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, faint), new Stop(0.3, full.deriveColor(0, 1, 1, 0.6)), new Stop(0.7, full.deriveColor(0, 1, 1, 0.6)), new Stop(1, faint));
        }
        double a = Math.max(0, Math.min(0.5, fadeIn / len));
        double b = Math.max(0, Math.min(0.5, fadeOut / len));
        List<Stop> stops = new ArrayList<>(4);
        stops.add(new Stop(0, a > 0 ? faint : full));
        if (a > 0) stops.add(new Stop(a, full));
        if (b > 0) stops.add(new Stop(1 - b, full));
        stops.add(new Stop(1, b > 0 ? faint : full));
        return new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE, stops);
    }

    private static long unitStart(long day, DatePrecision p) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
        return switch (p) {
            case DAY -> day;
            case MONTH -> d.withDayOfMonth(1).toEpochDay();
            case YEAR -> d.withDayOfYear(1).toEpochDay();
        };
    }

    private final int[] density = new int[512];

    /** A collapsed lane: how many items start in each few-pixel column, as a strip of ticks. */
    private void drawDensity(SortedLane lane, double top, double height) {
        TimelineView c = getSkinnable();
        int buckets = (int) Math.max(1, Math.min(density.length, scale.width() / 4));
        Clustering.density(lane, scale, density, buckets);
        int max = 1;
        for (int b = 0; b < buckets; b++) max = Math.max(max, density[b]);
        double bw = scale.width() / buckets;
        double maxH = height - 14;
        Paint col = c.getAxisColor();
        gc.setFill(col);
        for (int b = 0; b < buckets; b++) {
            if (density[b] == 0) continue;
            double hh = Math.max(2, maxH * Math.sqrt(density[b] / (double) max));
            gc.fillRect(scale.left() + b * bw + 0.5, top + height / 2 + maxH / 2 - hh - 2, Math.max(1, bw - 1), hh);
        }
    }

    private void drawTiers(TimelineLane lane, double top, double height, boolean labels) {
        TimelineView c = getSkinnable();
        int maxRank = 1;
        for (TierSpan t : lane.getTiers()) maxRank = Math.max(maxRank, t.rank());
        Font f = c.getAxisFont();
        gc.setFont(f);
        double todayEnd = c.getToday().toEpochDay() + 1;
        for (TierSpan t : lane.getTiers()) {
            double x0 = Math.max(scale.left() - 2, scale.dayToX(t.startDay()));
            double x1 = Math.min(scale.right() + 2, scale.dayToX(t.ongoing() ? todayEnd : t.endDay()));
            if (x1 <= x0) continue;
            double hh = labels ? height * (0.55 + 0.45 * t.rank() / maxRank) : height;
            double y = top + height - hh;
            Paint p = probe("tl-tier", "tl-tier-" + t.rank());
            gc.setFill(p);
            gc.fillRect(x0, y, x1 - x0, hh);
            if (labels) {
                Color col = p instanceof Color cc ? cc : Color.GRAY;
                // a crisp start edge marks the upgrade
                gc.setFill(col.deriveColor(0, 1, 0.7, 1));
                gc.fillRect(x0, y, 2, hh);
                String text = fit(f, t.label(), x1 - Math.max(x0, scale.left()) - 10);
                if (!text.isEmpty() && hh >= 11) {
                    gc.setFill(luminance(col) > 0.55 ? Color.web("#1f2328") : Color.WHITE);
                    gc.fillText(text, Math.max(x0, scale.left()) + 6, y + hh / 2);
                }
            }
        }
    }

    private void drawLinks() {
        TimelineView c = getSkinnable();
        List<TimelineLink> links = c.getLinks();
        if (links.isEmpty()) return;
        gc.setStroke(c.getLinkColor());
        gc.setFill(c.getLinkColor());
        gc.setLineWidth(1.5);
        for (TimelineLink link : links) {
            double[] from = anchorOf(itemIndexOfId(link.fromId()), true);
            double[] to = anchorOf(itemIndexOfId(link.toId()), false);
            if (from == null || to == null) continue;
            double dx = Math.max(30, Math.abs(to[0] - from[0]) * 0.4);
            gc.beginPath();
            gc.moveTo(from[0], from[1]);
            gc.bezierCurveTo(from[0] + dx, from[1], to[0] - dx, to[1], to[0] - 6, to[1]);
            gc.stroke();
            gc.fillPolygon(new double[] {to[0], to[0] - 8, to[0] - 8}, new double[] {to[1], to[1] - 4, to[1] + 4}, 3);
        }
    }

    /** Screen point where a link leaves (end) or reaches (start) a placed item, or null when it is not placed. */
    private double[] anchorOf(int itemIndex, boolean fromEnd) {
        if (itemIndex < 0) return null;
        int li = index.laneOf(itemIndex);
        if (li < 0) return null;
        int p = index.positionOf(itemIndex);
        for (int s = 0; s < shownLanes.size(); s++) {
            if (laneIndexOfShown[s] != li || shownLanes.get(s).isCollapsed()) continue;
            LaneLayout out = layouts[s];
            int k = out.indexOfPosition(p);
            if (k < 0) return null;
            double cy = screenY(laneTop[s]) + LANE_PAD + out.row[k] * getSkinnable().getRowHeight() + getSkinnable().getRowHeight() / 2;
            double x;
            if (out.point[k]) x = (out.x0[k] + out.x1[k]) / 2 + (fromEnd ? out.size[k] / 2 + 2 : -out.size[k] / 2 - 2);
            else x = fromEnd ? out.x1[k] : out.x0[k] - 2;
            return new double[] {x, cy};
        }
        return null;
    }

    private void drawToday(double h) {
        TimelineView c = getSkinnable();
        if (!c.isShowToday()) return;
        double x = snap(scale.dayToX(c.getToday().toEpochDay() + 0.5));
        if (x < scale.left() || x > scale.right()) return;
        gc.setStroke(c.getTodayColor());
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 4);
        gc.strokeLine(x, c.getAxisHeight() - 6, x, h);
        gc.setLineDashes();
        Font f = c.getClusterFont();
        gc.setFont(f);
        String label = "Today";
        double tw = measure(f, label) + 10;
        double lx = Math.min(x - tw / 2, scale.right() - tw);
        gc.setFill(c.getTodayColor());
        gc.fillRoundRect(lx, c.getAxisHeight() - 16, tw, 14, 7, 7);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, lx + tw / 2, c.getAxisHeight() - 9);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private void drawHeaders(double w, double h) {
        TimelineView c = getSkinnable();
        double headerW = scale.left();
        gc.setFill(c.getLaneHeaderBackground());
        gc.fillRect(0, 0, headerW, h);
        gc.save();
        gc.beginPath();
        gc.rect(0, lanesTop, headerW, h - lanesTop);
        gc.clip();
        Font f = c.getLaneHeaderFont();
        Font small = c.getAxisFont();
        for (int s = 0; s < shownLanes.size(); s++) {
            double y = screenY(laneTop[s]);
            double lh = laneHeight[s];
            if (y > h || y + lh < lanesTop) continue;
            TimelineLane lane = shownLanes.get(s);
            if (s == draggedLane) {
                gc.setFill(c.getHoverColor());
                gc.fillRect(0, y, headerW, lh);
            }
            // sticky title: stays in view while the lane is partly scrolled away
            double ty = Math.max(y, lanesTop) + 16;
            ty = Math.min(ty, y + lh - 12);
            boolean collapsed = lane.isCollapsed();
            gc.setFill(c.getLaneHeaderSubtextColor());
            drawChevron(12, ty, collapsed);
            gc.setFont(f);
            gc.setFill(c.getLaneHeaderTextColor());
            gc.fillText(fit(f, lane.getTitle(), headerW - 34), 24, ty);
            String sub = lane.getSubtitle();
            int li = laneIndexOfShown[s];
            if (sub == null && li >= 0 && index != null) {
                int n = index.lane(li).size();
                sub = n == 1 ? "1 event" : String.format(c.getLocale(), "%,d events", n);
            }
            if (sub != null && ty + 17 < y + lh - 2) {
                gc.setFont(small);
                gc.setFill(c.getLaneHeaderSubtextColor());
                gc.fillText(fit(small, sub, headerW - 34), 24, ty + 17);
            }
            gc.setStroke(c.getLaneSeparatorColor());
            gc.setLineWidth(1);
            gc.strokeLine(0, snap(y + lh), headerW, snap(y + lh));
        }
        gc.restore();
        gc.setStroke(c.getMajorGridColor());
        gc.setLineWidth(1);
        gc.strokeLine(snap(headerW), 0, snap(headerW), h);
    }

    private void drawChevron(double x, double y, boolean collapsed) {
        if (collapsed) gc.fillPolygon(new double[] {x - 3, x + 3, x - 3}, new double[] {y - 4, y, y + 4}, 3);
        else gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y - 2, y - 2, y + 3}, 3);
    }

    private void drawAxis(double w) {
        TimelineView c = getSkinnable();
        double axisH = c.getAxisHeight();
        double left = scale.left(), right = scale.right();
        gc.setFill(c.getAxisBackground());
        gc.fillRect(left, 0, w - left, axisH);
        double majorRowH = axisH * 0.45;
        gc.save();
        gc.beginPath();
        gc.rect(left, 0, w - left, axisH);
        gc.clip();
        // enclosing row (years above months): sticky labels at the left edge
        Font majorFont = c.getAxisMajorFont();
        gc.setFont(majorFont);
        double[] md = ticks.majorDays();
        String[] ml = ticks.majorLabels();
        gc.setLineWidth(1);
        for (int i = 0; i < md.length; i++) {
            double x = scale.dayToX(md[i]);
            double next = i + 1 < md.length ? scale.dayToX(md[i + 1]) : right + 1000;
            if (next < left || x > right) continue;
            gc.setStroke(c.getAxisColor());
            if (x >= left) gc.strokeLine(snap(x), 0, snap(x), axisH);
            double lw = measure(majorFont, ml[i]);
            double lx = Math.max(x, left) + TickGenerator.LABEL_INSET + 2;
            lx = Math.min(lx, next - lw - 8); // pushed out by the next label rather than overlapping it
            if (lx + lw > left && lx >= x) {
                gc.setFill(c.getAxisMajorTextColor());
                gc.fillText(ml[i], lx, majorRowH / 2 + 2);
            }
        }
        // fine row
        Font minorFont = c.getAxisFont();
        gc.setFont(minorFont);
        double[] d = ticks.minorDays();
        String[] l = ticks.minorLabels();
        double rowY = majorRowH + (axisH - majorRowH) / 2;
        for (int i = 0; i < d.length; i++) {
            double x = scale.dayToX(d[i]);
            if (x > right) break;
            if (x >= left) {
                gc.setStroke(c.getAxisColor());
                gc.strokeLine(snap(x), axisH - 7, snap(x), axisH);
            }
            if (x + TickGenerator.LABEL_INSET >= left - 0.5) {
                gc.setFill(c.getAxisTextColor());
                gc.fillText(l[i], x + TickGenerator.LABEL_INSET, rowY);
            }
        }
        gc.restore();
        gc.setStroke(c.getMajorGridColor());
        gc.strokeLine(left, snap(axisH), w, snap(axisH));
        gc.strokeLine(0, snap(lanesTop), left, snap(lanesTop));
        // corner: the visible span
        gc.setFill(c.getLaneHeaderBackground());
        gc.fillRect(0, 0, left, lanesTop);
        gc.setFont(c.getAxisFont());
        gc.setFill(c.getLaneHeaderSubtextColor());
        gc.fillText(fit(c.getAxisFont(), ticks.minorStep().name().toUpperCase(c.getLocale()) + " VIEW", left - 20), 12, majorRowH / 2 + 2);
        gc.setFill(c.getLaneHeaderTextColor());
        gc.setFont(c.getAxisMajorFont());
        String span = spanText(scale.startDay(), scale.endDay(), c.getLocale());
        gc.fillText(fit(c.getAxisMajorFont(), span, left - 20), 12, rowY);
        gc.setStroke(c.getMajorGridColor());
        gc.strokeLine(0, snap(lanesTop), w, snap(lanesTop));
        gc.strokeLine(snap(left), 0, snap(left), lanesTop);
    }

    /** The visible span at a fitting precision: "1895 – 2004", "Feb 2024 – Nov 2024", "3 Jun – 17 Jun 2024". */
    static String spanText(double startDay, double endDay, Locale locale) {
        long a = (long) Math.floor(startDay), b = (long) Math.ceil(endDay) - 1;
        double span = endDay - startDay;
        if (span > 3 * 365) {
            return DateText.year(java.time.LocalDate.ofEpochDay(a).getYear()) + " – " + DateText.year(java.time.LocalDate.ofEpochDay(b).getYear());
        }
        if (span > 62) {
            return shortMonth(a, locale) + " – " + shortMonth(b, locale);
        }
        return DateText.day(a, DatePrecision.DAY, false, locale) + " – " + DateText.day(Math.max(a, b), DatePrecision.DAY, false, locale);
    }

    private static String shortMonth(long day, Locale locale) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
        return d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, locale) + " " + DateText.year(d.getYear());
    }

    private void drawScrollIndicator(double w, double h) {
        double viewH = h - lanesTop;
        if (contentHeight <= viewH + 0.5) return;
        double barH = Math.max(24, viewH * viewH / contentHeight);
        double y = lanesTop + (viewH - barH) * (scrollY / (contentHeight - viewH));
        gc.setFill(Color.gray(0.5, 0.35));
        gc.fillRoundRect(w - 7, y + 2, 5, barH - 4, 5, 5);
    }

    private void drawTooltip(double w, double h) {
        TimelineView c = getSkinnable();
        if (!hoverInside || dragging) return;
        String text = null;
        if (hoverItem >= 0 && hoverItem < items.size()) {
            var f = c.getTooltipText();
            text = f == null ? null : f.apply(items.get(hoverItem));
        } else if (hoverLane >= 0 && hoverCluster >= 0 && hoverLane < shownLanes.size()) {
            LaneLayout out = layouts[hoverLane];
            if (hoverCluster < out.clusters) {
                text = String.format(c.getLocale(), "%,d more events", out.clusterCount[hoverCluster]) + "\n"
                        + DateText.day((long) out.clusterFirstStart[hoverCluster], DatePrecision.DAY, false, c.getLocale()) + " – "
                        + DateText.day((long) out.clusterLastStart[hoverCluster], DatePrecision.DAY, false, c.getLocale())
                        + "\nClick to zoom in";
            }
        } else {
            TierSpan t = tierAt(hoverX, hoverY);
            if (t != null) {
                text = t.label() + "\n" + DateText.day(t.startDay(), DatePrecision.DAY, false, c.getLocale()) + " – "
                        + (t.ongoing() ? "today" : DateText.day(t.endDay() - 1, DatePrecision.DAY, false, c.getLocale()));
            }
        }
        if (text == null || text.isBlank()) return;
        String[] lines = text.split("\n");
        Font bold = boldOf(c.getItemFont());
        Font plain = c.getAxisFont();
        double tw = 0;
        for (int i = 0; i < lines.length; i++) tw = Math.max(tw, measure(i == 0 ? bold : plain, lines[i]));
        tw = Math.min(tw, 420);
        double lineH = 17;
        double bw = tw + 20, bh = lines.length * lineH + 12;
        double x = hoverX + 14, y = hoverY + 18;
        if (x + bw > w - 4) x = hoverX - bw - 10;
        if (y + bh > h - 4) y = hoverY - bh - 10;
        x = Math.max(4, x);
        y = Math.max(4, y);
        gc.setFill(Color.rgb(0, 0, 0, 0.12));
        gc.fillRoundRect(x + 1, y + 2, bw, bh, 10, 10);
        gc.setFill(c.getAxisBackground());
        gc.fillRoundRect(x, y, bw, bh, 10, 10);
        gc.setStroke(c.getMajorGridColor());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, y + 0.5, bw - 1, bh - 1, 10, 10);
        for (int i = 0; i < lines.length; i++) {
            Font f = i == 0 ? bold : plain;
            gc.setFont(f);
            gc.setFill(i == 0 ? c.getItemTextColor() : c.getLaneHeaderSubtextColor());
            gc.fillText(fit(f, lines[i], tw), x + 10, y + 6 + lineH * i + lineH / 2);
        }
    }

    // ================================================================ styles and text

    /** The colour of a category, from the CSS class tl-category-&lt;key&gt; (or a palette colour by hash). */
    private Paint categoryPaint(String category) {
        // cached per category so that a frame does not build class names per item
        Paint cached = categoryPaints.get(category);
        if (cached != null) return cached;
        String key = category == null ? "other" : cssName(category);
        String base = "tl-palette-" + Math.floorMod(key.hashCode(), 8), specific = "tl-category-" + key;
        Paint p = probe(base, specific);
        if (probePaints.containsKey(base + " " + specific)) categoryPaints.put(category, p); // only once CSS resolved it
        return p;
    }

    private final Map<String, Paint> categoryPaints = new HashMap<>();

    /** The background colour CSS gives a hidden region with these classes (cached until the CSS changes). */
    private Paint probe(String baseClass, String specificClass) {
        String cacheKey = specificClass == null ? baseClass : baseClass + " " + specificClass;
        Paint cached = probePaints.get(cacheKey);
        if (cached != null) return cached;
        Region r = probeRegions.get(cacheKey);
        if (r == null) {
            r = new Region();
            r.getStyleClass().setAll("tl-probe", baseClass);
            if (specificClass != null) r.getStyleClass().add(specificClass);
            probeRegions.put(cacheKey, r);
            Region region = r;
            r.backgroundProperty().addListener(o -> {
                probePaints.remove(cacheKey);
                categoryPaints.clear();
                if (region.getParent() != null) markDirty();
            });
            probesChildren().add(r);
            if (getSkinnable().getScene() != null) r.applyCss();
        }
        Background bg = r.getBackground();
        Paint p = bg == null || bg.getFills().isEmpty() ? Color.GRAY : bg.getFills().get(0).getFill();
        if (bg != null) probePaints.put(cacheKey, p);
        return p;
    }

    private final javafx.scene.layout.Pane probePane = new javafx.scene.layout.Pane();

    private ObservableList<javafx.scene.Node> probesChildren() {
        if (probePane.getParent() == null) {
            probePane.setManaged(false);
            probePane.setMouseTransparent(true);
            probePane.setOpacity(0);
            getChildren().add(probePane);
        }
        return probePane.getChildren();
    }

    static String cssName(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = Character.toLowerCase(key.charAt(i));
            sb.append((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ? ch : '-');
        }
        return sb.toString();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private double measure(Font f, String s) {
        if (f != widthCacheFont && f != null) {
            // caches are per font: the key carries the font so several fonts share the map
            String key = f.getSize() + f.getName() + '\u0000' + s;
            Double w = widthCache.get(key);
            if (w != null) return w;
            double m = rawMeasure(f, s);
            if (widthCache.size() > 20_000) widthCache.clear();
            widthCache.put(key, m);
            return m;
        }
        Double w = widthCache.get(s);
        if (w != null) return w;
        double m = rawMeasure(f, s);
        if (widthCache.size() > 20_000) widthCache.clear();
        widthCache.put(s, m);
        return m;
    }

    private double rawMeasure(Font f, String s) {
        measurer.setFont(f);
        measurer.setText(s);
        return measurer.getLayoutBounds().getWidth();
    }

    /** The text cut with an ellipsis to fit {@code max} pixels ("" when not even a few letters fit). */
    private String fit(Font f, String s, double max) {
        if (s == null || max < 12) return "";
        if (measure(f, s) <= max) return s;
        String key = f.getSize() + f.getName() + '\u0001' + (int) max + '\u0000' + s;
        String cached = fitCache.get(key);
        if (cached != null) return cached;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rawMeasure(f, s.substring(0, mid).stripTrailing() + "…") <= max) lo = mid;
            else hi = mid - 1;
        }
        String out = lo < 2 ? "" : s.substring(0, lo).stripTrailing() + "…";
        if (fitCache.size() > 20_000) fitCache.clear();
        fitCache.put(key, out);
        return out;
    }

    private static double snap(double v) { return Math.floor(v) + 0.5; }

    // ================================================================ hit testing

    /** What lies under a point of the control. */
    public record Hit(int shownLane, int item, int cluster, boolean header) {
        static final Hit NONE = new Hit(-1, -1, -1, false);
    }

    /** The lane, item or cluster at (x, y) in the control's coordinates. */
    public Hit hitTest(double x, double y) {
        if (scale == null) return Hit.NONE;
        double cx = x - canvas.getLayoutX(), cy = y - canvas.getLayoutY();
        if (cy < lanesTop) return Hit.NONE;
        int s = laneAt(cy);
        if (s < 0) return Hit.NONE;
        if (cx < scale.left()) return new Hit(s, -1, -1, true);
        TimelineLane lane = shownLanes.get(s);
        int li = laneIndexOfShown[s];
        if (lane.isCollapsed() || li < 0) return new Hit(s, -1, -1, false);
        LaneLayout out = layouts[s];
        SortedLane sl = index.lane(li);
        double rowH = getSkinnable().getRowHeight();
        double rowsTop = screenY(laneTop[s]) + LANE_PAD;
        int best = -1;
        double bestDist = Double.MAX_VALUE;
        for (int k = 0; k < out.count; k++) {
            double mid = rowsTop + out.row[k] * rowH + rowH / 2;
            if (Math.abs(cy - mid) > rowH / 2) continue;
            double l, r;
            if (out.point[k]) {
                double px = (out.x0[k] + out.x1[k]) / 2;
                l = px - out.size[k] / 2 - 3;
                r = px + out.size[k] / 2 + 3;
            } else {
                l = out.x0[k];
                r = out.x1[k];
            }
            if (out.labelMode[k] == LaneLayout.LABEL_AFTER) r = Math.max(r, out.labelX[k] + out.labelWidth[k]);
            if (out.labelMode[k] == LaneLayout.LABEL_BEFORE) l = Math.min(l, out.labelX[k]);
            if (cx >= l && cx <= r) {
                double d = Math.abs(cx - (out.x0[k] + out.x1[k]) / 2);
                if (d < bestDist) {
                    bestDist = d;
                    best = sl.item[out.pos[k]];
                }
            }
        }
        if (best >= 0) return new Hit(s, best, -1, false);
        if (out.clusters > 0) {
            double chipMid = screenY(chipTop[s]) + rowH / 2;
            if (Math.abs(cy - chipMid) <= rowH / 2) {
                for (int q = 0; q < out.clusters; q++) {
                    if (cx >= out.clusterLeft[q] && cx <= out.clusterRight[q]) return new Hit(s, -1, q, false);
                }
            }
        }
        return new Hit(s, -1, -1, false);
    }

    private int laneAt(double canvasY) {
        double contentY = canvasY - lanesTop + scrollY;
        for (int s = 0; s < shownLanes.size(); s++) {
            if (contentY >= laneTop[s] && contentY < laneTop[s] + laneHeight[s]) return s;
        }
        return -1;
    }

    private TierSpan tierAt(double x, double y) {
        TimelineView c = getSkinnable();
        if (!c.isShowTiers() || scale == null || x < scale.left()) return null;
        int s = laneAt(y);
        if (s < 0) return null;
        TimelineLane lane = shownLanes.get(s);
        if (lane.getTiers().isEmpty() || lane.isCollapsed()) return null;
        double top = screenY(tierTop[s]);
        if (y < top || y > top + c.getTierHeight()) return null;
        double day = scale.xToDay(x);
        double todayEnd = c.getToday().toEpochDay() + 1;
        for (TierSpan t : lane.getTiers()) {
            if (day >= t.startDay() && day < (t.ongoing() ? todayEnd : t.endDay())) return t;
        }
        return null;
    }

    /** The items in a cluster of a shown lane, in start order. */
    private List<TimelineItem> clusterItems(int s, int q) {
        LaneLayout out = layouts[s];
        SortedLane sl = index.lane(laneIndexOfShown[s]);
        List<TimelineItem> result = new ArrayList<>();
        boolean[] placed = new boolean[out.clusterLastPos[q] - out.clusterFirstPos[q] + 1];
        for (int k = 0; k < out.count; k++) {
            int p = out.pos[k];
            if (p >= out.clusterFirstPos[q] && p <= out.clusterLastPos[q]) placed[p - out.clusterFirstPos[q]] = true;
        }
        for (int p = out.clusterFirstPos[q]; p <= out.clusterLastPos[q] && result.size() < 100_000; p++) {
            if (!placed[p - out.clusterFirstPos[q]] && sl.end[p] > scale.startDay()) result.add(items.get(sl.item[p]));
        }
        return result;
    }

    private int shownIndexOfKey(String key) {
        for (int s = 0; s < shownLanes.size(); s++) if (shownLanes.get(s).getKey().equals(key)) return s;
        return -1;
    }

    // ================================================================ interaction

    private void installHandlers() {
        TimelineView c = getSkinnable();
        c.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        c.addEventHandler(ZoomEvent.ZOOM, e -> {
            c.zoomBy(e.getZoomFactor(), e.getX());
            e.consume();
        });
        c.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        c.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        c.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        c.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        c.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        c.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverInside = false;
            hoverItem = -1;
            hoverCluster = -1;
            markDirty();
        });
        c.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onScroll(ScrollEvent e) {
        TimelineView c = getSkinnable();
        if (e.getTouchCount() > 0 && e.isInertia()) return;
        kinetic.stop();
        double dx = e.getDeltaX(), dy = e.getDeltaY();
        if (e.getX() - canvas.getLayoutX() < scale.left() || (e.isControlDown() && !e.isShiftDown())) {
            scrollBy(-dy);
        } else if (Math.abs(dx) > Math.abs(dy)) {
            c.panBy(-dx);
        } else if (dy != 0) {
            // one wheel notch (deltaY = multiplier, 40 px on most platforms) zooms by 15 %; trackpads give fractions
            double notches = dy / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            notches = Math.max(-3, Math.min(3, notches));
            c.zoomBy(Math.pow(1.15, notches), e.getX());
        }
        e.consume();
    }

    private void scrollBy(double dy) {
        double viewH = canvas.getHeight() - lanesTop;
        double before = scrollY;
        scrollY = Math.max(0, Math.min(scrollY + dy, contentHeight - viewH));
        if (scrollY != before) markDirty();
    }

    private void onPressed(MouseEvent e) {
        TimelineView c = getSkinnable();
        c.requestFocus();
        kinetic.stop();
        c.pseudoClassStateChanged(PANNING, false);
        pressX = lastDragX = e.getX();
        pressY = lastDragY = e.getY();
        lastDragNanos = System.nanoTime();
        velocity = 0;
        dragging = false;
        Hit hit = hitTest(e.getX(), e.getY());
        pressedOnHeader = hit.header();
        draggedLane = -1;
        if (laneMenu != null) laneMenu.hide();
        if (e.getButton() == MouseButton.SECONDARY && hit.header() && !c.getLanes().isEmpty()) {
            showLaneMenu(hit.shownLane(), e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        TimelineView c = getSkinnable();
        double dx = e.getX() - lastDragX, dy = e.getY() - lastDragY;
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            if (pressedOnHeader && !c.getLanes().isEmpty()) {
                Hit hit = hitTest(pressX, pressY);
                draggedLane = hit.shownLane();
            } else {
                c.pseudoClassStateChanged(PANNING, true);
            }
        }
        if (!dragging) return;
        long now = System.nanoTime();
        if (draggedLane >= 0) {
            // reordering lanes by dragging a header
            int target = laneAt(e.getY() - canvas.getLayoutY());
            if (target >= 0 && target != draggedLane) {
                moveLane(draggedLane, target);
                draggedLane = target;
            }
        } else {
            c.panBy(-dx);
            if (dy != 0) scrollBy(-dy);
            double dt = Math.max(1e-3, (now - lastDragNanos) / 1e9);
            // smoothed velocity of the pointer, for the kinetic glide after release
            velocity = 0.75 * (dx / dt) + 0.25 * velocity;
        }
        lastDragX = e.getX();
        lastDragY = e.getY();
        lastDragNanos = now;
        e.consume();
    }

    private void onReleased(MouseEvent e) {
        TimelineView c = getSkinnable();
        if (dragging && draggedLane < 0) {
            boolean recent = System.nanoTime() - lastDragNanos < 80_000_000L;
            if (recent && Math.abs(velocity) > 150) {
                velocity = Math.max(-6000, Math.min(6000, velocity));
                kinetic.start();
            } else {
                c.pseudoClassStateChanged(PANNING, false);
            }
        }
        if (draggedLane >= 0) {
            draggedLane = -1;
            markDirty();
        }
    }

    private void onClicked(MouseEvent e) {
        TimelineView c = getSkinnable();
        if (e.getButton() != MouseButton.PRIMARY || dragging) return;
        Hit hit = hitTest(e.getX(), e.getY());
        if (hit.header()) {
            TimelineLane lane = shownLanes.get(hit.shownLane());
            if (lane != implicitLane) lane.setCollapsed(!lane.isCollapsed());
            e.consume();
            return;
        }
        if (hit.item() >= 0) {
            TimelineItem item = items.get(hit.item());
            if (e.isControlDown() || e.isMetaDown()) {
                if (c.getSelectedItems().contains(item)) c.getSelectedItems().remove(item);
                else c.getSelectedItems().add(item);
            } else if (e.isShiftDown()) {
                if (!c.getSelectedItems().contains(item)) c.getSelectedItems().add(item);
            } else if (c.getSelectedItems().size() != 1 || c.getSelectedItem() != item) {
                c.setSelectedItem(item);
            }
            if (e.getClickCount() == 2) fireItemActivated(item);
        } else if (hit.cluster() >= 0) {
            activateCluster(hit.shownLane(), hit.cluster());
        } else if (!e.isControlDown() && !e.isShiftDown()) {
            c.getSelectedItems().clear();
        }
        e.consume();
    }

    private void fireItemActivated(TimelineItem item) {
        TimelineView c = getSkinnable();
        Event.fireEvent(c, new TimelineEvent(c, c, TimelineEvent.ITEM_ACTIVATED, item, null, item.laneKey(),
                item.startDay(), c.effectiveEnd(item)));
    }

    private void activateCluster(int s, int q) {
        TimelineView c = getSkinnable();
        LaneLayout out = layouts[s];
        double from = out.clusterFirstStart[q], to = out.clusterLastStart[q] + 1;
        TimelineEvent ev = new TimelineEvent(c, c, TimelineEvent.CLUSTER_ACTIVATED, null, clusterItems(s, q),
                shownLanes.get(s).getKey(), from, to);
        Event.fireEvent(c, ev);
        if (!ev.isConsumed()) {
            double margin = Math.max(1, (to - from) * 0.15);
            c.zoomTo(from - margin, to + margin);
        }
    }

    private void onMoved(MouseEvent e) {
        hoverInside = true;
        hoverX = e.getX() - canvas.getLayoutX();
        hoverY = e.getY() - canvas.getLayoutY();
        Hit hit = hitTest(e.getX(), e.getY());
        hoverItem = hit.item();
        hoverLane = hit.shownLane();
        hoverCluster = hit.cluster();
        getSkinnable().setCursor(hit.header() || hit.item() >= 0 || hit.cluster() >= 0 ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
        markDirty();
    }

    private void onKey(KeyEvent e) {
        TimelineView c = getSkinnable();
        KeyCode code = e.getCode();
        double centre = c.timeAreaLeft() + c.timeAreaWidth() / 2;
        boolean handled = true;
        boolean modifier = e.isControlDown() || e.isAltDown() || e.isMetaDown();
        switch (code) {
            case PLUS, ADD, EQUALS -> c.zoomBy(1.5, centre);
            case MINUS, SUBTRACT -> c.zoomBy(1 / 1.5, centre);
            case LEFT -> {
                if (modifier) c.selectPrevious();
                else c.panBy(-c.timeAreaWidth() * (e.isShiftDown() ? 0.5 : 0.1));
            }
            case RIGHT -> {
                if (modifier) c.selectNext();
                else c.panBy(c.timeAreaWidth() * (e.isShiftDown() ? 0.5 : 0.1));
            }
            case UP -> scrollBy(-c.getRowHeight() * 2);
            case DOWN -> scrollBy(c.getRowHeight() * 2);
            case PAGE_UP -> scrollBy(-(canvas.getHeight() - lanesTop) * 0.9);
            case PAGE_DOWN -> scrollBy((canvas.getHeight() - lanesTop) * 0.9);
            case HOME -> c.fitAll();
            case TAB -> handled = !modifier && step(e.isShiftDown() ? -1 : +1);
            case ENTER -> {
                if (c.getSelectedItem() != null) fireItemActivated(c.getSelectedItem());
                else handled = false;
            }
            case ESCAPE -> {
                if (c.getSelectedItems().isEmpty()) handled = false;
                else c.getSelectedItems().clear();
            }
            default -> {
                if ("+".equals(e.getText())) c.zoomBy(1.5, centre);
                else if ("-".equals(e.getText())) c.zoomBy(1 / 1.5, centre);
                else handled = false;
            }
        }
        if (handled) e.consume();
    }

    private void showLaneMenu(int s, double screenX, double screenY) {
        TimelineView c = getSkinnable();
        TimelineLane lane = shownLanes.get(s);
        MenuItem up = new MenuItem("Move up");
        up.setDisable(s == 0);
        up.setOnAction(a -> moveLane(s, s - 1));
        MenuItem down = new MenuItem("Move down");
        down.setDisable(s == shownLanes.size() - 1);
        down.setOnAction(a -> moveLane(s, s + 1));
        MenuItem toggle = new MenuItem(lane.isCollapsed() ? "Expand" : "Collapse");
        toggle.setOnAction(a -> lane.setCollapsed(!lane.isCollapsed()));
        MenuItem others = new MenuItem("Collapse others");
        others.setOnAction(a -> {
            for (TimelineLane l : c.getLanes()) l.setCollapsed(l != lane);
        });
        MenuItem all = new MenuItem("Expand all");
        all.setOnAction(a -> {
            for (TimelineLane l : c.getLanes()) l.setCollapsed(false);
        });
        laneMenu = new ContextMenu(up, down, new SeparatorMenuItem(), toggle, others, all);
        laneMenu.show(c, screenX, screenY);
    }

    /** Moves a lane to another position in the control's lane list. */
    private void moveLane(int from, int to) {
        ObservableList<TimelineLane> lanes = getSkinnable().getLanes();
        if (from < 0 || to < 0 || from >= lanes.size() || to >= lanes.size() || from == to) return;
        TimelineLane l = lanes.get(from);
        List<TimelineLane> copy = new ArrayList<>(lanes);
        copy.remove(from);
        copy.add(to, l);
        lanes.setAll(copy);
    }

    // ================================================================ for tests

    /** The canvas the skin draws on. */
    public Canvas canvas() { return canvas; }

    /** The screen geometry of an item if it is drawn as an item (not in a cluster): {x, y} of its centre in control coordinates. */
    public double[] itemCentre(TimelineItem item) {
        if (dirty) paint();
        int i = indexOfItem(item);
        if (i < 0 || index.laneOf(i) < 0) return null;
        int p = index.positionOf(i);
        for (int s = 0; s < shownLanes.size(); s++) {
            if (laneIndexOfShown[s] != index.laneOf(i) || shownLanes.get(s).isCollapsed()) continue;
            LaneLayout out = layouts[s];
            int k = out.indexOfPosition(p);
            if (k < 0) return null;
            double rowH = getSkinnable().getRowHeight();
            double cy = screenY(laneTop[s]) + LANE_PAD + out.row[k] * rowH + rowH / 2;
            double x0 = Math.max(out.x0[k], scale.left()), x1 = Math.min(out.x1[k], scale.right());
            double cx = out.point[k] ? (out.x0[k] + out.x1[k]) / 2 : (x0 + x1) / 2;
            return new double[] {cx + canvas.getLayoutX(), cy + canvas.getLayoutY()};
        }
        return null;
    }

    /** Header centre of a lane, in control coordinates, or null when the lane is not shown. */
    public double[] laneHeaderCentre(TimelineLane lane) {
        if (dirty) paint();
        int s = shownLanes.indexOf(lane);
        if (s < 0) return null;
        double y = screenY(laneTop[s]) + Math.min(18, laneHeight[s] / 2);
        return new double[] {canvas.getLayoutX() + scale.left() / 2, canvas.getLayoutY() + y};
    }

    /** Centre of cluster chip {@code q} of a lane, in control coordinates, or null. */
    public double[] clusterCentre(TimelineLane lane, int q) {
        if (dirty) paint();
        int s = shownLanes.indexOf(lane);
        if (s < 0 || q >= layouts[s].clusters) return null;
        LaneLayout out = layouts[s];
        double y = screenY(chipTop[s]) + getSkinnable().getRowHeight() / 2;
        return new double[] {canvas.getLayoutX() + (out.clusterLeft[q] + out.clusterRight[q]) / 2, canvas.getLayoutY() + y};
    }

    /** Number of items drawn individually and number of clusters in a shown lane this frame. */
    public int[] laneCounts(TimelineLane lane) {
        if (dirty) paint();
        int s = shownLanes.indexOf(lane);
        if (s < 0) return new int[] {0, 0, 0};
        LaneLayout out = layouts[s];
        int clustered = 0;
        for (int q = 0; q < out.clusters; q++) clustered += out.clusterCount[q];
        return new int[] {out.count, out.clusters, clustered};
    }
}
