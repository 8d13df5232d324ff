package org.entente.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/**
 * A span of days typed by a person: "2023-09 to 2024-08", "2008–2024", "2024-06-19", "-0050 .. -0040".
 * Each end keeps its precision: "2023-09 to 2024-08" runs from 1 September 2023 to the end of
 * August 2024.
 *
 * @param startDay first day (epoch day)
 * @param endDay   day after the last day (exclusive)
 */
public record TypedRange(long startDay, long endDay) {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:to|until|bis|à|đến)\\s+|\\s*(?:\\.\\.|–|—|/)\\s*|\\s+-\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public TypedRange {
        if (endDay <= startDay) throw new IllegalArgumentException("the range ends before it starts");
    }

    /**
     * Parses a typed range.
     *
     * @throws DateParseException naming the part that is not a date, or saying the end is before the start
     */
    public static TypedRange parse(String text) {
        if (text == null || text.isBlank()) throw new DateParseException(String.valueOf(text), "range", "it is empty");
        String t = text.strip();
        Matcher m = SEPARATOR.matcher(t);
        // the first separator that is not the minus sign of a BCE year at the very start
        while (m.find()) {
            if (m.start() == 0) continue;
            EventDate from = EventDate.parse(t.substring(0, m.start()));
            EventDate to = EventDate.parse(t.substring(m.end()));
            if (to.endDay() <= from.firstDay())
                throw new DateParseException(text, "range", "the end " + to + " is before the start " + from);
            return new TypedRange(from.firstDay(), to.endDay());
        }
        EventDate single = EventDate.parse(t);
        return new TypedRange(single.firstDay(), single.endDay());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TypedRange[%d..%d)", startDay, endDay);
    }
}
