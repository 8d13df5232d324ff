package org.entente.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.entente.i18n.I18n;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;

/**
 * Dates as readers write them, at the precision that is known: "2012", "July 2012", "19 June 2024",
 * "44 BCE"; in Vietnamese "năm 2012", "tháng 7 năm 2012", "19 tháng 6 năm 2024", "44 TCN". Month
 * names follow the locale given; a Vietnamese locale writes dates as {@link EventDate#display} does,
 * and the words around years ("BCE", "ongoing") are the interface language's.
 */
public final class DateText {
    private DateText() {}

    /** A year for display: "2024", "44 BCE" or "44 TCN" (from an ISO/astronomical year, where 0 is 1 BCE). */
    public static String year(int astronomicalYear) {
        int h = EventDate.historicalYear(astronomicalYear);
        // the year as a string: a number argument would be grouped ("10,000 BCE")
        return h < 0 ? I18n.t("timeline.axis.year.bce", Integer.toString(-h)) : Integer.toString(h);
    }

    /** One day at a precision: "19 June 2024", "June 2024", "2024", with "c. " when approximate. */
    public static String day(long epochDay, DatePrecision precision, boolean approximate, Locale locale) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int historical = EventDate.historicalYear(d.getYear());
        if (vietnamese(locale) && historical >= EventDate.MIN_YEAR && historical <= EventDate.MAX_YEAR) {
            // Vietnamese dates are written around the month's number, as the model writes them
            return new EventDate(historical, precision == DatePrecision.YEAR ? 0 : d.getMonthValue(),
                    precision == DatePrecision.DAY ? d.getDayOfMonth() : 0, precision, approximate).display(locale);
        }
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
        if (ongoing) return I18n.t("timeline.dates.ongoing", start);
        long unitEnd = unitEnd(startDay, startPrecision);
        if (endDay <= unitEnd) return start;
        return start + " – " + day(endDay - 1, endPrecision, false, locale);
    }

    /**
     * A month's name as a label: "June" or "Jun" in English, "tháng 6" or "thg 6" in Vietnamese,
     * which writes a month so wherever it stands (the locale data's stand-alone form is capitalised,
     * "Tháng 6", as for the start of a sentence).
     */
    public static String month(java.time.Month month, boolean abbreviated, Locale locale) {
        boolean inRunningText = vietnamese(locale);
        TextStyle style = abbreviated ? (inRunningText ? TextStyle.SHORT : TextStyle.SHORT_STANDALONE)
                : (inRunningText ? TextStyle.FULL : TextStyle.FULL_STANDALONE);
        return month.getDisplayName(style, locale);
    }

    /** Whether dates in {@code locale} are written the Vietnamese way. */
    static boolean vietnamese(Locale locale) { return locale != null && I18n.VIETNAMESE.getLanguage().equals(locale.getLanguage()); }

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
