package org.entente.model.markdown;

import java.util.EnumSet;
import java.util.Set;

/**
 * A run of text with one set of styles. A link is a run with a {@code url}: its text is the
 * label, and the URL is shown beside it as text (Entente never opens links).
 *
 * @param text   the characters shown
 * @param styles bold, italic, code
 * @param url    the link target, or null when the run is not a link
 */
public record Inline(String text, Set<Style> styles, String url) {
    public Inline {
        if (text == null) text = "";
        styles = styles == null || styles.isEmpty() ? Set.of() : Set.copyOf(styles);
        if (url != null && url.isBlank()) url = null;
    }

    public static Inline plain(String text) { return new Inline(text, Set.of(), null); }

    public static Inline styled(String text, Style first, Style... more) { return new Inline(text, EnumSet.of(first, more), null); }

    public boolean has(Style style) { return styles.contains(style); }

    public boolean isLink() { return url != null; }
}
