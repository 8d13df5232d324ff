package org.entente.controls.network.impl;

import javafx.scene.paint.Color;

/** Paints a {@link Drawing}: background, edges, nodes with codes and labels, caption and legend. */
public final class NetworkPainter {
    private NetworkPainter() {}

    public static void paint(Drawing d, Pen p) {
        Drawing.Colours c = d.colours();
        double fs = d.fontSize();
        p.fillRect(0, 0, d.width(), d.height(), c.background());

        // Edges of one colour and width (one level, no transition running) go out as one path.
        java.util.List<Drawing.Edge> edges = d.edges();
        // A tie drawn straight through a third country reads as two ties (Vietnam–United States
        // through Russia): such a tie bends around it.
        double[] bends = bends(edges, d.nodes());
        double[] xy = new double[Math.max(4, edges.size() * 4)];
        int i = 0;
        while (i < edges.size()) {
            Drawing.Edge first = edges.get(i);
            int n = 0;
            int j = i;
            while (j < edges.size() && edges.get(j).width() == first.width() && edges.get(j).colour().equals(first.colour())) {
                Drawing.Edge e = edges.get(j);
                if (bends[j] == 0) {
                    xy[4 * n] = e.x1();
                    xy[4 * n + 1] = e.y1();
                    xy[4 * n + 2] = e.x2();
                    xy[4 * n + 3] = e.y2();
                    n++;
                }
                j++;
            }
            p.lines(xy, n, first.width(), first.colour());
            for (int k = i; k < j; k++) if (bends[k] != 0) curve(p, edges.get(k), bends[k], edges.get(k).width(), edges.get(k).colour());
            i = j;
        }
        for (int k = 0; k < edges.size(); k++) {
            Drawing.Edge e = edges.get(k);
            if (!e.selected()) continue;
            curve(p, e, bends[k], e.width() + 6, c.selection().deriveColor(0, 1, 1, 0.45));
            curve(p, e, bends[k], e.width(), e.colour());
        }

        for (Drawing.Node n : d.nodes()) {
            if (n.selected()) p.fillCircle(n.x(), n.y(), n.r() + 5, c.selection().deriveColor(0, 1, 1, 0.35));
            p.fillCircle(n.x(), n.y(), n.r(), n.fill());
            p.strokeCircle(n.x(), n.y(), n.r(), n.selected() ? n.strokeWidth() + 1.5 : n.strokeWidth(), n.selected() ? c.selection() : n.stroke());
            if (n.pinned()) p.fillCircle(n.x() + n.r() * 0.72, n.y() - n.r() * 0.72, Math.max(2.5, fs * 0.22), c.muted());
        }
        for (Drawing.Node n : d.nodes()) {
            boolean codeInside = n.code() != null && n.r() >= fs * 1.1;
            if (codeInside) {
                double size = Math.max(fs * 0.7, Math.min(n.r() * 0.6, fs * 1.15));
                double w = p.textWidth(n.code(), size, true);
                p.text(n.code(), n.x() - w / 2, n.y() + size * 0.36, size, true, n.text().equals(c.label()) ? c.nodeCode() : n.text());
            }
            String label = codeInside || n.code() == null ? n.name() : n.name() + " · " + n.code();
            double w = p.textWidth(label, fs, n.selected());
            double top = n.y() + n.r() + 3;
            p.fillRoundRect(n.x() - w / 2 - 4, top, w + 8, fs * 1.35, fs * 0.6, c.labelBackground());
            p.text(label, n.x() - w / 2, top + fs * 1.02, fs, n.selected(), n.selected() ? c.selection() : n.text());
        }

        // Caption: the date shown, large, top left.
        double x = 18, y = 14 + fs * 2.1;
        double captionRight = 0, captionBottom = 0;
        if (d.caption() != null && !d.caption().isBlank()) {
            double w = Math.max(p.textWidth(d.caption(), fs * 2.1, true),
                    d.subtitle() == null ? 0 : p.textWidth(d.subtitle(), fs * 1.05, false));
            captionRight = x + w + 8;
            captionBottom = 8 + fs * 4.0;
            p.fillRoundRect(x - 8, 8, w + 16, fs * 4.0, fs, c.labelBackground());
            p.text(d.caption(), x, y, fs * 2.1, true, c.caption());
            if (d.subtitle() != null) p.text(d.subtitle(), x, y + fs * 1.5, fs * 1.05, false, c.muted());
        }

        // Legend: top right.
        if (!d.legend().isEmpty() || (d.sizeLegend() != null && !d.sizeLegend().isBlank())) {
            double lineH = fs * 1.6, sample = fs * 2.4, pad = fs * 0.8;
            double w = 0;
            for (Drawing.LegendEntry le : d.legend()) w = Math.max(w, sample + pad + p.textWidth(le.label(), fs, false));
            boolean hasSize = d.sizeLegend() != null && !d.sizeLegend().isBlank();
            if (hasSize) w = Math.max(w, p.textWidth(d.sizeLegend(), fs * 0.95, false));
            double boxW = w + 2 * pad;
            double boxH = d.legend().size() * lineH + (hasSize ? lineH : 0) + pad;
            double bx = d.width() - boxW - 14, by = 12;
            // In large type on a narrow view the legend would cover the caption: it goes under it.
            if (bx < captionRight + fs) {
                bx = 10;
                by = captionBottom + 6;
            }
            p.fillRoundRect(bx, by, boxW, boxH, fs, c.labelBackground());
            double ly = by + pad / 2 + lineH * 0.5;
            for (Drawing.LegendEntry le : d.legend()) {
                p.line(bx + pad, ly, bx + pad + sample, ly, le.width(), le.colour());
                p.text(le.label(), bx + pad + sample + pad, ly + fs * 0.36, fs, false, c.label());
                ly += lineH;
            }
            if (hasSize) p.text(d.sizeLegend(), bx + pad, ly + fs * 0.36, fs * 0.95, false, c.muted());
        }
    }

