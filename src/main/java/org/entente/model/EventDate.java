package org.entente.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partial date: a year, a year and month, or a full day, that keeps its precision.
 *
 * <p>"2012-07" means July 2012 as a whole, not the 1st of July: {@link #firstDay()} and
 * {@link #endDay()} give the span it covers. Years are counted as historians count them:
 * negative years are before the common era and there is no year zero, so 1 BCE ({@code -1}) is
 * followed by 1 CE ({@code 1}). The text form is {@code [~][-]YYYY[-MM[-DD]]}, where {@code ~}
 * marks an approximate date ("c. 2001").
 *
 * @param year        the year, never 0; negative for BCE
 * @param month       1–12, or 0 when the precision is YEAR
 * @param day         1–31, or 0 when the precision is coarser than DAY
 * @param precision   how much is known
 * @param approximate whether the date is only approximately known
 */
public record EventDate(int year, int month, int day, DatePrecision precision, boolean approximate)
        implements Comparable<EventDate> {

    /** Earliest and latest years accepted; far enough for history, near enough for java.time. */
    public static final int MIN_YEAR = -99_999;
    public static final int MAX_YEAR = 99_999;

    private static final Pattern FORMAT =
            Pattern.compile("(~)?(-)?(\\d{1,5})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private static final Comparator<EventDate> ORDER = Comparator
            .comparingLong(EventDate::firstDay)
            .thenComparingLong(EventDate::endDay)
            .thenComparing(EventDate::approximate);

    public EventDate {
        if (precision == null) throw new IllegalArgumentException("precision is required");
        if (year == 0) throw new IllegalArgumentException("there is no year 0: 1 BCE is followed by 1 CE");
        if (year < MIN_YEAR || year > MAX_YEAR) throw new IllegalArgumentException("year " + year + " is out of range");
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) throw new IllegalArgumentException("a year date has no month or day");
            }
            case MONTH -> {
                checkMonth(month);
                if (day != 0) throw new IllegalArgumentException("a month date has no day");
            }
            case DAY -> {
                checkMonth(month);
                int length = YearMonth.of(astronomicalYear(year), month).lengthOfMonth();
                if (day < 1 || day > length)
                    throw new IllegalArgumentException("day " + day + " is not in " + monthName(month) + " " + displayYear(year));
            }
        }
    }

    public static EventDate ofYear(int year) { return new EventDate(year, 0, 0, DatePrecision.YEAR, false); }

    public static EventDate ofMonth(int year, int month) { return new EventDate(year, month, 0, DatePrecision.MONTH, false); }

    public static EventDate ofDay(int year, int month, int day) { return new EventDate(year, month, day, DatePrecision.DAY, false); }

    public static EventDate of(LocalDate date) {
        return ofDay(historicalYear(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The same date marked approximate (or not). */
    public EventDate withApproximate(boolean approx) { return new EventDate(year, month, day, precision, approx); }

    /**
     * Parses {@code 2024}, {@code 2024-06}, {@code 2024-06-19}, {@code -0044-03-15} (44 BCE) or
     * {@code ~2001} (approximate).
     *
     * @throws DateParseException naming the bad part, e.g. {@code month 13}
     */
    public static EventDate parse(String text) {
        if (text == null || text.isBlank()) throw new DateParseException(String.valueOf(text), "format", DateParseException.Kind.EMPTY, "it is empty");
        String t = text.strip();
        EventDate plain = parsePlain(t);
        if (plain != null) return plain;
        Matcher m = FORMAT.matcher(t);
        if (!m.matches())
            throw new DateParseException(text, "format", DateParseException.Kind.FORMAT,
                    "expected YYYY, YYYY-MM or YYYY-MM-DD (with - before a BCE year, ~ for approximate)");
        boolean approx = m.group(1) != null;
        int year = Integer.parseInt(m.group(3));
        if (year == 0)
            throw new DateParseException(text, "year", DateParseException.Kind.NO_YEAR_ZERO, "there is no year 0 (1 BCE is followed by 1 CE)");
        if (m.group(2) != null) year = -year;
        if (m.group(4) == null) return new EventDate(year, 0, 0, DatePrecision.YEAR, approx);
        int month = Integer.parseInt(m.group(4));
        if (month < 1 || month > 12) throw new DateParseException(text, "month", DateParseException.Kind.MONTH, "month " + month, month);
        if (m.group(5) == null) return new EventDate(year, month, 0, DatePrecision.MONTH, approx);
        int day = Integer.parseInt(m.group(5));
        int length = YearMonth.of(astronomicalYear(year), month).lengthOfMonth();
        if (day < 1 || day > length)
            throw new DateParseException(text, "day", DateParseException.Kind.DAY,
                    "day " + day + " (" + monthName(month) + " " + displayYear(year) + " has " + length + " days)", day, year, month, length);
        return new EventDate(year, month, day, DatePrecision.DAY, approx);
    }

    /**
     * The common forms YYYY, YYYY-MM and YYYY-MM-DD with a year from 1 to 9999, read without the
     * regular expression (an export or import of a million events reads a million dates); null
     * for anything else, including what is out of range, so that {@link #parse} explains it.
     */
    private static EventDate parsePlain(String t) {
        int n = t.length();
        if (n != 4 && n != 7 && n != 10) return null;
        int year = digits(t, 0, 4);
        if (year <= 0) return null;
        if (n == 4) return new EventDate(year, 0, 0, DatePrecision.YEAR, false);
        if (t.charAt(4) != '-') return null;
        int month = digits(t, 5, 7);
        if (month < 1 || month > 12) return null;
        if (n == 7) return new EventDate(year, month, 0, DatePrecision.MONTH, false);
        if (t.charAt(7) != '-') return null;
        int day = digits(t, 8, 10);
        if (day < 1 || day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) return null;
        return new EventDate(year, month, day, DatePrecision.DAY, false);
    }

    /** The ASCII digits t[from, to) as a number, or -1 if any is not one. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The first day this date covers, as a day count from 1970-01-01 (proleptic Gregorian). */
    public long firstDay() {
        int astro = astronomicalYear(year);
        return switch (precision) {
            case YEAR -> LocalDate.of(astro, 1, 1).toEpochDay();
            case MONTH -> LocalDate.of(astro, month, 1).toEpochDay();
            case DAY -> LocalDate.of(astro, month, day).toEpochDay();
        };
    }

    /** The day after the last day this date covers (exclusive end), as an epoch-day count. */
    public long endDay() {
        int astro = astronomicalYear(year);
        return switch (precision) {
            case YEAR -> LocalDate.of(astro, 1, 1).plusYears(1).toEpochDay();
            case MONTH -> LocalDate.of(astro, month, 1).plusMonths(1).toEpochDay();
            case DAY -> LocalDate.of(astro, month, day).toEpochDay() + 1;
        };
    }

    /** Number of days covered: 1 for a day, 28–31 for a month, 365 or 366 for a year. */
    public long lengthInDays() { return endDay() - firstDay(); }

    /** The first day covered as a {@link LocalDate} (ISO years: 0 is 1 BCE). */
    public LocalDate firstLocalDate() { return LocalDate.ofEpochDay(firstDay()); }

    public boolean isBce() { return year < 0; }

    /** The canonical text form, which {@link #parse} reads back to an equal date. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(12);
        if (approximate) sb.append('~');
        if (year < 0) sb.append('-');
        // Hand-padded rather than String.format: this runs once per event in bulk loads and exports.
        String digits = Integer.toString(Math.abs(year));
        for (int i = digits.length(); i < 4; i++) sb.append('0');
        sb.append(digits);
        if (precision != DatePrecision.YEAR) appendTwoDigits(sb.append('-'), month);
        if (precision == DatePrecision.DAY) appendTwoDigits(sb.append('-'), day);
        return sb.toString();
    }

    private static void appendTwoDigits(StringBuilder sb, int value) {
        sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * A reader's form at the date's own precision, in English ("2012", "July 2012", "19 June 2024",
     * "c. 44 BCE") or, for a Vietnamese locale, as Vietnamese write dates ("năm 2012",
     * "tháng 7 năm 2012", "19 tháng 6 năm 2024", "khoảng 2001", "44 TCN").
     */
    public String display(Locale locale) {
        if (isVietnamese(locale)) return vietnamese(true);
        StringBuilder sb = new StringBuilder();
        if (approximate) sb.append("c. ");
        if (precision == DatePrecision.DAY) sb.append(day).append(' ');
        if (precision != DatePrecision.YEAR)
            sb.append(java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale)).append(' ');
        sb.append(displayYear(year));
        return sb.toString();
    }

    static boolean isVietnamese(Locale locale) { return locale != null && "vi".equals(locale.getLanguage()); }

    /** Vietnamese: "19 tháng 6 năm 2024", "tháng 7 năm 2012", "năm 2017", "khoảng 2001", "44 TCN". */
    String vietnamese(boolean withYear) {
        StringBuilder sb = new StringBuilder();
        if (approximate) sb.append("khoảng ");
        if (precision == DatePrecision.DAY) sb.append(day).append(' ');
        if (precision != DatePrecision.YEAR) sb.append("tháng ").append(month);
        if (!withYear) return sb.toString().strip();
        String y = year < 0 ? (-year) + " TCN" : Integer.toString(year);
        // A bare year reads "năm 2017"; "khoảng 2001" and "44 TCN" need no "năm" before them.
        if (precision == DatePrecision.YEAR) sb.append(approximate || year < 0 ? y : "năm " + y);
        else sb.append(" năm ").append(y);
        return sb.toString();
    }

    public String display() { return display(Locale.getDefault(Locale.Category.FORMAT)); }

    @Override
    public int compareTo(EventDate other) { return ORDER.compare(this, other); }

    /** ISO/astronomical year for a historical year: 1 BCE is year 0, 2 BCE is -1. */
    public static int astronomicalYear(int historicalYear) {
        return historicalYear < 0 ? historicalYear + 1 : historicalYear;
    }

    /** Historical year (no zero) for an ISO/astronomical year. */
    public static int historicalYear(int astronomicalYear) {
        return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
    }

    private static String displayYear(int year) {
        return year < 0 ? (-year) + " BCE" : Integer.toString(year);
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1–12");
    }
}
