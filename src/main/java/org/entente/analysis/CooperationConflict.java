package org.entente.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.PairMonth;

/**
 * Coded events (GDELT) between pairs of countries, by month: how many, and their mean score on the
 * Goldstein scale (−10 conflict … +10 cooperation; Goldstein 1992). Built once from the store's
 * grouped months ({@code EventScoreStore.pairMonths}); a pair's months, a window of months and the
 * network of a date are then read from memory, with no query.
 */
public final class CooperationConflict {
    /** A month with fewer scored events than this is drawn as unsure: a mean of two or three events says little. */
    public static final int UNSURE_BELOW = 5;
    /** A tie whose mean Goldstein score is below this is drawn as conflict; above {@link #COOPERATION_ABOVE} as cooperation. */
    public static final double CONFLICT_BELOW = -1, COOPERATION_ABOVE = 1;
    /** How many months up to the date shown make a network tie. */
    public static final int WINDOW_MONTHS = 12;

    /** Events, scored events and their Goldstein sum over some months. */
    public record Window(int events, int scored, double goldsteinSum) {
        /** The mean Goldstein score, NaN without a scored event. */
        public double mean() { return scored == 0 ? Double.NaN : goldsteinSum / scored; }
    }

    private final Map<Tie.PairKey, List<PairMonth>> byPair = new HashMap<>();
    private final int firstMonth, lastMonth;
    private final int pairMonths;

    /**
     * @param months      the store's months of every pair (or of the pairs wanted), in pair then month order
     * @param codedMonths the first and last month the library holds coded events for, or null when none
     */
    public CooperationConflict(List<PairMonth> months, int[] codedMonths) {
        for (PairMonth m : months) byPair.computeIfAbsent(new Tie.PairKey(m.low(), m.high()), k -> new ArrayList<>()).add(m);
        for (List<PairMonth> l : byPair.values()) l.sort(java.util.Comparator.comparingInt(PairMonth::monthIndex));
        this.firstMonth = codedMonths == null ? Integer.MAX_VALUE : codedMonths[0];
        this.lastMonth = codedMonths == null ? Integer.MIN_VALUE : codedMonths[1];
        this.pairMonths = months.size();
    }

    /** Whether the library holds any coded event. */
    public boolean isEmpty() { return firstMonth > lastMonth; }

    /** The first month (year × 12 + month − 1) with a coded event anywhere in the library. */
    public int firstMonth() { return firstMonth; }

    /** The last month with a coded event anywhere in the library. */
    public int lastMonth() { return lastMonth; }

    /** How many pair-months hold coded events. */
    public int pairMonths() { return pairMonths; }

    /** The ids of the actors with at least one coded event with another country. */
    public java.util.Set<Long> actors() {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Tie.PairKey k : byPair.keySet()) {
            out.add(k.low());
            out.add(k.high());
        }
        return out;
    }

    /** The pair's months with coded events, in order (either order of ids). */
    public List<PairMonth> months(long a, long b) {
        return a == b ? List.of() : byPair.getOrDefault(new Tie.PairKey(a, b), List.of());
    }

    /** The pair's events over the months {@code [fromMonth, toMonth]} (month indexes, inclusive). */
    public Window window(long a, long b, int fromMonth, int toMonth) {
        return window(months(a, b), fromMonth, toMonth);
    }

    private static Window window(List<PairMonth> months, int fromMonth, int toMonth) {
        int events = 0, scored = 0;
        double sum = 0;
        // months are few per pair (at most one per month): a scan from the end is as quick as a search
        for (int i = months.size() - 1; i >= 0; i--) {
            PairMonth m = months.get(i);
            int at = m.monthIndex();
            if (at < fromMonth) break;
            if (at > toMonth) continue;
            events += m.events();
            scored += m.scored();
            sum += m.goldsteinSum();
        }
        return new Window(events, scored, sum);
    }

    /** The month index of a day. */
    public static int monthIndex(LocalDate day) { return day.getYear() * 12 + day.getMonthValue() - 1; }

    /**
     * The network of {@code day}: a tie between two of {@code countries} with coded events in the
     * {@link #WINDOW_MONTHS} months up to and including the day's month, weighted by how many.
     */
    public GraphSnapshot network(Map<Long, Actor> countries, LocalDate day) {
        int to = monthIndex(day), from = to - WINDOW_MONTHS + 1;
        List<Tie> ties = new ArrayList<>();
        for (Map.Entry<Tie.PairKey, List<PairMonth>> en : byPair.entrySet()) {
            Tie.PairKey k = en.getKey();
            if (!countries.containsKey(k.low()) || !countries.containsKey(k.high())) continue;
            Window w = window(en.getValue(), from, to);
            if (w.events() > 0) ties.add(new Tie(k.low(), k.high(), TieKind.GOLDSTEIN, null, w.events(), null));
        }
        ties.sort(java.util.Comparator.comparingLong(Tie::low).thenComparingLong(Tie::high));
        return new GraphSnapshot(day.toEpochDay(), TieKind.GOLDSTEIN, countries, ties);
    }

    /** The band of a mean Goldstein score a tie is coloured by: "conflict", "mixed" or "cooperation". */
    public static String band(double mean) {
        if (Double.isNaN(mean)) return "mixed";
        return mean < CONFLICT_BELOW ? "conflict" : mean > COOPERATION_ABOVE ? "cooperation" : "mixed";
    }
}
