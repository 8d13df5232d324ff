package org.entente.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When something happened or held: a start, and an end that is absent (a single date), a date,
 * or "ongoing" (still in force). Text form: {@code 2024-06-19}, {@code 2024-06-19/2024-06-20},
 * {@code 2012-07/..} (ongoing).
 */
public record DateRange(EventDate start, EventDate end, boolean ongoing) implements Comparable<DateRange> {

    public DateRange {
        if (start == null) throw new IllegalArgumentException("a start date is required");
        if (ongoing && end != null) throw new IllegalArgumentException("an ongoing range has no end date");
        if (end != null && end.endDay() <= start.firstDay())
            throw new IllegalArgumentException("the end " + end + " is before the start " + start);
    }

    public static DateRange of(EventDate start) { return new DateRange(start, null, false); }

    public static DateRange of(EventDate start, EventDate end) { return new DateRange(start, end, false); }

    public static DateRange ongoingFrom(EventDate start) { return new DateRange(start, null, true); }

    /** Parses a single date, {@code start/end} or {@code start/..}; errors name the bad part. */
    public static DateRange parse(String text) {
        if (text == null || text.isBlank()) throw new DateParseException(String.valueOf(text), "format", DateParseException.Kind.EMPTY, "it is empty");
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0) return of(EventDate.parse(t));
        EventDate start = parsePart(text, t.substring(0, slash), "start");
        String endText = t.substring(slash + 1).strip();
        if (endText.equals("..")) return ongoingFrom(start);
        EventDate end = parsePart(text, endText, "end");
        if (end.endDay() <= start.firstDay())
            throw new DateParseException(text, "range", DateParseException.Kind.END_BEFORE_START,
                    "the end " + end + " is before the start " + start, end.toString(), start.toString());
        return of(start, end);
    }

    private static EventDate parsePart(String whole, String part, String which) {
        try {
            return EventDate.parse(part);
        } catch (DateParseException e) {
            throw e.inRange(whole, which);
        }
    }

    /** First day covered, as an epoch day. */
    public long firstDay() { return start.firstDay(); }

    /**
     * The day after the last day covered. An ongoing range runs to the end of {@code today}; a
     * single date covers its own span (a month for "2012-07").
     */
    public long endDay(LocalDate today) {
        if (ongoing) return Math.max(today.toEpochDay() + 1, start.endDay());
        return end != null ? end.endDay() : start.endDay();
    }

    public long endDay() { return endDay(LocalDate.now()); }

    /** Whether the range covers the given epoch day. */
    public boolean covers(long epochDay, LocalDate today) {
        return epochDay >= firstDay() && epochDay < endDay(today);
    }

    @Override
    public String toString() {
        if (ongoing) return start + "/..";
        return end == null ? start.toString() : start + "/" + end;
    }

    /**
     * A reader's form, compact where the ends share a month or year: "19–20 June 2024",
     * "30 May – 2 June 2008", "July 2012 – ongoing".
     */
    public String display(Locale locale) {
        boolean vi = EventDate.isVietnamese(locale);
        if (ongoing) return start.display(locale) + (vi ? " – nay" : " – ongoing");
        if (end == null) return start.display(locale);
        boolean plain = !start.approximate() && !end.approximate() && start.year() == end.year() && start.year() > 0;
        if (plain && start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY) {
            if (start.month() == end.month()) return start.day() + "–" + end.display(locale);
            if (vi) return start.vietnamese(false) + " – " + end.display(locale);
            String startDay = start.display(locale);
            return startDay.substring(0, startDay.lastIndexOf(' ')) + " – " + end.display(locale);
        }
        if (plain && start.precision() == DatePrecision.MONTH && end.precision() == DatePrecision.MONTH) {
            if (vi) return start.vietnamese(false) + " – " + end.display(locale);
            String startMonth = start.display(locale);
            return startMonth.substring(0, startMonth.lastIndexOf(' ')) + " – " + end.display(locale);
        }
        return start.display(locale) + " – " + end.display(locale);
    }

    public String display() { return display(Locale.getDefault(Locale.Category.FORMAT)); }

    @Override
    public int compareTo(DateRange o) {
        int c = start.compareTo(o.start);
        if (c != 0) return c;
        // Ongoing ranges sort after any closed range with the same start: they run on to today.
        if (ongoing != o.ongoing) return ongoing ? 1 : -1;
        long mine = end != null ? end.endDay() : start.endDay();
        long theirs = o.end != null ? o.end.endDay() : o.start.endDay();
        return Long.compare(mine, theirs);
    }
}
