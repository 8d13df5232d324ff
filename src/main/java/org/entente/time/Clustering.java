package org.entente.time;

/**
 * Level of detail for one lane: places the visible items in rows so that no two bars, markers or
 * labels overlap, and gathers what does not fit into clusters ("+N" chips) that open as one
 * zooms in.
 *
 * <p>Important items (importance 4–5) are placed first, so a dense month never hides its key
 * event behind a chip. Both passes walk the lane in start order once; when every row is blocked,
 * a binary search skips straight to the first item that could fit, adding the skipped ones to a
 * cluster in O(1). So a frame costs O(log n + visible rows × width) rather than O(n), and the
 * number of placed items and chips is bounded by the width in pixels, even with a million items in
 * view.
 */
public final class Clustering {

    /**
     * Sizes in pixels.
     *
     * @param maxRows      rows of items a lane may use
     * @param charWidth    average width of one label character
     * @param labelMax     longest label drawn (longer titles are cut with an ellipsis)
     * @param gap          space kept between neighbours in a row
     * @param clusterGap   chips closer than this merge
     * @param chipMinWidth narrowest chip
     * @param chipMaxSpan  widest stretch of time, in pixels, that one chip gathers
     * @param digitWidth   width of one digit of a chip's count
     * @param markerSize   marker size of an importance-3 item
     * @param minLabelBar  a bar at least this much wider than its label shows the label inside
     */
    public record Params(int maxRows, double charWidth, double labelMax, double gap, double clusterGap,
                         double chipMinWidth, double chipMaxSpan, double digitWidth, double markerSize, double minLabelBar) {
        public static Params defaults() { return new Params(5, 6.8, 240, 8, 4, 30, 60, 7, 10, 12); }

        public Params withMaxRows(int rows) {
            return new Params(rows, charWidth, labelMax, gap, clusterGap, chipMinWidth, chipMaxSpan, digitWidth, markerSize, minLabelBar);
        }

        public Params withCharWidth(double w) {
            return new Params(maxRows, w, labelMax, gap, clusterGap, chipMinWidth, chipMaxSpan, digitWidth, markerSize, minLabelBar);
        }
    }

    /** Importance from which an item is placed in the first pass. */
    public static final int IMPORTANT = 4;

    // per-row state, reused
    private double[] rowRight = new double[8];
    private double[][] firstPassLeft = new double[8][];
    private double[][] firstPassRight = new double[8][];
    private int[] firstPassCount = new int[8];
    private int[] pointer = new int[8];
    private int[] placedPositions = new int[64];
    private int placedCount;

    /** Marker size for an importance 1–5: from 70 % to 130 % of the base size. */
    public static double markerSize(double base, int importance) {
        return base * (0.55 + 0.15 * importance);
    }

