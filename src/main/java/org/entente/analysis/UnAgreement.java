package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.RollCallVotes;

/**
 * How alike two countries vote in the UN General Assembly, for every pair and every year at once
 * (docs/un-votes.md gives the formulas and their sources).
 *
 * <p>For a pair and a year, only the roll calls on which <em>both</em> voted count (a country
 * absent or not yet a member has no vote). Of those, with yes = 1, abstain = ½, no = 0:
 * <ul>
 * <li>{@link Year#agreement()}: the share on which both voted the same way;</li>
 * <li>{@link Year#s()}: Signorino and Ritter's S with the absolute distance, 1 − 2·Σ|x − y| / n
 *     (from −1, always opposite, to 1, always the same);</li>
 * <li>{@link Year#kappa()}: the same distance corrected for chance agreement as Häge proposes, with
 *     Cohen's expected distance from each country's own mix of votes that year:
 *     1 − observed / expected (1 = identical, 0 = no closer than chance).</li>
 * </ul>
 * The whole table is built in one pass over the votes, one 3 × 3 table of vote pairs per pair and
 * year: 64.6 million pair-votes for the 870,109 votes of the shipped dataset.
 */
public final class UnAgreement {
    /** Below this many shared roll calls a year's figure is shown as unsure. */
    public static final int UNSURE_BELOW = 10;

    /**
     * One pair's year.
     *
     * @param year   the year
     * @param shared roll calls both voted on
     * @param same   of those, how many they voted the same way
     * @param table  counts of (first's vote, second's vote), index first × 3 + second, votes as {@link RollCallVotes#NO} … {@link RollCallVotes#YES}
     */
    public record Year(int year, int shared, int same, int[] table) {
        /** Share of shared roll calls with the same vote, 0–1. */
        public double agreement() { return shared == 0 ? Double.NaN : (double) same / shared; }

        /** Signorino and Ritter's S on yes = 1, abstain = ½, no = 0 (absolute distance, maximum distance 1). */
        public double s() {
            if (shared == 0) return Double.NaN;
            return 1 - 2 * observedDistance();
        }

