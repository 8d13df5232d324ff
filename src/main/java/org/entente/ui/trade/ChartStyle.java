package org.entente.ui.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.entente.ui.common.Theme;

/**
 * Colours, fonts and strokes of a trade chart for the app's theme and type size. JFreeChart draws
 * with Java2D, which CSS cannot reach, so the three palettes live here; they follow the app's light
 * and dark themes (AtlantaFX Primer) and its high-contrast theme ({@code high-contrast.css}: black
 * ground, white text, yellow accents). Light and dark use the Okabe–Ito colours, which stay apart for
 * colour-blind readers and on washed-out projectors; high contrast uses saturated colours that are
 * all at least 7:1 against black (WCAG AAA), and white text.
 *
 * @param theme     the app's theme
 * @param typeScale the app's type size as a factor (1 = 100 %, 3 = 300 %): every font, line and marker grows by it
 */
public record ChartStyle(Theme theme, double typeScale) {

    public static final ChartStyle LIGHT = new ChartStyle(Theme.LIGHT, 1);

    /** Large type for projectors (View › Large Type, Present): 150 %. */
    public static final double LARGE = 1.5;

    public ChartStyle {
        if (theme == null) throw new IllegalArgumentException("a chart style needs a theme");
        if (!(typeScale >= 1 && typeScale <= 3)) throw new IllegalArgumentException("type scale " + typeScale + " is not between 1 and 3");
    }

    /** The style for a theme and a type size in percent (100 to 300). */
    public static ChartStyle of(Theme theme, int typeScalePercent) { return new ChartStyle(theme, typeScalePercent / 100.0); }

    private static final Color[] LIGHT_SERIES = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};
    private static final Color[] DARK_SERIES = {
            new Color(0x56B4E9), new Color(0xF08A4B), new Color(0x3DD6A3), new Color(0xE69FCB), new Color(0xF0E442), new Color(0xB9A3FF)};
    /**
     * Yellow, cyan, green, orange, pink, white: each at least 7:1 on black (orange the least, 10.4:1);
     * pink after four, as the partnership markers are that colour.
     */
    private static final Color[] HIGH_CONTRAST_SERIES = {
            new Color(0xFFFF00), new Color(0x00FFFF), new Color(0x66FF66), new Color(0xFFA040), new Color(0xFF80FF), new Color(0xFFFFFF)};

    private boolean dark() { return theme == Theme.DARK; }

    private boolean contrast() { return theme == Theme.HIGH_CONTRAST; }

    /** Light marks on a dark ground (dark and high contrast). */
    public boolean darkGround() { return theme.darkGround(); }

    public Color background() { return contrast() ? Color.BLACK : dark() ? new Color(0x0d1117) : Color.WHITE; }

    public Color plotBackground() { return contrast() ? Color.BLACK : dark() ? new Color(0x161b22) : new Color(0xfcfcfd); }

    public Color foreground() { return contrast() ? Color.WHITE : dark() ? new Color(0xe6edf3) : new Color(0x1f2328); }

    public Color muted() { return contrast() ? new Color(0xe6e6e6) : dark() ? new Color(0x9da7b3) : new Color(0x59636e); }

    /** The band behind the years the linked timeline shows: a tint the data reads through. */
    public Color linkedShade() { return contrast() ? new Color(255, 215, 0, 60) : dark() ? new Color(120, 160, 255, 44) : new Color(40, 90, 200, 30); }

    /** How much of a series not selected shows while focus on the selection is on (0 to 1): faint, yet still there to compare. */
    public double unfocusedAlpha() { return contrast() ? 0.3 : dark() ? 0.22 : 0.18; }

    public Color grid() { return contrast() ? new Color(0x8c8c8c) : dark() ? new Color(0x30363d) : new Color(0xd8dee4); }

    public Color seriesColour(int i) {
        Color[] p = contrast() ? HIGH_CONTRAST_SERIES : dark() ? DARK_SERIES : LIGHT_SERIES;
        return p[Math.floorMod(i, p.length)];
    }

    public Color partnershipMarker() { return contrast() ? new Color(0xFF80FF) : dark() ? new Color(0xd2a8ff) : new Color(0x8250df); }

    public Color visitMarker() { return contrast() ? new Color(0xd9d9d9) : dark() ? new Color(0x8b949e) : new Color(0x6e7781); }

    private float scale() { return (float) typeScale; }

    private static final String FAMILY = Font.SANS_SERIF;

    public Font titleFont() { return new Font(FAMILY, Font.BOLD, Math.round(20 * scale())); }

    public Font subtitleFont() { return new Font(FAMILY, Font.PLAIN, Math.round(13 * scale())); }

    public Font axisLabelFont() { return new Font(FAMILY, Font.PLAIN, Math.round(14 * scale())); }

    public Font tickFont() { return new Font(FAMILY, Font.PLAIN, Math.round(12 * scale())); }

    public Font legendFont() { return new Font(FAMILY, Font.PLAIN, Math.round(13 * scale())); }

    /**
     * Marker labels grow less than the rest (by the type scale to the power 0.8: 15 px at 150 %,
     * 26 px at 300 %): four stepped lines of them must still leave room for the data.
     */
    public Font markerFont() { return new Font(FAMILY, Font.PLAIN, (int) Math.round(11 * Math.pow(typeScale, 0.8))); }

    public Stroke lineStroke() { return new BasicStroke(2.5f * scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND); }

    public Stroke partnershipStroke() { return new BasicStroke(1.5f * scale()); }

    public Stroke visitStroke() {
        return new BasicStroke(1.2f * scale(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f * scale(), 4f * scale()}, 0f);
    }

    /**
     * From this type size (175 %) the legend stands beside the plot rather than under it: its
     * two lines of entries under the plot took the height a 1280×800 window has least of.
     */
    public static final double LEGEND_BESIDE_FROM = 1.75;

    /** Whether the legend stands at the plot's right (large type) or under it. */
    public boolean legendBeside() { return typeScale >= LEGEND_BESIDE_FROM; }

    /** Half the width of a point's marker shape, in pixels. */
    public double shapeRadius() { return 4.5 * scale(); }
}
