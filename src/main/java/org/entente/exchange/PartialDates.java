package org.entente.exchange;

import org.entente.i18n.I18n;
import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/** Builds partial dates from separate year, month and day cells (TimelineJS, spreadsheets). */
final class PartialDates {
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
        if (year == null) throw new DateParseException(shown, "year", I18n.t("exchange.date.no-year"));
        if (month == null && day != null) throw new DateParseException(shown, "month", I18n.t("exchange.date.no-month"));
        int y, m = 0, d = 0;
        try {
            y = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            // A cosmic or geological year (TimelineJS's own examples start at -13,800,000,000) is a number, just not one Entente keeps.
            if (year.matches("[+-]?\\d+")) throw new DateParseException(shown, "year", outside(year));
            throw new DateParseException(shown, "year", I18n.t("exchange.date.year-not-a-number", year));
        }
        if (y == 0) throw new DateParseException(shown, "year", DateParseException.Kind.NO_YEAR_ZERO, I18n.t("exchange.date.no-year-zero"));
        if (y < EventDate.MIN_YEAR || y > EventDate.MAX_YEAR) throw new DateParseException(shown, "year", outside(Integer.toString(y)));
        try {
            if (month != null) m = Integer.parseInt(month);
            if (day != null) d = Integer.parseInt(day);
        } catch (NumberFormatException e) {
            throw new DateParseException(shown, month != null && !month.matches("-?\\d+") ? "month" : "day", I18n.t("exchange.date.not-a-number"));
        }
        // Reuse EventDate's own checks and messages ("month 13", "day 31 (June 2024 has 30 days)").
        String iso = (y < 0 ? "-" : "") + String.format("%04d", Math.abs(y))
                + (month != null ? String.format("-%02d", m) : "") + (day != null ? String.format("-%02d", d) : "");
        if (m < 0 || m > 99 || d < 0 || d > 99)
            throw new DateParseException(shown, m < 0 || m > 99 ? "month" : "day", I18n.t("exchange.date.out-of-range"));
        try {
            return EventDate.parse(iso);
        } catch (DateParseException e) {
            throw e.forInput(shown);
        }
    }

    /** "year -13800000000 is outside the years Entente supports (99999 BCE to 99999 CE)". */
    private static String outside(String year) {
        return I18n.t("exchange.date.year-outside", year, Integer.toString(-EventDate.MIN_YEAR), Integer.toString(EventDate.MAX_YEAR));
    }

    private static String blank(String s) {
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
