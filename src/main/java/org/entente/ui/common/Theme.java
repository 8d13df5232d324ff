package org.entente.ui.common;

import java.util.Locale;

/**
 * The app's colour themes. Light and dark are AtlantaFX's Primer themes; high contrast is Primer
 * dark with its colours replaced (black ground, white text, yellow accents: every text colour at
 * least 7:1 against its ground, WCAG AAA), in {@code high-contrast.css}. The style class goes on
 * every window's root, so that the custom controls (timeline, network) choose their CSS palettes
 * under it and the charts their Java2D palette ({@code ui.trade.ChartStyle}).
 */
public enum Theme {
    LIGHT("Light", null),
    DARK("Dark", "dark"),
    HIGH_CONTRAST("High Contrast", "high-contrast");

    private final String label;
    private final String styleClass;

    Theme(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    /** The menu's name for it. */
    public String label() { return label; }

    /** The style class on a window's root, or null for light (the controls' default palettes). */
    public String styleClass() { return styleClass; }

    /** Light text on a dark ground. */
    public boolean darkGround() { return this != LIGHT; }

    /** How the preferences and the command line spell it: light, dark, high-contrast. */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The theme spelt {@code key} ({@link #key()}), or null for no such theme. */
    public static Theme ofKey(String key) {
        if (key == null) return null;
        for (Theme t : values()) if (t.key().equals(key.strip().toLowerCase(Locale.ROOT))) return t;
        return null;
    }
}
