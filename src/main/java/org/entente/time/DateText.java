package org.entente.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;

/** Dates as readers write them, at the precision that is known: "2012", "July 2012", "19 June 2024", "44 BCE". */
public final class DateText {
    private DateText() {}

    /** A year for display: "2024", "44 BCE" (from an ISO/astronomical year, where 0 is 1 BCE). */
    public static String year(int astronomicalYear) {
        int h = EventDate.historicalYear(astronomicalYear);
        return h < 0 ? (-h) + " BCE" : Integer.toString(h);
    }

    /** One day at a precision: "19 June 2024", "June 2024", "2024", with "c. " when approximate. */
    public static String day(long epochDay, DatePrecision precision, boolean approximate, Locale locale) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        StringBuilder sb = new StringBuilder(24);
        if (approximate) sb.append("c. ");
        if (precision == DatePrecision.DAY) sb.append(d.getDayOfMonth()).append(' ');
        if (precision != DatePrecision.YEAR)
            sb.append(d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)).append(' ');
        sb.append(year(d.getYear()));
        return sb.toString();
    }

    /**
     * A span: "19 June 2024", "July 2012", "2012 – 2014", "March 2022 – ongoing". The end day is
     * exclusive; a span that is exactly its start date's unit is written once.
     */
    public static String describe(long startDay, long endDay, DatePrecision startPrecision, DatePrecision endPrecision,
                                  boolean approximate, boolean ongoing, Locale locale) {
        String start = day(startDay, startPrecision, approximate, locale);
        if (ongoing) return start + " – ongoing";
        long unitEnd = unitEnd(startDay, startPrecision);
        if (endDay <= unitEnd) return start;
        return start + " – " + day(endDay - 1, endPrecision, false, locale);
    }

    /** Exclusive end of the unit (day, month or year) that starts at or contains {@code day}. */
    public static long unitEnd(long day, DatePrecision precision) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return switch (precision) {
            case DAY -> day + 1;
            case MONTH -> d.withDayOfMonth(1).plusMonths(1).toEpochDay();
            case YEAR -> d.withDayOfYear(1).plusYears(1).toEpochDay();
        };
    }
}
