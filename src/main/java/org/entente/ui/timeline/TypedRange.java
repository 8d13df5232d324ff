package org.entente.ui.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.i18n.I18n;
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
    // "to", "until", Vietnamese "đến", "..", "/", en or em dash, or a hyphen with spaces around it (a bare hyphen is part of a date).
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:to|until|đến|-)\\s+|\\s*(?:\\.\\.|/|–|—)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** @throws IllegalArgumentException with a message that says what was wrong */
    public static TypedRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException(I18n.t("timeline.range.empty"));
        Matcher m = SEPARATOR.matcher(t);
        String left = t, right = null;
        if (m.find() && m.start() > 0) {
            left = t.substring(0, m.start()).strip();
            right = t.substring(m.end()).strip();
        }
        EventDate from = date(left, true);
        EventDate to = right == null || right.isEmpty() ? from : date(right, false);
        if (to.endDay() <= from.firstDay())
            throw new IllegalArgumentException(I18n.t("timeline.range.backwards", right, left));
        return new TypedRange(from.firstDay(), to.endDay());
    }

    private static EventDate date(String s, boolean start) {
        try {
            return EventDate.parse(s);
        } catch (IllegalArgumentException e) { // DateParseException among them
            throw new IllegalArgumentException(start ? I18n.t("timeline.range.bad-start", s) : I18n.t("timeline.range.bad-end", s), e);
        }
    }
}
