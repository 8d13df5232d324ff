package org.entente.controls.network.impl;

import javafx.scene.paint.Color;

/** Paints a {@link Drawing}: background, edges, nodes with codes and labels, caption and legend. */
public final class NetworkPainter {
    private NetworkPainter() {}

    public static void paint(Drawing d, Pen p) {
        Drawing.Colours c = d.colours();
        double fs = d.fontSize();
        p.fillRect(0, 0, d.width(), d.height(), c.background());

        for (Drawing.Edge e : d.edges()) {
            if (e.selected()) p.line(e.x1(), e.y1(), e.x2(), e.y2(), e.width() + 6, c.selection().deriveColor(0, 1, 1, 0.45));
            p.line(e.x1(), e.y1(), e.x2(), e.y2(), e.width(), e.colour());
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
        if (d.caption() != null && !d.caption().isBlank()) {
            double w = Math.max(p.textWidth(d.caption(), fs * 2.1, true),
                    d.subtitle() == null ? 0 : p.textWidth(d.subtitle(), fs * 1.05, false));
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

    /** The colour {@code c} at {@code alpha} times its opacity. */
    static Color fade(Color c, double alpha) {
        return alpha >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, c.getOpacity() * alpha)));
    }
}
