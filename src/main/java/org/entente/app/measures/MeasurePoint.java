package org.entente.app.measures;

import java.util.Map;

/**
 * One year, or one month, of a measure for a pair.
 *
 * @param year   the year
 * @param month  the month 1–12 for the monthly measures (coded events, Goldstein), 0 for a whole year
 * @param value  the measure (a share 0–1, US dollars, a count, a mean Goldstein score)
 * @param unsure whether the figure rests on too little to read much into (fewer than 10 shared roll
 *               calls; a flagged trade figure; fewer than 5 scored events in a month)
 * @param counts the counts behind the value, by column name, in order
 */
public record MeasurePoint(int year, int month, double value, boolean unsure, Map<String, Number> counts) {
    public MeasurePoint {
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month + " is not 0–12");
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** A yearly point. */
    public MeasurePoint(int year, double value, boolean unsure, Map<String, Number> counts) {
        this(year, 0, value, unsure, counts);
    }

    /** Whether the point is one month's (else a whole year's). */
    public boolean monthly() { return month != 0; }

    /** The month as ISO writes it, "2024-03" (for CSV and keys; the interface writes months through its bundles). */
    public String isoMonth() { return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month); }

    /** Where the point sits on a time axis in years: the middle of its month, or the year itself. */
    public double time() { return monthly() ? year + (month - 0.5) / 12.0 : year; }
}