        /** Häge's chance-corrected S (Cohen's κ with absolute distances); NaN when both always cast one and the same vote. */
        public double kappa() {
            if (shared == 0) return Double.NaN;
            double[] first = new double[3], second = new double[3];
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) {
                    first[a] += table[a * 3 + b];
                    second[b] += table[a * 3 + b];
                }
            double expected = 0;
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) expected += first[a] / shared * second[b] / shared * Math.abs(a - b) / 2.0;
            return expected == 0 ? Double.NaN : 1 - observedDistance() / expected;
        }

        /** Mean |x − y| over the shared roll calls, 0–1. */
        private double observedDistance() {
            double sum = 0;
            for (int a = 0; a < 3; a++)
                for (int b = 0; b < 3; b++) sum += table[a * 3 + b] * Math.abs(a - b) / 2.0;
            return sum / shared;
        }

        /** Fewer than {@link #UNSURE_BELOW} shared roll calls: too few to read much into. */
        public boolean unsure() { return shared < UNSURE_BELOW; }
    }

    private final Map<Long, Integer> index;
    private final long[] actors;
    private final int firstYear, years;
    /** Per pair (by dense index a < b) and year: the offset of its 9 counts in {@link #counts}, or -1. */
    private final int[] offsets;
    private final int[] counts;
    private final long fingerprint;

    private UnAgreement(Map<Long, Integer> index, long[] actors, int firstYear, int years, int[] offsets, int[] counts, long fingerprint) {
        this.index = index;
        this.actors = actors;
        this.firstYear = firstYear;
        this.years = years;
        this.offsets = offsets;
        this.counts = counts;
        this.fingerprint = fingerprint;
    }

    /** The fingerprint of the votes this was computed from ({@link RollCallVotes#fingerprint()}). */
    public long fingerprint() { return fingerprint; }

    /** Computes every pair's agreement in every year. */
    public static UnAgreement compute(RollCallVotes votes) {
        Map<Long, Integer> index = new HashMap<>();
        long[] actorIds = new long[16];
        int[] dense = new int[votes.votes()];
        for (int i = 0; i < votes.votes(); i++) {
            long id = votes.actor()[i];
            Integer d = index.get(id);
            if (d == null) {
                d = index.size();
                index.put(id, d);
                if (d == actorIds.length) actorIds = Arrays.copyOf(actorIds, d * 2);
                actorIds[d] = id;
            }
            dense[i] = d;
        }
        int n = index.size();
        if (votes.rollCalls() == 0 || n < 2) return new UnAgreement(index, Arrays.copyOf(actorIds, n), 0, 0, new int[0], new int[0], votes.fingerprint());
        int firstYear = Integer.MAX_VALUE, lastYear = Integer.MIN_VALUE;
        for (int y : votes.year()) {
            firstYear = Math.min(firstYear, y);
            lastYear = Math.max(lastYear, y);
        }
        int years = lastYear - firstYear + 1;
        // Roll calls by year, so that one year's tables are filled, then packed, then reused.
        Integer[] order = new Integer[votes.rollCalls()];
        for (int r = 0; r < order.length; r++) order[r] = r;
        Arrays.sort(order, (x, y) -> Integer.compare(votes.year()[x], votes.year()[y]));
        long pairs = (long) n * n;
        int[] offsets = new int[Math.toIntExact(pairs * years)];
        Arrays.fill(offsets, -1);
        int[] table = new int[Math.toIntExact(pairs * 9)];
        int[] packed = new int[1 << 16];
        int used = 0;
        int[] voters = new int[maxVoters(votes)];
        int at = 0;
        while (at < order.length) {
            int year = votes.year()[order[at]];
            Arrays.fill(table, 0);
            for (; at < order.length && votes.year()[order[at]] == year; at++) {
                int r = order[at];
                int k = 0;
                for (int v = votes.start()[r]; v < votes.start()[r + 1]; v++) voters[k++] = dense[v] * 3 + votes.vote()[v];
                // In dense order, so that each unordered pair is met once, as (lower index, higher index).
                Arrays.sort(voters, 0, k);
                for (int i = 0; i < k; i++) {
                    int a = voters[i] / 3, va = voters[i] % 3;
                    int rowBase = a * n;
                    for (int j = i + 1; j < k; j++) {
                        int b = voters[j] / 3;
                        if (b == a) continue; // never in a library (one row per event and actor), but a hand-made input may repeat one
                        table[(rowBase + b) * 9 + va * 3 + voters[j] % 3]++;
                    }
                }
            }
            int y = year - firstYear;
            for (int a = 0; a < n; a++)
                for (int b = a + 1; b < n; b++) {
                    int base = (a * n + b) * 9;
                    int shared = 0;
                    for (int c = 0; c < 9; c++) shared += table[base + c];
                    if (shared == 0) continue;
                    if (used + 9 > packed.length) packed = Arrays.copyOf(packed, packed.length * 2);
                    System.arraycopy(table, base, packed, used, 9);
                    offsets[(a * n + b) * years + y] = used;
                    used += 9;
                }
        }
        return new UnAgreement(index, Arrays.copyOf(actorIds, n), firstYear, years, offsets, Arrays.copyOf(packed, used), votes.fingerprint());
    }

    private static int maxVoters(RollCallVotes votes) {
        int max = 0;
        for (int r = 0; r < votes.rollCalls(); r++) max = Math.max(max, votes.start()[r + 1] - votes.start()[r]);
        return max;
    }

    /** Ids of the actors that cast at least one vote. */
    public long[] actors() { return actors.clone(); }

    /**
     * The pair's years with at least one shared roll call, in order; the counts are given as
     * {@code first}'s vote by {@code second}'s. Years with none are absent: gaps are gaps.
     */
    public List<Year> series(long first, long second) {
        Integer a = index.get(first), b = index.get(second);
        List<Year> out = new ArrayList<>();
        if (a == null || b == null || a.equals(b)) return out;
        boolean swapped = a > b;
        int lo = Math.min(a, b), hi = Math.max(a, b), n = actors.length;
        for (int y = 0; y < years; y++) {
            int offset = offsets[(lo * n + hi) * years + y];
            if (offset < 0) continue;
            int[] t = new int[9];
            for (int x = 0; x < 3; x++)
                for (int z = 0; z < 3; z++) t[x * 3 + z] = swapped ? counts[offset + z * 3 + x] : counts[offset + x * 3 + z];
            int shared = 0;
            for (int c : t) shared += c;
            out.add(new Year(firstYear + y, shared, t[0] + t[4] + t[8], t));
        }
        return out;
    }

    /**
     * The agreement network of one year among {@code actors}: a tie for each pair that voted the same
     * way on at least {@code threshold} of the roll calls both voted on that year, with at least
     * {@link #UNSURE_BELOW} such roll calls (an unsure year makes no tie); its weight is the share.
     *
     * @param day the epoch day the snapshot stands for (the date shown)
     */
    public GraphSnapshot network(Map<Long, org.entente.model.Actor> actors, int year, double threshold, long day) {
        List<Tie> ties = new ArrayList<>();
        int y = year - firstYear;
        List<Long> ids = new ArrayList<>(actors.keySet());
        ids.removeIf(id -> !index.containsKey(id));
        if (y >= 0 && y < years) {
            int n = this.actors.length;
            for (int i = 0; i < ids.size(); i++)
                for (int j = i + 1; j < ids.size(); j++) {
                    int a = index.get(ids.get(i)), b = index.get(ids.get(j));
                    int offset = offsets[(Math.min(a, b) * n + Math.max(a, b)) * years + y];
                    if (offset < 0) continue;
                    int shared = 0;
                    for (int c = 0; c < 9; c++) shared += counts[offset + c];
                    if (shared < UNSURE_BELOW) continue;
                    double share = (double) (counts[offset] + counts[offset + 4] + counts[offset + 8]) / shared;
                    if (share >= threshold) ties.add(new Tie(ids.get(i), ids.get(j), TieKind.UN_AGREEMENT, null, share, null));
                }
        }
        return new GraphSnapshot(day, TieKind.UN_AGREEMENT, actors, ties);
    }

    /** Number of pair-years with at least one shared roll call. */
    public int pairYears() { return counts.length / 9; }
}