    /** Lays out the lane's items visible in {@code scale} into {@code out}. */
    public void layout(SortedLane lane, TimeScale scale, Params p, LaneLayout out) {
        out.reset();
        int n = lane.size();
        if (n == 0) return;
        int rows = Math.max(1, p.maxRows());
        ensureRows(rows);
        double visStart = scale.startDay(), visEnd = scale.endDay();
        int lo = lane.firstEndingAfter(visStart);
        int hi = lane.firstStartingAfter(visEnd);
        if (lo >= hi) return;
        double left = scale.left();
        double maxMarker = markerSize(p.markerSize(), 5);
        // narrowest room worth trying: a marker and a few letters
        double minUseful = maxMarker + p.gap() + 4 * p.charWidth();
        placedCount = 0;

        // pass 1: important items, greedy by start in the first free row
        for (int r = 0; r < rows; r++) {
            rowRight[r] = Double.NEGATIVE_INFINITY;
            firstPassCount[r] = 0;
            pointer[r] = 0;
        }
        double firstFree = Double.NEGATIVE_INFINITY; // min over rows of rowRight + gap
        for (int i = lo; i < hi; i++) {
            if (lane.importance[i] < IMPORTANT || lane.end[i] <= visStart) continue;
            double x0 = scale.dayToX(lane.start[i]);
            if (x0 >= left && x0 < firstFree) {
                // every row is taken up to firstFree: jump to the first item starting there
                i = lane.firstStartingAtOrAfter(scale.xToDay(firstFree), i + 1, hi) - 1;
                continue;
            }
            int k = out.addItem(i);
            geometry(lane, i, scale, p, out, k);
            double eL = extentLeft(out, k), eR = extentRight(out, k);
            int r = 0;
            while (r < rows && rowRight[r] + p.gap() > eL) r++;
            if (r == rows) {
                out.count--; // does not fit: it gets a second chance in pass 2
                continue;
            }
            out.row[k] = r;
            rowRight[r] = eR;
            addFirstPass(r, eL, eR);
            addPlaced(i);
            out.rows = Math.max(out.rows, r + 1);
            firstFree = Double.POSITIVE_INFINITY;
            for (int q = 0; q < rows; q++) firstFree = Math.min(firstFree, rowRight[q] + p.gap());
        }

        // pass 2: the rest in start order, avoiding pass-1 intervals; what fits nowhere is clustered
        for (int r = 0; r < rows; r++) rowRight[r] = Double.NEGATIVE_INFINITY;
        int open = -1;
        int cursor = 0; // into placedPositions
        int i = lo;
        while (i < hi) {
            while (cursor < placedCount && placedPositions[cursor] < i) cursor++;
            if (cursor < placedCount && placedPositions[cursor] == i) {
                out.visibleCount++;
                i++;
                continue;
            }
            if (lane.end[i] <= visStart) {
                i++;
                continue;
            }
            double x0 = scale.dayToX(lane.start[i]);
            // every item starting left of `blocked` is blocked in every row (its left edge is at or before its start)
            double blocked = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                int c = firstPassCount[r];
                double[] fl = firstPassLeft[r], fr = firstPassRight[r];
                while (pointer[r] < c && fr[pointer[r]] + p.gap() < x0 - maxMarker) pointer[r]++;
                double b = Math.max(x0, rowRight[r] + p.gap());
                // a pass-1 interval covering b, or leaving less than a useful gap before it, blocks the row up to its end
                for (int q = pointer[r]; q < c && fl[q] < b + minUseful; q++) {
                    if (fr[q] + p.gap() > b) b = fr[q] + p.gap();
                }
                if (b < blocked) blocked = b;
            }
            if (x0 >= left && x0 < blocked) {
                // no row can take anything starting before `blocked`: cluster the whole run at once
                int j = lane.firstStartingAtOrAfter(scale.xToDay(blocked), i + 1, hi);
                open = addToCluster(lane, scale, p, out, open, i, j);
                i = j;
                continue;
            }
            int k = out.addItem(i);
            geometry(lane, i, scale, p, out, k);
            double eL = extentLeft(out, k), eR = extentRight(out, k);
            int chosen = -1;
            for (int r = 0; r < rows && chosen < 0; r++) {
                if (rowRight[r] + p.gap() > eL) continue;
                if (collidesFirstPass(r, eL, eR, p.gap(), out.labelMode[k] == LaneLayout.LABEL_BEFORE)) continue;
                chosen = r;
            }
            if (chosen < 0) {
                out.count--;
                open = addToCluster(lane, scale, p, out, open, i, i + 1);
            } else {
                out.row[k] = chosen;
                rowRight[chosen] = eR;
                out.rows = Math.max(out.rows, chosen + 1);
                out.visibleCount++;
            }
            i++;
        }
    }

    /**
     * Adds positions [from, to), except pass-1 placed ones, to clusters: the open one while it is
     * narrower than {@link Params#chipMaxSpan()}, then new ones, so each chip stands for a short,
     * zoomable stretch of time. Returns the open cluster.
     */
    private int addToCluster(SortedLane lane, TimeScale scale, Params p, LaneLayout out, int open, int from, int to) {
        while (from < to) {
            double xFirst = Math.max(scale.left(), scale.dayToX(lane.start[from]));
            boolean join = open >= 0 && xFirst <= out.clusterRight[open] + p.clusterGap()
                    && xFirst <= out.clusterLeft[open] + p.chipMaxSpan();
            int c = join ? open : -1;
            double chipLeft = join ? out.clusterLeft[open] : xFirst;
            // the part of the run that still fits this chip's span
            int end = to;
            if (to - from > 1) {
                double limitDay = scale.xToDay(chipLeft + p.chipMaxSpan());
                end = Math.max(from + 1, lane.firstStartingAtOrAfter(limitDay, from, to));
            }
            int alreadyPlaced = countPlaced(from, end);
            int members = end - from - alreadyPlaced;
            out.visibleCount += alreadyPlaced;
            if (members > 0) {
                if (c < 0) {
                    c = out.addCluster();
                    out.clusterLeft[c] = xFirst;
                    out.clusterCount[c] = 0;
                    out.clusterFirstStart[c] = lane.start[from];
                    out.clusterFirstPos[c] = from;
                }
                out.clusterCount[c] += members;
                out.clusterLastStart[c] = lane.start[end - 1];
                out.clusterLastPos[c] = end - 1;
                double xLast = Math.max(scale.left(), scale.dayToX(lane.start[end - 1]));
                out.clusterRight[c] = Math.max(xLast, out.clusterLeft[c] + chipWidth(p, out.clusterCount[c]));
                out.visibleCount += members;
                open = c;
            }
            from = end;
        }
        return open;
    }

    /** Pass-1 placed positions in [from, to): binary search over the sorted list. */
    private int countPlaced(int from, int to) {
        return lowerBound(placedPositions, placedCount, to) - lowerBound(placedPositions, placedCount, from);
    }

    private static int lowerBound(int[] a, int n, int v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void addPlaced(int position) {
        if (placedCount == placedPositions.length) placedPositions = java.util.Arrays.copyOf(placedPositions, placedCount * 2 + 16);
        placedPositions[placedCount++] = position;
    }

    /** Whether lane position {@code p} was placed in this frame's first pass (for tests and hit testing). */
    boolean placedInFirstPass(int position) {
        int k = lowerBound(placedPositions, placedCount, position);
        return k < placedCount && placedPositions[k] == position;
    }

    /** Width of a chip showing "+count". */
    public static double chipWidth(Params p, int count) {
        int digits = count < 10 ? 1 : count < 100 ? 2 : count < 1000 ? 3 : count < 10_000 ? 4 : count < 100_000 ? 5 : count < 1_000_000 ? 6 : 7;
        return Math.max(p.chipMinWidth(), (digits + 1) * p.digitWidth() + 14);
    }

    /** Fills the pixel geometry of the item at lane position i into slot k. */
    static void geometry(SortedLane lane, int i, TimeScale scale, Params p, LaneLayout out, int k) {
        double x0 = scale.dayToX(lane.start[i]);
        double x1 = scale.dayToX(lane.end[i]);
        double m = markerSize(p.markerSize(), lane.importance[i]);
        // the most important labels are drawn bold, a tenth wider
        double charW = lane.importance[i] >= 5 ? p.charWidth() * 1.1 : p.charWidth();
        double labelW = Math.min(p.labelMax(), lane.labelUnits[i] * charW);
        out.x0[k] = x0;
        out.x1[k] = x1;
        out.size[k] = m;
        out.labelWidth[k] = labelW;
        boolean point = lane.has(i, SortedLane.INSTANT) || x1 - x0 < m;
        out.point[k] = point;
        if (point) {
            double cx = (x0 + x1) / 2;
            out.labelX[k] = cx + m / 2 + 4;
            out.labelMode[k] = LaneLayout.LABEL_AFTER;
            if (out.labelX[k] + labelW > scale.right() && cx - m / 2 - 4 - labelW >= scale.left()) {
                // near the right edge the label goes to the left of its marker, so it is not cut off
                out.labelX[k] = cx - m / 2 - 4 - labelW;
                out.labelMode[k] = LaneLayout.LABEL_BEFORE;
            }
        } else {
            double visibleLeft = Math.max(x0, scale.left());
            double visibleRight = Math.min(x1, scale.right());
            if (visibleRight - visibleLeft >= labelW + p.minLabelBar() || x1 + 4 + labelW > scale.right()) {
                out.labelX[k] = visibleLeft + 6;
                out.labelMode[k] = LaneLayout.LABEL_INSIDE;
                out.labelWidth[k] = Math.min(labelW, Math.max(0, visibleRight - visibleLeft - 10));
            } else {
                out.labelX[k] = x1 + 4;
                out.labelMode[k] = LaneLayout.LABEL_AFTER;
            }
        }
    }

    static double extentLeft(LaneLayout out, int k) {
        if (out.labelMode[k] == LaneLayout.LABEL_BEFORE) return out.labelX[k];
        return out.point[k] ? (out.x0[k] + out.x1[k]) / 2 - out.size[k] / 2 : out.x0[k];
    }

    static double extentRight(LaneLayout out, int k) {
        double r = out.point[k] ? (out.x0[k] + out.x1[k]) / 2 + out.size[k] / 2 : out.x1[k];
        if (out.labelMode[k] == LaneLayout.LABEL_AFTER) r = Math.max(r, out.labelX[k] + out.labelWidth[k]);
        return r;
    }

    private boolean collidesFirstPass(int r, double eL, double eR, double gap, boolean reachesLeft) {
        int c = firstPassCount[r];
        double[] fl = firstPassLeft[r], fr = firstPassRight[r];
        // a label placed before its marker may reach intervals the pointer has passed: search from the start
        for (int q = reachesLeft ? 0 : pointer[r]; q < c && fl[q] < eR + gap; q++) {
            if (fr[q] + gap > eL) return true;
        }
        return false;
    }

    private void addFirstPass(int r, double eL, double eR) {
        int c = firstPassCount[r];
        if (firstPassLeft[r] == null) {
            firstPassLeft[r] = new double[16];
            firstPassRight[r] = new double[16];
        } else if (c == firstPassLeft[r].length) {
            firstPassLeft[r] = java.util.Arrays.copyOf(firstPassLeft[r], c * 2);
            firstPassRight[r] = java.util.Arrays.copyOf(firstPassRight[r], c * 2);
        }
        firstPassLeft[r][c] = eL;
        firstPassRight[r][c] = eR;
        firstPassCount[r] = c + 1;
    }

    private void ensureRows(int rows) {
        if (rowRight.length < rows) {
            rowRight = new double[rows];
            firstPassLeft = java.util.Arrays.copyOf(firstPassLeft, rows);
            firstPassRight = java.util.Arrays.copyOf(firstPassRight, rows);
            firstPassCount = new int[rows];
            pointer = new int[rows];
        }
    }

    /**
     * Items starting in each of {@code buckets} equal pixel columns of the visible span (for a
     * collapsed lane's density strip): O(buckets × log n).
     */
    public static void density(SortedLane lane, TimeScale scale, int[] counts, int buckets) {
        double w = scale.width() / buckets;
        int prev = lane.firstStartingAtOrAfter(scale.startDay());
        for (int b = 0; b < buckets; b++) {
            int next = lane.firstStartingAtOrAfter(scale.xToDay(scale.left() + (b + 1) * w));
            counts[b] = next - prev;
            prev = next;
        }
    }
}
