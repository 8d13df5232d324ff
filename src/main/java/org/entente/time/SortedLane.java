package org.entente.time;

/**
 * One lane's items as primitive arrays sorted by start, so that a frame can find the visible ones
 * by binary search and lay them out without touching the item objects.
 *
 * <p>{@code prefixMaxEnd[i]} is the latest end among positions 0..i; it is non-decreasing, so the
 * first position that can reach into the visible span is found by binary search even when long
 * items start far to the left.
 */
public final class SortedLane {
    /** Position → index of the item in the caller's list. */
    public final int[] item;
    public final double[] start;
    public final double[] end;
    public final double[] prefixMaxEnd;
    /** Estimated label length in character widths (wide scripts count twice). */
    public final int[] labelUnits;
    public final byte[] importance;
    /** Bit 0: instant; bit 1: approximate; bit 2: ongoing; bit 3: annotated. */
    public final byte[] flags;

    public static final int INSTANT = 1, APPROXIMATE = 2, ONGOING = 4, ANNOTATED = 8;

    SortedLane(int size) {
        item = new int[size];
        start = new double[size];
        end = new double[size];
        prefixMaxEnd = new double[size];
        labelUnits = new int[size];
        importance = new byte[size];
        flags = new byte[size];
    }

    public int size() { return item.length; }

    /** First position whose item may end after {@code day} (all earlier ones end at or before it). */
    public int firstEndingAfter(double day) { return firstAbove(prefixMaxEnd, day); }

    /** First position whose start is at or after {@code day}. */
    public int firstStartingAtOrAfter(double day) { return firstStartingAtOrAfter(day, 0, item.length); }

    /** First position in [from, to) whose start is at or after {@code day} (or {@code to}). */
    public int firstStartingAtOrAfter(double day, int from, int to) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] >= day) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** First position whose start is after {@code day}. */
    public int firstStartingAfter(double day) { return firstAbove(start, day); }

    /** Binary search: the first index of {@code ascending} (sorted, one entry a position) whose value is above {@code day}. */
    private static int firstAbove(double[] ascending, double day) {
        int lo = 0, hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] > day) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Number of items starting in [fromDay, toDay). */
    public int countStarting(double fromDay, double toDay) {
        return firstStartingAtOrAfter(toDay) - firstStartingAtOrAfter(fromDay);
    }

    public boolean has(int pos, int flag) { return (flags[pos] & flag) != 0; }

    void finish() {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < end.length; i++) {
            m = Math.max(m, end[i]);
            prefixMaxEnd[i] = m;
        }
    }
}
