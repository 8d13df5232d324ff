package org.entente.exchange;

import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/** Builds partial dates from separate year, month and day cells (TimelineJS, spreadsheets). */
final class PartialDates {
    private static final String OUTSIDE = " is outside the years Entente supports (" + -EventDate.MIN_YEAR + " BCE to " + EventDate.MAX_YEAR + " CE)";

    private PartialDates() {}

    /**
     * The date of year/month/day texts at the precision given (blank month: a year; blank day: a
     * month), or null when all three are blank.
     *
     * @throws DateParseException naming the bad part
     */
    static EventDate of(String year, String month, String day) {
        year = blank(year);
        month = blank(month);
        day = blank(day);
        if (year == null && month == null && day == null) return null;
        String shown = (year == null ? "" : year) + (month == null ? "" : "-" + month) + (day == null ? "" : "-" + day);
        if (year == null) throw new DateParseException(shown, "year", "a month or day without a year");
        if (month == null && day != null) throw new DateParseException(shown, "month", "a day without a month");
        int y, m = 0, d = 0;
        try {
            y = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            // A cosmic or geological year (TimelineJS's own examples start at -13,800,000,000) is a number, just not one Entente keeps.
            if (year.matches("[+-]?\\d+")) throw new DateParseException(shown, "year", "year " + year + OUTSIDE);
            throw new DateParseException(shown, "year", "year \"" + year + "\" is not a number");
        }
        if (y == 0) throw new DateParseException(shown, "year", "there is no year 0 (1 BCE is followed by 1 CE)");
        if (y < EventDate.MIN_YEAR || y > EventDate.MAX_YEAR) throw new DateParseException(shown, "year", "year " + y + OUTSIDE);
        try {
            if (month != null) m = Integer.parseInt(month);
            if (day != null) d = Integer.parseInt(day);
        } catch (NumberFormatException e) {
            throw new DateParseException(shown, month != null && !month.matches("-?\\d+") ? "month" : "day", "not a number");
        }
        // Reuse EventDate's own checks and messages ("month 13", "day 31 (June 2024 has 30 days)").
        String iso = (y < 0 ? "-" : "") + String.format("%04d", Math.abs(y))
                + (month != null ? String.format("-%02d", m) : "") + (day != null ? String.format("-%02d", d) : "");
        if (m < 0 || m > 99 || d < 0 || d > 99) throw new DateParseException(shown, m < 0 || m > 99 ? "month" : "day", "out of range");
        try {
            return EventDate.parse(iso);
        } catch (DateParseException e) {
            throw new DateParseException(shown, e.part(), e.reason());
        }
    }

    private static String blank(String s) {
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
