package org.entente.ui.common.annotate;

import java.util.Locale;
import java.util.Optional;

import org.entente.i18n.I18n;

/**
 * The highlight colours offered to users. The library stores the colour as #rrggbb; each one
 * here is drawn through the CSS class {@link #styleClass()} (see annotate.css), so themes can
 * tune them.
 */
public enum Highlight {
    YELLOW("#f5d547"),
    GREEN("#6fcf8a"),
    BLUE("#5fa8e8"),
    PINK("#ef8bb5"),
    ORANGE("#f4a259");

    private final String hex;

    Highlight(String hex) {
        this.hex = hex;
    }

    /** The swatch's name for the tooltip and screen readers: "Yellow highlight", "Tô sáng màu vàng". */
    public String swatchName() {
        return switch (this) {
            case YELLOW -> I18n.t("shell.notes.highlight.yellow");
            case GREEN -> I18n.t("shell.notes.highlight.green");
            case BLUE -> I18n.t("shell.notes.highlight.blue");
            case PINK -> I18n.t("shell.notes.highlight.pink");
            case ORANGE -> I18n.t("shell.notes.highlight.orange");
        };
    }

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
