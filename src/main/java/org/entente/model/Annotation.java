package org.entente.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user's own marks on one record: a star, a highlight colour and free tags. Notes (text) are
 * separate {@link Note}s; an event's own tags (part of its data, e.g. imported) stay on the
 * {@link Event}.
 *
 * @param target    the marked record
 * @param starred   whether the user starred it
 * @param highlight a highlight colour #rrggbb, or null
 * @param tags      the user's tags, trimmed, without blanks or repeats (case-insensitive), in the order given
 */
public record Annotation(RecordRef target, boolean starred, String highlight, List<String> tags) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Annotation {
        if (target == null) throw new IllegalArgumentException("an annotation needs a record to mark");
        highlight = Source.blankToNull(highlight);
        if (highlight != null) {
            if (!COLOUR.matcher(highlight).matches())
                throw new IllegalArgumentException("highlight colour “" + highlight + "” is not #rrggbb");
            highlight = highlight.toLowerCase(Locale.ROOT);
        }
        tags = cleanTags(tags);
    }

    /** No marks on {@code target}. */
    public static Annotation none(RecordRef target) { return new Annotation(target, false, null, List.of()); }

    /** Whether it carries no mark at all (the store then keeps no row). */
    public boolean isEmpty() { return !starred && highlight == null && tags.isEmpty(); }

    public Annotation withStarred(boolean value) { return new Annotation(target, value, highlight, tags); }

    public Annotation withHighlight(String colour) { return new Annotation(target, starred, colour, tags); }

    public Annotation withTags(List<String> values) { return new Annotation(target, starred, highlight, values); }

    /** Tags typed as one line: separated by commas. */
    public static List<String> parseTags(String typed) {
        if (typed == null || typed.isBlank()) return List.of();
        return cleanTags(List.of(typed.split(",")));
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) return List.of();
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : tags) {
            if (t == null) continue;
            // '|' separates tags in storage
            String s = t.replace('|', '/').strip();
            if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) out.add(s);
        }
        return List.copyOf(out);
    }
}
