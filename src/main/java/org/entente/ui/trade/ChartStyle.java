package org.entente.ui.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * Colours, fonts and strokes of a trade chart for the app's theme and type size. JFreeChart draws
 * with Java2D, which CSS cannot reach, so the two palettes live here; they follow the app's light
 * and dark themes (AtlantaFX Primer) and use the Okabe–Ito colours, which stay apart for
 * colour-blind readers and on washed-out projectors.
 *
 * @param dark  dark theme
 * @param large large type for projectors
 */
public record ChartStyle(boolean dark, boolean large) {

    public static final ChartStyle LIGHT = new ChartStyle(false, false);

    private static final Color[] LIGHT_SERIES = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};
    private static final Color[] DARK_SERIES = {
            new Color(0x56B4E9), new Color(0xF08A4B), new Color(0x3DD6A3), new Color(0xE69FCB), new Color(0xF0E442), new Color(0xB9A3FF)};

    public Color background() { return dark ? new Color(0x0d1117) : Color.WHITE; }

    public Color plotBackground() { return dark ? new Color(0x161b22) : new Color(0xfcfcfd); }

    public Color foreground() { return dark ? new Color(0xe6edf3) : new Color(0x1f2328); }

    public Color muted() { return dark ? new Color(0x9da7b3) : new Color(0x59636e); }

    /** The band behind the years the linked timeline shows: a tint the data reads through. */
    public Color linkedShade() { return dark ? new Color(120, 160, 255, 44) : new Color(40, 90, 200, 30); }

    public Color grid() { return dark ? new Color(0x30363d) : new Color(0xd8dee4); }

    public Color seriesColour(int i) {
        Color[] p = dark ? DARK_SERIES : LIGHT_SERIES;
        return p[Math.floorMod(i, p.length)];
    }

    public Color partnershipMarker() { return dark ? new Color(0xd2a8ff) : new Color(0x8250df); }

    public Color visitMarker() { return dark ? new Color(0x8b949e) : new Color(0x6e7781); }

    private float scale() { return large ? 1.6f : 1f; }

    private static final String FAMILY = Font.SANS_SERIF;

    public Font titleFont() { return new Font(FAMILY, Font.BOLD, Math.round(20 * scale())); }

    public Font subtitleFont() { return new Font(FAMILY, Font.PLAIN, Math.round(13 * scale())); }

    public Font axisLabelFont() { return new Font(FAMILY, Font.PLAIN, Math.round(14 * scale())); }

    public Font tickFont() { return new Font(FAMILY, Font.PLAIN, Math.round(12 * scale())); }

    public Font legendFont() { return new Font(FAMILY, Font.PLAIN, Math.round(13 * scale())); }

    /** Marker labels grow less than the rest: four stepped lines of them must still leave room for the data. */
    public Font markerFont() { return new Font(FAMILY, Font.PLAIN, Math.round(large ? 15 : 11)); }

    public Stroke lineStroke() { return new BasicStroke(2.5f * scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND); }

    public Stroke partnershipStroke() { return new BasicStroke(1.5f * scale()); }

    public Stroke visitStroke() {
        return new BasicStroke(1.2f * scale(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f * scale(), 4f * scale()}, 0f);
    }

    /** Half the width of a point's marker shape, in pixels. */
    public double shapeRadius() { return 4.5 * scale(); }
}
