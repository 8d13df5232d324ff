package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineLink;
import org.entente.controls.timeline.TimelinePeriod;
import org.entente.controls.timeline.TimelineRange;
import org.entente.controls.timeline.TimelineView;
import org.entente.i18n.I18n;
import org.entente.model.DatePrecision;
import org.entente.time.Clustering;
import org.entente.time.DateText;
import org.entente.time.LaneLayout;
import org.entente.time.SortedLane;
import org.entente.time.TickGenerator;
import org.entente.time.TickStep;

/** Draws one laid-out frame on the skin's canvas: lanes, items, clusters, tiers, links, periods, axis and tooltip. */
final class TimelinePainter {
    private final TimelineViewSkin skin;

    /**
     * The skin's canvas context (another while {@link #drawOn} runs: an export's off-screen canvas
     * or a Java2D graphics): every draw call of a frame goes through it.
     */
    private TimelineGraphics gc;

    /** The texts drawn each frame (lane subtitles, the today mark), formatted once per language. */
    final FrameTexts texts = new FrameTexts();

    TimelinePainter(TimelineViewSkin skin) {
        this.skin = skin;
        this.gc = new FxTimelineGraphics(skin.gc);
    }

    /** Draws the frame on another context (an export's off-screen canvas, scaled for sharp text), then goes back to the skin's. */
    void drawOn(GraphicsContext target) {
        drawOn(new FxTimelineGraphics(target));
    }

    /** Draws the frame through {@code target} (an SVG or PDF export's Java2D graphics), then goes back to the skin's canvas. */
    void drawOn(TimelineGraphics target) {
        TimelineGraphics own = gc;
        gc = target;
        try {
            draw();
        } finally {
            gc = own;
        }
    }

    void draw() {
        TimelineView c = skin.getSkinnable();
        double w = skin.canvas.getWidth(), h = skin.canvas.getHeight();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes();
        gc.setFill(c.getCanvasBackground());
        gc.fillRect(0, 0, w, h);

        double headerW = skin.frame.scale.left();
        double viewTop = skin.frame.lanesTop;

        // lanes area, clipped below the axis
        gc.save();
        gc.beginPath();
        gc.rect(headerW, viewTop, w - headerW, h - viewTop);
        gc.clip();
        drawLaneBackgrounds(w, h);
        drawPeriods(h);
        drawGrid(h);
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) drawLane(s);
        if (c.isShowLinks()) drawLinks();
        drawSelectedRange(h);
        gc.restore();

