package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.List;
import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineView;
import org.entente.time.LaneLayout;
import org.entente.time.SortedLane;

/** What lies under a point of the canvas: a lane header, an item, a cluster chip or a tier. */
final class TimelineHitTest {
    private final TimelineViewSkin skin;

    TimelineHitTest(TimelineViewSkin skin) { this.skin = skin; }

    /** What lies under a point of the control. */
    public record Hit(int shownLane, int item, int cluster, boolean header) {
        static final Hit NONE = new Hit(-1, -1, -1, false);
    }

    /** The lane, item or cluster at (x, y) in the control's coordinates. */
    public Hit hitTest(double x, double y) {
        if (skin.frame.scale == null) return Hit.NONE;
        double cx = x - skin.canvas.getLayoutX(), cy = y - skin.canvas.getLayoutY();
        if (cy < skin.frame.lanesTop) return Hit.NONE;
        int s = laneAt(cy);
        if (s < 0) return Hit.NONE;
        if (cx < skin.frame.scale.left()) return new Hit(s, -1, -1, true);
        TimelineLane lane = skin.frame.shownLanes.get(s);
        int li = skin.frame.laneIndexOfShown[s];
        if (lane.isCollapsed() || li < 0) return new Hit(s, -1, -1, false);
        LaneLayout out = skin.frame.layouts[s];
        SortedLane sl = skin.itemIndex.index.lane(li);
        double rowH = skin.getSkinnable().getRowHeight();
        double rowsTop = skin.frame.screenY(skin.frame.laneTop[s]) + TimelineFrame.LANE_PAD;
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
            double chipMid = skin.frame.screenY(skin.frame.chipTop[s]) + rowH / 2;
            if (Math.abs(cy - chipMid) <= rowH / 2) {
                for (int q = 0; q < out.clusters; q++) {
                    if (cx >= out.clusterLeft[q] && cx <= out.clusterRight[q]) return new Hit(s, -1, q, false);
                }
            }
        }
        return new Hit(s, -1, -1, false);
    }

    int laneAt(double canvasY) {
        double contentY = canvasY - skin.frame.lanesTop + skin.frame.scrollY;
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) {
            if (contentY >= skin.frame.laneTop[s] && contentY < skin.frame.laneTop[s] + skin.frame.laneHeight[s]) return s;
        }
        return -1;
    }

    TierSpan tierAt(double x, double y) {
        TimelineView c = skin.getSkinnable();
        if (!c.isShowTiers() || skin.frame.scale == null || x < skin.frame.scale.left()) return null;
        int s = laneAt(y);
        if (s < 0) return null;
        TimelineLane lane = skin.frame.shownLanes.get(s);
        if (lane.getTiers().isEmpty() || lane.isCollapsed()) return null;
        double top = skin.frame.screenY(skin.frame.tierTop[s]);
        if (y < top || y > top + c.getTierHeight()) return null;
        double day = skin.frame.scale.xToDay(x);
        double todayEnd = c.getToday().toEpochDay() + 1;
        for (TierSpan t : lane.getTiers()) {
            if (day >= t.startDay() && day < (t.ongoing() ? todayEnd : t.endDay())) return t;
        }
        return null;
    }

    /** The items in a cluster of a shown lane, in start order. */
    List<TimelineItem> clusterItems(int s, int q) {
        LaneLayout out = skin.frame.layouts[s];
        SortedLane sl = skin.itemIndex.index.lane(skin.frame.laneIndexOfShown[s]);
        List<TimelineItem> result = new ArrayList<>();
        boolean[] placed = new boolean[out.clusterLastPos[q] - out.clusterFirstPos[q] + 1];
        for (int k = 0; k < out.count; k++) {
            int p = out.pos[k];
            if (p >= out.clusterFirstPos[q] && p <= out.clusterLastPos[q]) placed[p - out.clusterFirstPos[q]] = true;
        }
        for (int p = out.clusterFirstPos[q]; p <= out.clusterLastPos[q] && result.size() < 100_000; p++) {
            if (!placed[p - out.clusterFirstPos[q]] && sl.end[p] > skin.frame.scale.startDay()) result.add(skin.itemIndex.items.get(sl.item[p]));
        }
        return result;
    }

    int shownIndexOfKey(String key) {
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) if (skin.frame.shownLanes.get(s).getKey().equals(key)) return s;
        return -1;
    }
}
