package org.entente.time;

import java.util.Arrays;

/**
 * The result of laying out one lane for one frame: items placed in rows with their pixel
 * geometry, and clusters ("+N" chips) for the items too dense to show. A reusable buffer: it grows
 * as needed and is reset, not reallocated, every frame.
 */
public final class LaneLayout {
    /** Label drawn: none, inside the bar, after the marker or bar, before the marker (near the right edge). */
    public static final byte LABEL_NONE = 0, LABEL_INSIDE = 1, LABEL_AFTER = 2, LABEL_BEFORE = 3;

    // placed items
    public int count;
    /** Position of the item in its {@link SortedLane}. */
    public int[] pos = new int[64];
    public int[] row = new int[64];
    /** Pixel x of start and end (end exclusive); unclipped. */
    public double[] x0 = new double[64];
    public double[] x1 = new double[64];
    /** Whether drawn as a marker (a point) rather than a bar. */
    public boolean[] point = new boolean[64];
    /** Marker size in pixels (from importance). */
    public double[] size = new double[64];
    public double[] labelX = new double[64];
    public double[] labelWidth = new double[64];
    public byte[] labelMode = new byte[64];
    /** Rows used by placed items. */
    public int rows;

    // clusters
    public int clusters;
    public double[] clusterLeft = new double[16];
    public double[] clusterRight = new double[16];
    public int[] clusterCount = new int[16];
    public double[] clusterFirstStart = new double[16];
    public double[] clusterLastStart = new double[16];
    /** Position range [first, last] in the lane that the cluster's members fall in (members are not contiguous). */
    public int[] clusterFirstPos = new int[16];
    public int[] clusterLastPos = new int[16];

    /** Items in view (placed plus clustered). */
    public int visibleCount;

    public void reset() {
        count = 0;
        rows = 0;
        clusters = 0;
        visibleCount = 0;
    }

    int addItem(int p) {
        if (count == pos.length) {
            int n = count * 2;
            pos = Arrays.copyOf(pos, n);
            row = Arrays.copyOf(row, n);
            x0 = Arrays.copyOf(x0, n);
            x1 = Arrays.copyOf(x1, n);
            point = Arrays.copyOf(point, n);
            size = Arrays.copyOf(size, n);
            labelX = Arrays.copyOf(labelX, n);
            labelWidth = Arrays.copyOf(labelWidth, n);
            labelMode = Arrays.copyOf(labelMode, n);
        }
        pos[count] = p;
        return count++;
    }

    int addCluster() {
        if (clusters == clusterLeft.length) {
            int n = clusters * 2;
            clusterLeft = Arrays.copyOf(clusterLeft, n);
            clusterRight = Arrays.copyOf(clusterRight, n);
            clusterCount = Arrays.copyOf(clusterCount, n);
            clusterFirstStart = Arrays.copyOf(clusterFirstStart, n);
            clusterLastStart = Arrays.copyOf(clusterLastStart, n);
            clusterFirstPos = Arrays.copyOf(clusterFirstPos, n);
            clusterLastPos = Arrays.copyOf(clusterLastPos, n);
        }
        return clusters++;
    }

    /** Index (in this layout) of the placed item at lane position {@code p}, or -1. */
    public int indexOfPosition(int p) {
        for (int k = 0; k < count; k++) if (pos[k] == p) return k;
        return -1;
    }
}
