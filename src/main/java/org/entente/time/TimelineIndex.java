package org.entente.time;

import java.util.Arrays;

/**
 * All items of a timeline, split into lanes and sorted by start: built once when the items
 * change (O(n log n)), then every frame works on primitive arrays.
 *
 * <p>Built through a {@link Builder}, which receives the items' fields as primitives so that this
 * class needs no item type.
 */
public final class TimelineIndex {
    private final SortedLane[] lanes;
    /** Item index → lane, and → position within its lane (-1 when in no lane). */
    private final int[] laneOf;
    private final int[] positionOf;
    private final int itemCount;

    private TimelineIndex(SortedLane[] lanes, int[] laneOf, int[] positionOf) {
        this.lanes = lanes;
        this.laneOf = laneOf;
        this.positionOf = positionOf;
        this.itemCount = laneOf.length;
    }

    public int laneCount() { return lanes.length; }

    public SortedLane lane(int i) { return lanes[i]; }

    public int itemCount() { return itemCount; }

    /** Lane of item {@code index} (-1 if it belongs to no lane). */
    public int laneOf(int index) { return laneOf[index]; }

    /** Position of item {@code index} in its lane (-1 if none). */
    public int positionOf(int index) { return positionOf[index]; }

    /** Earliest start and latest end over all items, or null when empty. */
    public double[] extent() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (SortedLane l : lanes) {
            if (l.size() == 0) continue;
            lo = Math.min(lo, l.start[0]);
            hi = Math.max(hi, l.prefixMaxEnd[l.size() - 1]);
        }
        return lo <= hi ? new double[] {lo, hi} : null;
    }

    public static Builder builder(int itemCount, int laneCount) { return new Builder(itemCount, laneCount); }

    /** Collects the items' fields, then sorts each lane by start. */
    public static final class Builder {
        private final int n;
        private final int laneCount;
        private final int[] lane;
        private final double[] start;
        private final double[] end;
        private final int[] units;
        private final byte[] importance;
        private final byte[] flags;

        Builder(int n, int laneCount) {
            this.n = n;
            this.laneCount = laneCount;
            lane = new int[n];
            start = new double[n];
            end = new double[n];
            units = new int[n];
            importance = new byte[n];
            flags = new byte[n];
        }

        /**
         * Item {@code i}: in lane {@code laneIndex} (-1 for none), from {@code startDay} to the exclusive
         * {@code endDay} (for an ongoing item pass today's end), label length in character widths.
         */
        public Builder set(int i, int laneIndex, double startDay, double endDay, int labelUnits, int importance1to5, int flagBits) {
            lane[i] = laneIndex;
            start[i] = startDay;
            end[i] = Math.max(endDay, startDay + 1e-9);
            units[i] = labelUnits;
            importance[i] = (byte) Math.max(1, Math.min(5, importance1to5));
            flags[i] = (byte) flagBits;
            return this;
        }

        public TimelineIndex build() {
            int[] counts = new int[laneCount];
            for (int i = 0; i < n; i++) if (lane[i] >= 0 && lane[i] < laneCount) counts[lane[i]]++;
            int[][] members = new int[laneCount][];
            for (int l = 0; l < laneCount; l++) members[l] = new int[counts[l]];
            int[] fill = new int[laneCount];
            for (int i = 0; i < n; i++) {
                int l = lane[i];
                if (l >= 0 && l < laneCount) members[l][fill[l]++] = i;
            }
            SortedLane[] lanes = new SortedLane[laneCount];
            int[] laneOf = new int[n];
            int[] positionOf = new int[n];
            Arrays.fill(laneOf, -1);
            Arrays.fill(positionOf, -1);
            for (int l = 0; l < laneCount; l++) {
                int[] order = sortByStart(members[l]);
                SortedLane sl = new SortedLane(order.length);
                for (int p = 0; p < order.length; p++) {
                    int i = order[p];
                    sl.item[p] = i;
                    sl.start[p] = start[i];
                    sl.end[p] = end[i];
                    sl.labelUnits[p] = units[i];
                    sl.importance[p] = importance[i];
                    sl.flags[p] = flags[i];
                    laneOf[i] = l;
                    positionOf[i] = p;
                }
                sl.finish();
                lanes[l] = sl;
            }
            return new TimelineIndex(lanes, laneOf, positionOf);
        }

        /** The members sorted by start, then by index; a packed primitive sort where the values allow it. */
        private int[] sortByStart(int[] members) {
            int m = members.length;
            boolean packable = m < (1 << 21);
            for (int k = 0; k < m && packable; k++) {
                double s = start[members[k]];
                if (s != Math.rint(s) || Math.abs(s) >= (1L << 40)) packable = false;
            }
            if (packable) {
                // 42 bits of offset day, 21 bits of position: one primitive sort, no boxing
                long[] keys = new long[m];
                for (int k = 0; k < m; k++) keys[k] = (((long) start[members[k]] + (1L << 40)) << 21) | k;
                Arrays.sort(keys);
                int[] out = new int[m];
                for (int k = 0; k < m; k++) out[k] = members[(int) (keys[k] & ((1 << 21) - 1))];
                return out;
            }
            Integer[] boxed = new Integer[m];
            for (int k = 0; k < m; k++) boxed[k] = members[k];
            Arrays.sort(boxed, (a, b) -> {
                int c = Double.compare(start[a], start[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            int[] out = new int[m];
            for (int k = 0; k < m; k++) out[k] = boxed[k];
            return out;
        }
    }
}
