package org.entente.ui.common;

import java.util.Locale;

import org.entente.i18n.I18n;

/**
 * The app's colour themes. Light and dark are AtlantaFX's Primer themes; high contrast is Primer
 * dark with its colours replaced (black ground, white text, yellow accents: every text colour at
 * least 7:1 against its ground, WCAG AAA), in {@code high-contrast.css}. The style class goes on
 * every window's root, so that the custom controls (timeline, network) choose their CSS palettes
 * under it and the charts their Java2D palette ({@code ui.trade.ChartStyle}).
 */
public enum Theme {
    LIGHT(null),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    private final String styleClass;

    Theme(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The View menu's item for it: "Light Theme", "Giao diện sáng". */
    public String menuText() {
        return switch (this) {
            case LIGHT -> I18n.t("shell.menu.view.theme.light");
            case DARK -> I18n.t("shell.menu.view.theme.dark");
            case HIGH_CONTRAST -> I18n.t("shell.menu.view.theme.high-contrast");
        };
    }

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
