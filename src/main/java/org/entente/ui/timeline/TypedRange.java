package org.entente.ui.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.model.EventDate;

/**
 * A date range typed by a person: "2023-09 to 2024-08", "2008–2024", "2012-07/2013", or one date
 * ("2024", "2024-06-19") for the whole of it. Each side keeps its precision: "2024-08" ends on
 * 31 August.
 *
 * @param fromDay first epoch day shown
 * @param toDay   first epoch day after the range
 */
public record TypedRange(long fromDay, long toDay) {
    // "to", "until", "..", "/", en or em dash, or a hyphen with spaces around it (a bare hyphen is part of a date).
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:to|until|-)\\s+|\\s*(?:\\.\\.|/|–|—)\\s*", Pattern.CASE_INSENSITIVE);

    /** @throws IllegalArgumentException with a message that says what was wrong */
    public static TypedRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException("type a range such as \"2023-09 to 2024-08\" or a year such as \"2024\"");
        Matcher m = SEPARATOR.matcher(t);
        String left = t, right = null;
        if (m.find() && m.start() > 0) {
            left = t.substring(0, m.start()).strip();
            right = t.substring(m.end()).strip();
        }
        EventDate from = date(left, "start");
        EventDate to = right == null || right.isEmpty() ? from : date(right, "end");
        if (to.endDay() <= from.firstDay())
            throw new IllegalArgumentException("the range ends (" + right + ") before it starts (" + left + ")");
        return new TypedRange(from.firstDay(), to.endDay());
    }

    private static EventDate date(String s, String side) {
        try {
            return EventDate.parse(s);
        } catch (IllegalArgumentException e) { // DateParseException among them
            throw new IllegalArgumentException("the " + side + " \"" + s + "\" is not a date like 2024, 2024-06 or 2024-06-19", e);
        }
    }
}