    /** Above this many edge–node pairs the check for ties through nodes is skipped (a frame stays cheap). */
    static final long MAX_BEND_CHECKS = 250_000;
    /** Room, in pixels, a tie keeps from a node it passes. */
    static final double CLEARANCE = 6;
    private static final int CURVE_SEGMENTS = 24;

    /**
     * For each edge, the sideways offset of the control point of the quadratic curve it is drawn
     * as (0: a straight line): enough for the curve to pass the node it would cross, on the side
     * away from that node's centre.
     */
    static double[] bends(java.util.List<Drawing.Edge> edges, java.util.List<Drawing.Node> nodes) {
        double[] out = new double[edges.size()];
        if ((long) edges.size() * nodes.size() > MAX_BEND_CHECKS) return out;
        for (int k = 0; k < edges.size(); k++) {
            Drawing.Edge e = edges.get(k);
            double dx = e.x2() - e.x1(), dy = e.y2() - e.y1(), len = Math.hypot(dx, dy);
            if (len < 1) continue;
            double ux = dx / len, uy = dy / len;
            double worst = 0;
            for (Drawing.Node n : nodes) {
                double along = (n.x() - e.x1()) * ux + (n.y() - e.y1()) * uy;
                double side = (n.y() - e.y1()) * ux - (n.x() - e.x1()) * uy; // signed distance, left of the chord positive
                double room = n.r() + CLEARANCE + e.width() / 2;
                // the ends' own nodes (and nodes beyond the ends) are not in the way
                if (along <= n.r() || along >= len - n.r() || Math.abs(side) >= room) continue;
                double t = along / len;
                // the curve's offset at t is 2t(1-t) times the control point's: pass on the far side
                double target = side >= 0 ? side - room : side + room;
                double h = target / (2 * t * (1 - t));
                if (Math.abs(h) > Math.abs(worst)) worst = h;
            }
            out[k] = Math.max(-len * 0.8, Math.min(len * 0.8, worst));
        }
        return out;
    }

    /** The edge as a line, or as a quadratic curve whose control point is {@code bend} pixels to the chord's left. */
    private static void curve(Pen p, Drawing.Edge e, double bend, double width, Color colour) {
        if (bend == 0) {
            p.line(e.x1(), e.y1(), e.x2(), e.y2(), width, colour);
            return;
        }
        double dx = e.x2() - e.x1(), dy = e.y2() - e.y1(), len = Math.hypot(dx, dy);
        double cx = (e.x1() + e.x2()) / 2 - dy / len * bend, cy = (e.y1() + e.y2()) / 2 + dx / len * bend;
        double[] xy = new double[4 * CURVE_SEGMENTS];
        double px = e.x1(), py = e.y1();
        for (int s = 1; s <= CURVE_SEGMENTS; s++) {
            double t = (double) s / CURVE_SEGMENTS, a = (1 - t) * (1 - t), b = 2 * t * (1 - t), q = t * t;
            double x = a * e.x1() + b * cx + q * e.x2(), y = a * e.y1() + b * cy + q * e.y2();
            xy[4 * (s - 1)] = px;
            xy[4 * (s - 1) + 1] = py;
            xy[4 * (s - 1) + 2] = x;
            xy[4 * (s - 1) + 3] = y;
            px = x;
            py = y;
        }
        p.lines(xy, CURVE_SEGMENTS, width, colour);
    }

    /** The colour {@code c} at {@code alpha} times its opacity. */
    static Color fade(Color c, double alpha) {
        return alpha >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, c.getOpacity() * alpha)));
    }
}