        drawToday(h);
        drawHeaders(w, h);
        drawAxis(w);
        drawPeriodNames();
        drawSelectedRangeLabel(h);
        drawScrollIndicator(w, h);
        if (skin.itemIndex.items.isEmpty() || (skin.itemIndex.building && skin.itemIndex.index != null && skin.itemIndex.index.itemCount() == 0)) {
            String message = skin.itemIndex.building ? I18n.t("timeline.canvas.indexing", c.getItems().size()) : c.getEmptyText();
            if (message != null && !message.isEmpty()) {
                gc.setFill(c.getLaneHeaderSubtextColor());
                gc.setFont(c.getItemFont());
                gc.setTextAlign(TextAlignment.CENTER);
                gc.fillText(message, headerW + (w - headerW) / 2, viewTop + (h - viewTop) / 2);
                gc.setTextAlign(TextAlignment.LEFT);
            }
        }
        drawTooltip(w, h);
    }

    void drawLaneBackgrounds(double w, double h) {
        TimelineView c = skin.getSkinnable();
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) {
            double y = skin.frame.screenY(skin.frame.laneTop[s]);
            if (y > h || y + skin.frame.laneHeight[s] < skin.frame.lanesTop) continue;
            if (s % 2 == 1) {
                gc.setFill(c.getLaneAltBackground());
                gc.fillRect(skin.frame.scale.left(), y, w - skin.frame.scale.left(), skin.frame.laneHeight[s]);
            }
            gc.setStroke(c.getLaneSeparatorColor());
            gc.setLineWidth(1);
            gc.strokeLine(skin.frame.scale.left(), snap(y + skin.frame.laneHeight[s]), w, snap(y + skin.frame.laneHeight[s]));
        }
    }

    void drawPeriods(double h) {
        TimelineView c = skin.getSkinnable();
        if (!c.isShowPeriods()) return;
        for (TimelinePeriod p : c.getPeriods()) {
            double x0 = Math.max(skin.frame.scale.left(), skin.frame.scale.dayToX(p.startDay()));
            double x1 = Math.min(skin.frame.scale.right(), skin.frame.scale.dayToX(skin.frame.periodEnd(p)));
            if (x1 <= x0) continue;
            double top = skin.frame.lanesTop, bottom = h;
            if (p.laneKey() != null) {
                int s = skin.hits.shownIndexOfKey(p.laneKey());
                if (s < 0) continue;
                top = skin.frame.screenY(skin.frame.laneTop[s]);
                bottom = top + skin.frame.laneHeight[s];
            }
            Paint band = skin.styles.probe("tl-period", p.colorClass() == null ? null : "tl-period-" + TimelineStyles.cssName(p.colorClass()));
            gc.setFill(band);
            gc.fillRect(x0, top, x1 - x0, bottom - top);
            // thin edges keep overlapping and nested bands apart
            if (band instanceof Color col) {
                gc.setStroke(col.deriveColor(0, 1, 1, Math.min(4, 0.35 / Math.max(0.01, col.getOpacity()))));
                gc.setLineWidth(1);
                if (skin.frame.scale.dayToX(p.startDay()) >= skin.frame.scale.left()) gc.strokeLine(snap(x0), top, snap(x0), bottom);
                if (!p.ongoing() && skin.frame.scale.dayToX(p.endDay()) <= skin.frame.scale.right()) gc.strokeLine(snap(x1) - 1, top, snap(x1) - 1, bottom);
            }
        }
    }

    /** The range chosen by Shift-drag: a band over the lanes with an edge line at each end that is in view. */
    void drawSelectedRange(double h) {
        TimelineView c = skin.getSkinnable();
        TimelineRange r = c.getSelectedRange();
        if (r == null) return;
        double sx0 = skin.frame.scale.dayToX(r.startDay()), sx1 = skin.frame.scale.dayToX(r.endDay());
        double x0 = Math.max(skin.frame.scale.left(), sx0), x1 = Math.min(skin.frame.scale.right(), sx1);
        if (x1 <= x0) return;
        gc.setFill(c.getRangeFill());
        gc.fillRect(x0, skin.frame.lanesTop, x1 - x0, h - skin.frame.lanesTop);
        gc.setStroke(c.getRangeColor());
        gc.setLineWidth(1.5);
        if (sx0 >= skin.frame.scale.left()) gc.strokeLine(snap(x0), skin.frame.lanesTop, snap(x0), h);
        if (sx1 <= skin.frame.scale.right()) gc.strokeLine(snap(x1) - 1, skin.frame.lanesTop, snap(x1) - 1, h);
    }

    /**
     * The range over the axis (its years read as chosen) and its dates in a tag at the foot of its
     * band, where lanes are emptiest (kept inside the dated area while the band is partly off screen).
     */
    void drawSelectedRangeLabel(double h) {
        TimelineView c = skin.getSkinnable();
        TimelineRange r = c.getSelectedRange();
        if (r == null) return;
        double x0 = Math.max(skin.frame.scale.left(), skin.frame.scale.dayToX(r.startDay()));
        double x1 = Math.min(skin.frame.scale.right(), skin.frame.scale.dayToX(r.endDay()));
        if (x1 <= x0) return;
        gc.setFill(c.getRangeFill());
        gc.fillRect(x0, 0, x1 - x0, c.getAxisHeight());
        Font f = c.getClusterFont();
        String label = r.describe(c.getLocale());
        double tw = skin.styles.measure(f, label) + 12, th = f.getSize() + 8;
        double lx = Math.max(skin.frame.scale.left(), Math.min((x0 + x1) / 2 - tw / 2, skin.frame.scale.right() - tw));
        double ly = h - th - 8;
        gc.setFill(c.getRangeColor());
        gc.fillRoundRect(lx, ly, tw, th, th / 2, th / 2);
        gc.setFill(c.getRangeTextColor());
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, lx + tw / 2, ly + th / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    void drawPeriodNames() {
        TimelineView c = skin.getSkinnable();
        if (skin.frame.periodRows == 0) return;
        List<TimelinePeriod> ps = c.getPeriods();
        int[] rows = new int[ps.size()];
        skin.frame.layoutPeriodRows(rows);
        double top = c.getAxisHeight() + 2;
        gc.save();
        gc.beginPath();
        gc.rect(skin.frame.scale.left(), top - 2, skin.frame.scale.width(), skin.frame.periodRows * TimelineFrame.PERIOD_ROW + 4);
        gc.clip();
        gc.setFill(c.getAxisBackground());
        gc.fillRect(skin.frame.scale.left(), top - 2, skin.frame.scale.width(), skin.frame.periodRows * TimelineFrame.PERIOD_ROW + 4);
        Font f = c.getAxisFont();
        gc.setFont(f);
        for (int i = 0; i < ps.size(); i++) {
            if (rows[i] < 0) continue;
            TimelinePeriod p = ps.get(i);
            double x0 = Math.max(skin.frame.scale.left(), skin.frame.scale.dayToX(p.startDay()));
            double x1 = Math.min(skin.frame.scale.right(), skin.frame.scale.dayToX(skin.frame.periodEnd(p)));
            double y = top + rows[i] * TimelineFrame.PERIOD_ROW;
            Paint band = skin.styles.probe("tl-period", p.colorClass() == null ? null : "tl-period-" + TimelineStyles.cssName(p.colorClass()));
            Color col = band instanceof Color cc ? cc : Color.GRAY;
            gc.setFill(col.deriveColor(0, 1, 1, Math.min(1, col.getOpacity() * 2.5)));
            gc.fillRoundRect(x0, y + 1, x1 - x0, TimelineFrame.PERIOD_ROW - 3, 6, 6);
            gc.setFill(col.deriveColor(0, 1, 0.85, 1 / Math.max(0.01, col.getOpacity())));
            gc.fillRect(x0, y + 1, 3, TimelineFrame.PERIOD_ROW - 3);
            String name = skin.styles.fit(f, p.name() + (p.ongoing() ? " →" : ""), x1 - x0 - 12);
            if (!name.isEmpty()) {
                gc.setFill(c.getPeriodTextColor());
                gc.fillText(name, x0 + 6, y + TimelineFrame.PERIOD_ROW / 2);
            }
        }
        gc.restore();
    }

    void drawGrid(double h) {
        TimelineView c = skin.getSkinnable();
        gc.setLineWidth(1);
        gc.setStroke(c.getGridColor());
        double[] minor = skin.frame.ticks.minorDays();
        for (double d : minor) {
            double x = snap(skin.frame.scale.dayToX(d));
            if (x > skin.frame.scale.left() && x < skin.frame.scale.right()) gc.strokeLine(x, skin.frame.lanesTop, x, h);
        }
        gc.setStroke(c.getMajorGridColor());
        for (double d : skin.frame.ticks.majorDays()) {
            double x = snap(skin.frame.scale.dayToX(d));
            if (x > skin.frame.scale.left() && x < skin.frame.scale.right()) gc.strokeLine(x, skin.frame.lanesTop, x, h);
        }
    }

    void drawLane(int s) {
        TimelineView c = skin.getSkinnable();
        double top = skin.frame.screenY(skin.frame.laneTop[s]);
        double h = skin.canvas.getHeight();
        if (top > h || top + skin.frame.laneHeight[s] < skin.frame.lanesTop) return;
        TimelineLane lane = skin.frame.shownLanes.get(s);
        int li = skin.frame.laneIndexOfShown[s];
        if (lane.isCollapsed() || li < 0) {
            if (li >= 0) drawDensity(skin.itemIndex.index.lane(li), top, skin.frame.laneHeight[s]);
            if (c.isShowTiers() && !lane.getTiers().isEmpty()) drawTiers(lane, top + skin.frame.laneHeight[s] - 7, 5, false);
            return;
        }
        SortedLane sl = skin.itemIndex.index.lane(li);
        LaneLayout out = skin.frame.layouts[s];
        double rowH = c.getRowHeight();
        double rowsTop = top + TimelineFrame.LANE_PAD;
        if (c.isShowTiers() && !lane.getTiers().isEmpty()) drawTiers(lane, skin.frame.screenY(skin.frame.tierTop[s]), c.getTierHeight(), true);

        // bars and markers
        Font font = c.getItemFont();
        gc.setFont(font);
        TimelineItem selected = c.getSelectedItem();
        List<TimelineItem> selection = c.getSelectedItems();
        boolean focusing = c.isFocusSelection() && !selection.isEmpty();
        for (int k = 0; k < out.count; k++) {
            int p = out.pos[k];
            int itemIndex = sl.item[p];
            double cy = rowsTop + out.row[k] * rowH + rowH / 2;
            boolean isSelected = !selection.isEmpty() && (selection.size() == 1 ? skin.itemIndex.items.get(itemIndex) == selected
                    : selection.contains(skin.itemIndex.items.get(itemIndex)));
            if (focusing && !isSelected) gc.setGlobalAlpha(c.getUnfocusedOpacity());
            drawItem(sl, p, out, k, cy, rowH, isSelected, itemIndex == skin.behavior.hoverItem);
            gc.setGlobalAlpha(focusing ? c.getUnfocusedOpacity() : 1);
        }
        // cluster chips are faint too while focusing
        if (!focusing) gc.setGlobalAlpha(1);
        // cluster chips
        if (out.clusters > 0) {
            Font cf = c.getClusterFont();
            gc.setFont(cf);
            gc.setTextAlign(TextAlignment.CENTER);
            double chipH = Math.min(rowH - 6, 20);
            double cy = skin.frame.screenY(skin.frame.chipTop[s]) + rowH / 2;
            int selPos = -1;
            TimelineItem sel = c.getSelectedItem();
            if (sel != null) {
                int si = skin.itemIndex.indexOfItem(sel);
                if (si >= 0 && skin.itemIndex.index.laneOf(si) == li && out.indexOfPosition(skin.itemIndex.index.positionOf(si)) < 0) selPos = skin.itemIndex.index.positionOf(si);
            }
            for (int q = 0; q < out.clusters; q++) {
                double x0 = out.clusterLeft[q], x1 = out.clusterRight[q];
                boolean hot = s == skin.behavior.hoverLane && q == skin.behavior.hoverCluster;
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
        gc.setGlobalAlpha(1);
    }

    final StringBuilder chipBuilder = new StringBuilder();

    String chipText(int count) {
        chipBuilder.setLength(0);
        chipBuilder.append('+');
        if (count >= 10_000) chipBuilder.append(count / 1000).append('k');
        else chipBuilder.append(count);
        return chipBuilder.toString();
    }

    void drawItem(SortedLane sl, int p, LaneLayout out, int k, double cy, double rowH, boolean selected, boolean hover) {
        TimelineView c = skin.getSkinnable();
        TimelineItem item = skin.itemIndex.items.get(sl.item[p]);
        Paint paint = skin.styles.categoryPaint(item.category());
        Color color = paint instanceof Color col ? col : Color.GRAY;
        double x0 = out.x0[k], x1 = out.x1[k];
        double barH = Math.min(rowH - 8, 8 + sl.importance[p] * 2.0);
        boolean approximate = sl.has(p, SortedLane.APPROXIMATE);
        boolean ongoing = sl.has(p, SortedLane.ONGOING);
        // A bar faded for a month's or year's precision is pale where its label starts: the label's
        // colour reads against the bar blended with the background, not against the full colour.
        Paint barFill = out.point[k] ? color : barPaint(item, color, x0, x1, approximate);
        boolean faded = !(barFill instanceof Color);
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
            double drawX0 = Math.max(x0, skin.frame.scale.left() - 20), drawX1 = Math.min(x1, skin.frame.scale.right() + 20);
            if (hover || selected) {
                gc.setFill(selected ? c.getSelectionColor() : c.getHoverColor());
                gc.fillRoundRect(drawX0 - 3, top - 3, drawX1 - drawX0 + 6, barH + 6, 9, 9);
            }
            gc.setFill(barFill);
            gc.fillRoundRect(drawX0, top, drawX1 - drawX0, barH, 6, 6);
            if (ongoing && x1 <= skin.frame.scale.right() + 10) {
                // an arrow: it runs on past today
                gc.setFill(color);
                gc.fillPolygon(new double[] {x1, x1 + 7, x1}, new double[] {cy - barH / 2 - 2, cy, cy + barH / 2 + 2}, 3);
            }
        }
        if (sl.has(p, SortedLane.ANNOTATED)) {
            double ax = out.point[k] ? (x0 + x1) / 2 + out.size[k] / 2 : Math.max(x0, skin.frame.scale.left()) + 4;
            gc.setFill(c.getAnnotationColor());
            gc.fillOval(ax - 2, cy - barH / 2 - 5, 5, 5);
        }
        // label
        if (out.labelMode[k] != LaneLayout.LABEL_NONE && out.labelWidth[k] > 8) {
            Font font = c.getItemFont();
            Font labelFont = selected || sl.importance[p] >= 5 ? skin.styles.boldOf(font) : font;
            String text = skin.styles.fit(labelFont, item.title(), out.labelWidth[k]);
            if (!text.isEmpty()) {
                gc.setFont(labelFont);
                gc.setFill(out.labelMode[k] == LaneLayout.LABEL_INSIDE
                        ? TimelineStyles.textOnBar(color, c.getCanvasBackground(), faded ? TimelineStyles.FADED_LABEL_ALPHA : 1)
                        : c.getItemTextColor());
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

    final double[] polyX = new double[4];
    final double[] polyY = new double[4];

    /**
     * The bar's fill: solid, or fading in over the start's month or year when the start is only
     * known to that precision, or over a short distance when it is approximate.
     */
    Paint barPaint(TimelineItem item, Color color, double x0, double x1, boolean approximate) {
        DatePrecision sp = item.startPrecision(), ep = item.endPrecision();
        boolean coarseStart = sp != DatePrecision.DAY, coarseEnd = ep != DatePrecision.DAY && !item.ongoing();
        if (!coarseStart && !coarseEnd && !approximate) return color;
        double len = x1 - x0;
        if (len < 4) return color;
        double fadeIn = 0, fadeOut = 0;
        if (coarseStart) fadeIn = skin.frame.scale.dayToX(DateText.unitEnd(item.startDay(), sp)) - x0;
        if (approximate) fadeIn = Math.max(fadeIn, Math.min(40, len * 0.3));
        if (coarseEnd) fadeOut = x1 - skin.frame.scale.dayToX(unitStart(item.endDay() - 1, ep));
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

    static long unitStart(long day, DatePrecision p) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
        return switch (p) {
            case DAY -> day;
            case MONTH -> d.withDayOfMonth(1).toEpochDay();
            case YEAR -> d.withDayOfYear(1).toEpochDay();
        };
    }

    final int[] density = new int[512];

    /** A collapsed lane: how many items start in each few-pixel column, as a strip of ticks. */
    void drawDensity(SortedLane lane, double top, double height) {
        TimelineView c = skin.getSkinnable();
        int buckets = (int) Math.max(1, Math.min(density.length, skin.frame.scale.width() / 4));
        Clustering.density(lane, skin.frame.scale, density, buckets);
        int max = 1;
        for (int b = 0; b < buckets; b++) max = Math.max(max, density[b]);
        double bw = skin.frame.scale.width() / buckets;
        double maxH = height - 14;
        Paint col = c.getAxisColor();
        gc.setFill(col);
        for (int b = 0; b < buckets; b++) {
            if (density[b] == 0) continue;
            double hh = Math.max(2, maxH * Math.sqrt(density[b] / (double) max));
            gc.fillRect(skin.frame.scale.left() + b * bw + 0.5, top + height / 2 + maxH / 2 - hh - 2, Math.max(1, bw - 1), hh);
        }
    }

    void drawTiers(TimelineLane lane, double top, double height, boolean labels) {
        TimelineView c = skin.getSkinnable();
        int maxRank = 1;
        for (TierSpan t : lane.getTiers()) maxRank = Math.max(maxRank, t.rank());
        Font f = c.getAxisFont();
        gc.setFont(f);
        double todayEnd = c.getToday().toEpochDay() + 1;
        for (TierSpan t : lane.getTiers()) {
            double x0 = Math.max(skin.frame.scale.left() - 2, skin.frame.scale.dayToX(t.startDay()));
            double x1 = Math.min(skin.frame.scale.right() + 2, skin.frame.scale.dayToX(t.ongoing() ? todayEnd : t.endDay()));
            if (x1 <= x0) continue;
            double hh = labels ? height * (0.55 + 0.45 * t.rank() / maxRank) : height;
            double y = top + height - hh;
            Paint p = skin.styles.probe("tl-tier", "tl-tier-" + t.rank());
            gc.setFill(p);
            gc.fillRect(x0, y, x1 - x0, hh);
            if (labels) {
                Color col = p instanceof Color cc ? cc : Color.GRAY;
                // a crisp start edge marks the upgrade
                gc.setFill(col.deriveColor(0, 1, 0.7, 1));
                gc.fillRect(x0, y, 2, hh);
                String text = skin.styles.fit(f, t.label(), x1 - Math.max(x0, skin.frame.scale.left()) - 10);
                if (!text.isEmpty() && hh >= 11) {
                    gc.setFill(TimelineStyles.luminance(col) > 0.55 ? TimelineStyles.DARK_TEXT : Color.WHITE);
                    gc.fillText(text, Math.max(x0, skin.frame.scale.left()) + 6, y + hh / 2);
                }
            }
        }
    }

    void drawLinks() {
        TimelineView c = skin.getSkinnable();
        List<TimelineLink> links = c.getLinks();
        if (links.isEmpty()) return;
        gc.setStroke(c.getLinkColor());
        gc.setFill(c.getLinkColor());
        gc.setLineWidth(1.5);
        for (TimelineLink link : links) {
            double[] from = anchorOf(skin.itemIndex.itemIndexOfId(link.fromId()), true);
            double[] to = anchorOf(skin.itemIndex.itemIndexOfId(link.toId()), false);
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
    double[] anchorOf(int itemIndex, boolean fromEnd) {
        if (itemIndex < 0) return null;
        int li = skin.itemIndex.index.laneOf(itemIndex);
        if (li < 0) return null;
        int p = skin.itemIndex.index.positionOf(itemIndex);
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) {
            if (skin.frame.laneIndexOfShown[s] != li || skin.frame.shownLanes.get(s).isCollapsed()) continue;
            LaneLayout out = skin.frame.layouts[s];
            int k = out.indexOfPosition(p);
            if (k < 0) return null;
            double cy = skin.frame.screenY(skin.frame.laneTop[s]) + TimelineFrame.LANE_PAD + out.row[k] * skin.getSkinnable().getRowHeight() + skin.getSkinnable().getRowHeight() / 2;
            double x;
            if (out.point[k]) x = (out.x0[k] + out.x1[k]) / 2 + (fromEnd ? out.size[k] / 2 + 2 : -out.size[k] / 2 - 2);
            else x = fromEnd ? out.x1[k] : out.x0[k] - 2;
            return new double[] {x, cy};
        }
        return null;
    }

    void drawToday(double h) {
        TimelineView c = skin.getSkinnable();
        if (!c.isShowToday()) return;
        double x = snap(skin.frame.scale.dayToX(c.getToday().toEpochDay() + 0.5));
        if (x < skin.frame.scale.left() || x > skin.frame.scale.right()) return;
        gc.setStroke(c.getTodayColor());
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 4);
        gc.strokeLine(x, c.getAxisHeight() - 6, x, h);
        gc.setLineDashes();
        Font f = c.getClusterFont();
        gc.setFont(f);
        String label = texts.t("timeline.canvas.today");
        double tw = skin.styles.measure(f, label) + 10;
        double lx = Math.min(x - tw / 2, skin.frame.scale.right() - tw);
        gc.setFill(c.getTodayColor());
        gc.fillRoundRect(lx, c.getAxisHeight() - 16, tw, 14, 7, 7);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, lx + tw / 2, c.getAxisHeight() - 9);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    void drawHeaders(double w, double h) {
        TimelineView c = skin.getSkinnable();
        double headerW = skin.frame.scale.left();
        gc.setFill(c.getLaneHeaderBackground());
        gc.fillRect(0, 0, headerW, h);
        gc.save();
        gc.beginPath();
        gc.rect(0, skin.frame.lanesTop, headerW, h - skin.frame.lanesTop);
        gc.clip();
        Font f = c.getLaneHeaderFont();
        Font small = c.getAxisFont();
        for (int s = 0; s < skin.frame.shownLanes.size(); s++) {
            double y = skin.frame.screenY(skin.frame.laneTop[s]);
            double lh = skin.frame.laneHeight[s];
            if (y > h || y + lh < skin.frame.lanesTop) continue;
            TimelineLane lane = skin.frame.shownLanes.get(s);
            if (s == skin.behavior.draggedLane) {
                gc.setFill(c.getHoverColor());
                gc.fillRect(0, y, headerW, lh);
            }
            // sticky title: stays in view while the lane is partly scrolled away; the offsets are
            // those of the 13 px title, grown with the title's font (the app's type size)
            double em = f.getSize() / 13;
            double ty = Math.max(y, skin.frame.lanesTop) + 16 * em;
            ty = Math.min(ty, y + lh - 12 * em);
            boolean collapsed = lane.isCollapsed();
            gc.setFill(c.getLaneHeaderSubtextColor());
            drawChevron(12 * em, ty - 4 * (em - 1), collapsed);
            gc.setFont(f);
            gc.setFill(c.getLaneHeaderTextColor());
            gc.fillText(skin.styles.fit(f, lane.getTitle(), laneTitleWidth(headerW, em)), 24 * em, ty);
            String sub = lane.getSubtitle();
            int li = skin.frame.laneIndexOfShown[s];
            if (sub == null && li >= 0 && skin.itemIndex.index != null) {
                int n = skin.itemIndex.index.lane(li).size();
                sub = texts.t("timeline.lane.events", n);
            }
            double subY = ty + Math.max(17, small.getSize() * 1.45);
            if (sub != null && subY < y + lh - 2) {
                gc.setFont(small);
                gc.setFill(c.getLaneHeaderSubtextColor());
                gc.fillText(skin.styles.fit(small, sub, headerW - 10 - 24 * em), 24 * em, subY);
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

    void drawChevron(double x, double y, boolean collapsed) {
        if (collapsed) gc.fillPolygon(new double[] {x - 3, x + 3, x - 3}, new double[] {y - 4, y, y + 4}, 3);
        else gc.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y - 2, y - 2, y + 3}, 3);
    }

    void drawAxis(double w) {
        TimelineView c = skin.getSkinnable();
        double axisH = c.getAxisHeight();
        double left = skin.frame.scale.left(), right = skin.frame.scale.right();
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
        double[] md = skin.frame.ticks.majorDays();
        String[] ml = skin.frame.ticks.majorLabels();
        gc.setLineWidth(1);
        for (int i = 0; i < md.length; i++) {
            double x = skin.frame.scale.dayToX(md[i]);
            double next = i + 1 < md.length ? skin.frame.scale.dayToX(md[i + 1]) : right + 1000;
            if (next < left || x > right) continue;
            gc.setStroke(c.getAxisColor());
            if (x >= left) gc.strokeLine(snap(x), 0, snap(x), axisH);
            double lw = skin.styles.measure(majorFont, ml[i]);
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
        double[] d = skin.frame.ticks.minorDays();
        String[] l = skin.frame.ticks.minorLabels();
        double rowY = majorRowH + (axisH - majorRowH) / 2;
        for (int i = 0; i < d.length; i++) {
            double x = skin.frame.scale.dayToX(d[i]);
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
        gc.strokeLine(0, snap(skin.frame.lanesTop), left, snap(skin.frame.lanesTop));
        // corner: the visible span
        gc.setFill(c.getLaneHeaderBackground());
        gc.fillRect(0, 0, left, skin.frame.lanesTop);
        gc.setFont(c.getAxisFont());
        gc.setFill(c.getLaneHeaderSubtextColor());
        gc.fillText(skin.styles.fit(c.getAxisFont(), viewName(skin.frame.ticks.minorStep()), left - 20), 12, majorRowH / 2 + 2);
        gc.setFill(c.getLaneHeaderTextColor());
        gc.setFont(c.getAxisMajorFont());
        String span = spanText(skin.frame.scale.startDay(), skin.frame.scale.endDay(), c.getLocale());
        gc.fillText(skin.styles.fit(c.getAxisMajorFont(), span, left - 20), 12, rowY);
        gc.setStroke(c.getMajorGridColor());
        gc.strokeLine(0, snap(skin.frame.lanesTop), w, snap(skin.frame.lanesTop));
        gc.strokeLine(snap(left), 0, snap(left), skin.frame.lanesTop);
    }

    /** The corner's name of the fine row's step: "MONTH VIEW", "5 YEARS VIEW". */
    static String viewName(TickStep step) {
        int n = step.count();
        String count = Integer.toString(n); // not grouped: "10000 YEARS VIEW"
        return switch (step.unit()) {
            case DAY -> n == 1 ? I18n.t("timeline.axis.view.day") : I18n.t("timeline.axis.view.days", count);
            case WEEK -> n == 1 ? I18n.t("timeline.axis.view.week") : I18n.t("timeline.axis.view.weeks", count);
            case MONTH -> n == 1 ? I18n.t("timeline.axis.view.month") : n == 3 ? I18n.t("timeline.axis.view.quarter")
                    : I18n.t("timeline.axis.view.months", count);
            case YEAR -> switch (n) {
                case 1 -> I18n.t("timeline.axis.view.year");
                case 10 -> I18n.t("timeline.axis.view.decade");
                case 100 -> I18n.t("timeline.axis.view.century");
                case 1000 -> I18n.t("timeline.axis.view.millennium");
                default -> I18n.t("timeline.axis.view.years", count);
            };
        };
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

    static String shortMonth(long day, Locale locale) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
        return I18n.t("timeline.axis.month-year.short", DateText.month(d.getMonth(), true, locale), DateText.year(d.getYear()));
    }

    void drawScrollIndicator(double w, double h) {
        double viewH = h - skin.frame.lanesTop;
        if (skin.frame.contentHeight <= viewH + 0.5) return;
        double barH = Math.max(24, viewH * viewH / skin.frame.contentHeight);
        double y = skin.frame.lanesTop + (viewH - barH) * (skin.frame.scrollY / (skin.frame.contentHeight - viewH));
        gc.setFill(Color.gray(0.5, 0.35));
        gc.fillRoundRect(w - 7, y + 2, 5, barH - 4, 5, 5);
    }

    void drawTooltip(double w, double h) {
        TimelineView c = skin.getSkinnable();
        String text = tooltipText();
        if (text == null || text.isBlank()) return;
        drawTooltipBox(c, text, w, h);
    }

    /** The tooltip's text for where the pointer is (an item, a cluster, a cut lane name, a tier), or null. */
    String tooltipText() {
        TimelineView c = skin.getSkinnable();
        if (!skin.behavior.hoverInside || skin.behavior.dragging) return null;
        String text = null;
        if (skin.behavior.hoverItem >= 0 && skin.behavior.hoverItem < skin.itemIndex.items.size()) {
            var f = c.getTooltipText();
            text = f == null ? null : f.apply(skin.itemIndex.items.get(skin.behavior.hoverItem));
        } else if (skin.behavior.hoverLane >= 0 && skin.behavior.hoverCluster >= 0 && skin.behavior.hoverLane < skin.frame.shownLanes.size()) {
            LaneLayout out = skin.frame.layouts[skin.behavior.hoverLane];
            if (skin.behavior.hoverCluster < out.clusters) {
                text = I18n.t("timeline.tooltip.cluster", out.clusterCount[skin.behavior.hoverCluster],
                        DateText.day((long) out.clusterFirstStart[skin.behavior.hoverCluster], DatePrecision.DAY, false, c.getLocale()),
                        DateText.day((long) out.clusterLastStart[skin.behavior.hoverCluster], DatePrecision.DAY, false, c.getLocale()));
            }
        } else if (skin.behavior.hoverHeader && skin.behavior.hoverLane >= 0 && skin.behavior.hoverLane < skin.frame.shownLanes.size()) {
            text = cutLaneTitle(skin.frame.shownLanes.get(skin.behavior.hoverLane));
        } else {
            TierSpan t = skin.hits.tierAt(skin.behavior.hoverX, skin.behavior.hoverY);
            if (t != null) {
                String from = DateText.day(t.startDay(), DatePrecision.DAY, false, c.getLocale());
                text = t.ongoing() ? I18n.t("timeline.tooltip.tier.ongoing", t.label(), from)
                        : I18n.t("timeline.tooltip.tier", t.label(), from, DateText.day(t.endDay() - 1, DatePrecision.DAY, false, c.getLocale()));
            }
        }
        return text;
    }

    private void drawTooltipBox(TimelineView c, String text, double w, double h) {
        String[] lines = text.split("\n");
        Font bold = skin.styles.boldOf(c.getItemFont());
        Font plain = c.getAxisFont();
        double tw = 0;
        for (int i = 0; i < lines.length; i++) tw = Math.max(tw, skin.styles.measure(i == 0 ? bold : plain, lines[i]));
        tw = Math.min(tw, 420);
        double lineH = 17;
        double bw = tw + 20, bh = lines.length * lineH + 12;
        double x = skin.behavior.hoverX + 14, y = skin.behavior.hoverY + 18;
        if (x + bw > w - 4) x = skin.behavior.hoverX - bw - 10;
        if (y + bh > h - 4) y = skin.behavior.hoverY - bh - 10;
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
            gc.fillText(skin.styles.fit(f, lines[i], tw), x + 10, y + 6 + lineH * i + lineH / 2);
        }
    }

    /** Room for a lane's name in the lane names' column, right of its chevron. */
    private static double laneTitleWidth(double headerW, double em) { return headerW - 10 - 24 * em; }

    /**
     * A lane's whole name when the lane names' column cuts it short ("Vietnam–R…" at 200 % type on
     * a 1280-pixel window), for the pointer's tooltip; null when it shows whole.
     */
    String cutLaneTitle(TimelineLane lane) {
        Font f = skin.getSkinnable().getLaneHeaderFont();
        double room = laneTitleWidth(skin.frame.scale.left(), f.getSize() / 13);
        return lane.getTitle() == null || skin.styles.fit(f, lane.getTitle(), room).equals(lane.getTitle()) ? null : lane.getTitle();
    }

    static double snap(double v) { return Math.floor(v) + 0.5; }
}
