package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelinePeriod;
import org.entente.controls.timeline.TimelineView;
import org.entente.time.Clustering;
import org.entente.time.LaneLayout;
import org.entente.time.SortedLane;


/**
 * Draws a {@link TimelineView} on one canvas, sized in {@link #layoutChildren} and repainted once
 * per pulse after any change (as JFreeChart's ChartViewer does), and handles its mouse and keys.
 *
 * <p>A frame is: a sorted index of the items (rebuilt only when items or lane keys change),
 * one {@link Clustering} layout per expanded lane (pure maths on primitive arrays), then drawing
 * the few hundred placed items and chips that result, whatever the number of items.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    final Canvas canvas = new Canvas();
    final GraphicsContext gc = canvas.getGraphicsContext2D();

    // The skin's parts, each readable alone: they share this skin's state through package-private fields.
    final TimelineStyles styles = new TimelineStyles(this);
    final TimelineItemIndex itemIndex = new TimelineItemIndex(this);
    final TimelineFrame frame = new TimelineFrame(this);
    final TimelinePainter painter = new TimelinePainter(this);
    final TimelineHitTest hits = new TimelineHitTest(this);
    final TimelineBehavior behavior = new TimelineBehavior(this);
    boolean dirty = true;
    long paintCount;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        canvas.setFocusTraversable(false);
        getChildren().add(canvas);

        InvalidationListener redraw = o -> markDirty();
        InvalidationListener reindex = o -> {
            itemIndex.indexDirty = true;
            markDirty();
        };
        ListChangeListener<Object> listReindex = c -> {
            itemIndex.indexDirty = true;
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
                control.focusSelectionProperty(), control.selectedRangeProperty(), control.emptyTextProperty(),
                control.widthProperty(), control.heightProperty())) {
            o.addListener(redraw);
        }
        control.getSelectedItems().addListener((ListChangeListener<TimelineItem>) c -> markDirty());
        for (var meta : TimelineView.getClassCssMetaData()) {
            if (meta.getProperty().startsWith("-tl-")) {
                @SuppressWarnings("unchecked")
                var sp = ((javafx.css.CssMetaData<TimelineView, ?>) meta).getStyleableProperty(control);
                if (sp instanceof Observable obs) obs.addListener(o -> {
                    styles.widthCache.clear();
                    styles.fitCache.clear();
                    markDirty();
                });
            }
        }
        watchLanes();
        behavior.installHandlers();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void watchList(javafx.beans.property.ObjectProperty<? extends ObservableList<?>> prop, ListChangeListener listener) {
        ObservableList<?> current = prop.get();
        if (current != null) current.addListener(listener);
        prop.addListener((obs, old, now) -> {
            if (old != null) old.removeListener(listener);
            if (now != null) now.addListener(listener);
        });
    }

    final List<TimelineLane> watchedLaneObjects = new ArrayList<>();
    final InvalidationListener laneRedraw = o -> markDirty();

    void watchLanes() {
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

    void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    public void dispose() {
        behavior.kinetic.stop();
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

    /** Builds the index now on the calling thread (for benchmarks and tests that need it at once). */
    public void buildIndexNow() {
        itemIndex.rebuildIndexIfNeeded(true);
    }

    /** Whether a background index build is under way. */
    public boolean isIndexing() { return itemIndex.building; }

    public void fitAll() {
        itemIndex.rebuildIndexIfNeeded();
        TimelineView c = getSkinnable();
        double[] ext = itemIndex.building || itemIndex.index == null ? scanExtent(c) : itemIndex.index.extent();
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
        itemIndex.rebuildIndexIfNeeded();
        if (itemIndex.building) {
            for (TimelineItem it : getSkinnable().getItems()) if (it.id() == id) return it;
            return null;
        }
        int i = itemIndex.itemIndexOfId(id);
        return i < 0 ? null : itemIndex.items.get(i);
    }

    static double[] scanExtent(TimelineView c) {
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
        itemIndex.rebuildIndexIfNeeded();
        if (itemIndex.index == null) return false;
        TimelineView c = getSkinnable();
        TimelineItem sel = c.getSelectedItem();
        int selIndex = itemIndex.indexOfItem(sel);
        double refStart;
        int refItem;
        if (selIndex >= 0) {
            refStart = itemIndex.index.lane(itemIndex.index.laneOf(selIndex)).start[itemIndex.index.positionOf(selIndex)];
            refItem = selIndex;
        } else {
            refStart = direction > 0 ? c.getVisibleStart() - 1e-9 : c.getVisibleEnd() + 1e-9;
            refItem = direction > 0 ? -1 : Integer.MAX_VALUE;
        }
        int best = -1;
        double bestStart = 0;
        for (int li : frame.visibleLaneIndices()) {
            SortedLane lane = itemIndex.index.lane(li);
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
        TimelineItem next = itemIndex.items.get(best);
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
            frame.computeFrame();
            if (isPlaced(item)) break;
            double mid = (item.startDay() + Math.min(c.effectiveEnd(item), item.startDay() + 1)) / 2;
            double span = (c.getVisibleEnd() - c.getVisibleStart()) / 2;
            c.zoomTo(mid - span / 2, mid + span / 2);
        }
        scrollLaneIntoView(item); // the zoom changed the lanes' heights
        markDirty();
    }

    /** Scrolls the lanes vertically, if need be, so that the lane holding {@code item} is in sight. */
    public void scrollLaneIntoView(TimelineItem item) {
        if (canvas.getHeight() < 2 || itemIndex.index == null) return;
        frame.computeFrame();
        int i = itemIndex.indexOfItem(item);
        if (i < 0) return;
        int lane = itemIndex.index.laneOf(i);
        if (lane < 0) return;
        double viewH = canvas.getHeight() - frame.lanesTop;
        for (int s = 0; s < frame.shownLanes.size(); s++) {
            if (frame.laneIndexOfShown[s] != lane) continue;
            double top = frame.laneTop[s], bottom = top + frame.laneHeight[s];
            if (top >= frame.scrollY && bottom <= frame.scrollY + viewH) return;
            // the lane's top at the top of the view (a lane taller than the view shows its start)
            frame.scrollY = Math.max(0, Math.min(top, frame.contentHeight - viewH));
            markDirty();
            return;
        }
    }

    /** How far the lanes are scrolled down, in pixels (0 at the top). */
    public double laneScroll() { return frame.scrollY; }

    /** The axis's ticks and their labels as last laid out (for tests: the labels are drawn on the canvas). */
    public org.entente.time.Ticks axisTicks() { return frame.ticks; }

    boolean isPlaced(TimelineItem item) {
        int i = itemIndex.indexOfItem(item);
        if (i < 0 || itemIndex.index.laneOf(i) < 0) return true; // nothing to find: do not zoom
        int p = itemIndex.index.positionOf(i);
        for (int s = 0; s < frame.shownLanes.size(); s++) {
            if (frame.laneIndexOfShown[s] != itemIndex.index.laneOf(i)) continue;
            if (frame.shownLanes.get(s).isCollapsed()) return true;
            return frame.layouts[s].indexOfPosition(p) >= 0;
        }
        return true;
    }

    void paint() {
        dirty = false;
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w < 2 || h < 2) return;
        frame.computeFrame();
        painter.draw();
        paintCount++;
    }

    /** Number of frames painted (for tests and benchmarks). */
    public long paintCount() { return paintCount; }

    /** Lays out and draws one frame now (for benchmarks). */
    public void paintNow() {
        paint();
    }

    /**
     * The view's drawing as a picture {@code scale} times its size on screen, drawn at that size (not
     * enlarged), so text and lines stay sharp on slides; on the FX thread.
     */
    public javafx.scene.image.WritableImage renderImage(double scale) {
        double w = Math.max(2, canvas.getWidth()), h = Math.max(2, canvas.getHeight());
        Canvas off = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        GraphicsContext g = off.getGraphicsContext2D();
        g.scale(scale, scale);
        frame.computeFrame();
        painter.drawOn(g);
        return off.snapshot(null, null);
    }

    /**
     * The view's frame as shown, recorded on the FX thread; what it returns draws it through Java2D
     * (shapes and text: an SVG or PDF export) on any thread, any number of times.
     */
    public java.util.function.Consumer<java.awt.Graphics2D> recordDrawing() {
        frame.computeFrame();
        RecordedTimelineGraphics recorded = new RecordedTimelineGraphics();
        painter.drawOn(recorded);
        return g -> recorded.replay(new AwtTimelineGraphics(g));
    }

    /** The canvas the skin draws on. */
    public Canvas canvas() { return canvas; }

    /** The screen geometry of an item if it is drawn as an item (not in a cluster): {x, y} of its centre in control coordinates. */
    public double[] itemCentre(TimelineItem item) {
        if (dirty) paint();
        int i = itemIndex.indexOfItem(item);
        if (i < 0 || itemIndex.index.laneOf(i) < 0) return null;
        int p = itemIndex.index.positionOf(i);
        for (int s = 0; s < frame.shownLanes.size(); s++) {
            if (frame.laneIndexOfShown[s] != itemIndex.index.laneOf(i) || frame.shownLanes.get(s).isCollapsed()) continue;
            LaneLayout out = frame.layouts[s];
            int k = out.indexOfPosition(p);
            if (k < 0) return null;
            double rowH = getSkinnable().getRowHeight();
            double cy = frame.screenY(frame.laneTop[s]) + TimelineFrame.LANE_PAD + out.row[k] * rowH + rowH / 2;
            double x0 = Math.max(out.x0[k], frame.scale.left()), x1 = Math.min(out.x1[k], frame.scale.right());
            double cx = out.point[k] ? (out.x0[k] + out.x1[k]) / 2 : (x0 + x1) / 2;
            return new double[] {cx + canvas.getLayoutX(), cy + canvas.getLayoutY()};
        }
        return null;
    }

    /** The text of the tooltip drawn where the pointer is, or null when none shows. */
    public String tooltipText() { return painter.tooltipText(); }

    /** Header centre of a lane, in control coordinates, or null when the lane is not shown. */
    public double[] laneHeaderCentre(TimelineLane lane) {
        if (dirty) paint();
        int s = frame.shownLanes.indexOf(lane);
        if (s < 0) return null;
        double y = frame.screenY(frame.laneTop[s]) + Math.min(18, frame.laneHeight[s] / 2);
        return new double[] {canvas.getLayoutX() + frame.scale.left() / 2, canvas.getLayoutY() + y};
    }

    /** Centre of cluster chip {@code q} of a lane, in control coordinates, or null. */
    public double[] clusterCentre(TimelineLane lane, int q) {
        if (dirty) paint();
        int s = frame.shownLanes.indexOf(lane);
        if (s < 0 || q >= frame.layouts[s].clusters) return null;
        LaneLayout out = frame.layouts[s];
        double y = frame.screenY(frame.chipTop[s]) + getSkinnable().getRowHeight() / 2;
        return new double[] {canvas.getLayoutX() + (out.clusterLeft[q] + out.clusterRight[q]) / 2, canvas.getLayoutY() + y};
    }

    /** Number of items drawn individually and number of clusters in a shown lane this frame. */
    public int[] laneCounts(TimelineLane lane) {
        if (dirty) paint();
        int s = frame.shownLanes.indexOf(lane);
        if (s < 0) return new int[] {0, 0, 0};
        LaneLayout out = frame.layouts[s];
        int clustered = 0;
        for (int q = 0; q < out.clusters; q++) clustered += out.clusterCount[q];
        return new int[] {out.count, out.clusters, clustered};
    }
}
