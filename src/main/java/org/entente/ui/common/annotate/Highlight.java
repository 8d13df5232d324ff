package org.entente.ui.common.annotate;

import java.util.Locale;
import java.util.Optional;

/**
 * The highlight colours offered to users. The library stores the colour as #rrggbb; each one
 * here is drawn through the CSS class {@link #styleClass()} (see annotate.css), so themes can
 * tune them.
 */
public enum Highlight {
    YELLOW("Yellow", "#f5d547"),
    GREEN("Green", "#6fcf8a"),
    BLUE("Blue", "#5fa8e8"),
    PINK("Pink", "#ef8bb5"),
    ORANGE("Orange", "#f4a259");

    private final String label;
    private final String hex;

    Highlight(String label, String hex) {
        this.label = label;
        this.hex = hex;
    }

    public String label() { return label; }

    public String hex() { return hex; }

    /** {@code highlight-yellow} and so on. */
    public String styleClass() { return "highlight-" + name().toLowerCase(Locale.ROOT); }

    /** The offered colour stored as {@code hex}; empty for none or a colour from elsewhere (e.g. an import). */
    public static Optional<Highlight> of(String hex) {
        if (hex == null) return Optional.empty();
        for (Highlight h : values()) if (h.hex.equalsIgnoreCase(hex)) return Optional.of(h);
        return Optional.empty();
    }
}
