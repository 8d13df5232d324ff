package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.text.Font;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelinePeriod;
import org.entente.controls.timeline.TimelineView;
import org.entente.time.Clustering;
import org.entente.time.LaneLayout;
import org.entente.time.TickGenerator;
import org.entente.time.Ticks;
import org.entente.time.TimeScale;
import org.entente.i18n.I18n;

/**
 * One frame's layout, pure maths and no drawing: the time scale, the axis ticks, the period label
 * rows and one {@link Clustering} layout per expanded lane, with each lane's top and height.
 */
final class TimelineFrame {
    private final TimelineViewSkin skin;

    TimelineFrame(TimelineViewSkin skin) { this.skin = skin; }

    static final double LANE_PAD = 8;
    static final double PERIOD_ROW = 18;
    final Clustering clustering = new Clustering();
    final List<TimelineLane> shownLanes = new ArrayList<>();
    int[] laneIndexOfShown = new int[0];
    LaneLayout[] layouts = new LaneLayout[0];
    double[] laneTop = new double[0];
    double[] laneHeight = new double[0];
    double[] tierTop = new double[0];
    double[] chipTop = new double[0];
    double contentHeight;
    double scrollY;
    double lanesTop;
    int periodRows;
    Ticks ticks;
    TickGenerator tickGenerator;
    TimeScale scale;
    Clustering.Params params = Clustering.Params.defaults();
    final TimelineLane implicitLane = new TimelineLane("", I18n.t("timeline.lane.all"));

    List<Integer> visibleLaneIndices() {
        List<Integer> out = new ArrayList<>();
        TimelineView c = skin.getSkinnable();
        if (c.getLanes().isEmpty()) {
            out.add(0);
            return out;
        }
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < skin.itemIndex.indexLaneKeys.size(); i++) byKey.putIfAbsent(skin.itemIndex.indexLaneKeys.get(i), i);
        for (TimelineLane l : c.getLanes()) {
            Integer li = byKey.get(l.getKey());
            if (li != null && !l.isCollapsed() && !out.contains(li)) out.add(li);
        }
        return out;
    }

    /** Computes the scale, ticks and lane layouts for the current size; called by paint and by benchmarks. */
    public void computeFrame() {
        TimelineView c = skin.getSkinnable();
        skin.itemIndex.rebuildIndexIfNeeded();
        double w = skin.canvas.getWidth(), h = skin.canvas.getHeight();
        double headerW = c.laneHeaderWidthIn(w);
        double left = headerW;
        double width = Math.max(1, w - headerW);
        double vs = c.getVisibleStart(), ve = c.getVisibleEnd();
        if (!(ve > vs)) ve = vs + TimelineView.MIN_SPAN_DAYS;
        scale = new TimeScale(vs, ve, left, width);
        Font itemFont = c.getItemFont();
        if (skin.styles.widthCacheFont != itemFont) {
            skin.styles.widthCache.clear();
            skin.styles.fitCache.clear();
            skin.styles.widthCacheFont = itemFont;
            String sample = "The quick brown fox jumps over the lazy dog, Vietnam–Russia 2024";
            skin.styles.itemCharWidth = skin.styles.measure(itemFont, sample) / sample.length() * 1.08;
            skin.styles.digitWidth = skin.styles.measure(c.getClusterFont(), "0123456789") / 10;
        }
        params = new Clustering.Params(c.getMaxRows(), skin.styles.itemCharWidth, Math.max(120, 44 * skin.styles.itemCharWidth), 10, 4,
                28, 64, skin.styles.digitWidth, c.getMarkerSize(), 14);

        Locale locale = c.getLocale();
        if (tickGenerator == null || !tickGenerator.locale().equals(locale)) tickGenerator = new TickGenerator(locale);
        Font axisFont = c.getAxisFont(), majorFont = c.getAxisMajorFont();
        ticks = tickGenerator.generate(scale, s -> skin.styles.measure(axisFont, s), s -> skin.styles.measure(majorFont, s));

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
            for (int i = 0; i < skin.itemIndex.indexLaneKeys.size(); i++) byKey.putIfAbsent(skin.itemIndex.indexLaneKeys.get(i), i);
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
            if (skin.itemIndex.index == null || li >= skin.itemIndex.index.laneCount()) {
                out.reset();
                height = 2 * LANE_PAD + rowH * 1.6;
                chipTop[s] = y + LANE_PAD + rowH;
                tierTop[s] = chipTop[s] + 2;
            } else if (lane.isCollapsed() || li < 0) {
                out.reset();
                height = c.getCollapsedLaneHeight();
            } else {
                clustering.layout(skin.itemIndex.index.lane(li), scale, params, out);
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
    int layoutPeriodRows(int[] periodRow) {
        TimelineView c = skin.getSkinnable();
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
            double right = x0 + Math.min(x1 - x0, skin.styles.measure(f, p.name()) + 16);
            int r = 0;
            while (r < rowRight.length && rowRight[r] + 4 > x0) r++;
            if (r == rowRight.length) r = rowRight.length - 1;
            rowRight[r] = Math.max(rowRight[r], right);
            rows = Math.max(rows, r + 1);
            if (periodRow != null) periodRow[i] = r;
        }
        return rows;
    }

    double periodEnd(TimelinePeriod p) {
        return p.ongoing() ? skin.getSkinnable().getToday().toEpochDay() + 1 : p.endDay();
    }

    double screenY(double contentY) { return lanesTop + contentY - scrollY; }
}
