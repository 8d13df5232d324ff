package org.entente.model;

/**
 * The coded (scored) events two countries both took part in during one calendar month.
 *
 * @param low           the smaller actor id of the pair
 * @param high          the larger actor id of the pair
 * @param year          the year of the month (the events' start day)
 * @param month         the month, 1–12
 * @param events        how many coded events (events with a score row) both took part in
 * @param scored        how many of them carry a Goldstein score
 * @param goldsteinSum  the sum of those Goldstein scores (the mean is {@code goldsteinSum / scored})
 */
public record PairMonth(long low, long high, int year, int month, int events, int scored, double goldsteinSum) {
    public PairMonth {
        if (low >= high) throw new IllegalArgumentException("a pair month needs low < high, not " + low + "–" + high);
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1–12");
        if (scored > events || scored < 0) throw new IllegalArgumentException(scored + " scored of " + events + " events");
    }

    /** Months since year 0 (year × 12 + month − 1): consecutive months differ by one. */
    public int monthIndex() { return year * 12 + month - 1; }

    /** The mean Goldstein score of the scored events, NaN when none has one. */
    public double goldsteinMean() { return scored == 0 ? Double.NaN : goldsteinSum / scored; }
}
