package org.entente.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fruchterman–Reingold force-directed layout, run step by step like a Gephi layout
 * ({@link #init}, {@link #step}, {@link #canStep}, {@link #cancel}) so that it can run in a
 * background task, be stopped, and hand out intermediate positions.
 *
 * <p>Stable between dates: when seeded with the previous date's positions, known nodes start where
 * they were and the layout starts cool, so they move only as much as the changed ties pull them; a
 * node new to the drawing starts at the centre of its placed neighbours. Pinned nodes never move.
 * A weak pull to the centre keeps isolated nodes (partners not yet tied on this date) in the frame.
 *
 * <p>Not thread-safe: one thread steps it; {@link #cancel} may be called from any thread.
 */
public final class ForceLayout {
    /** Layout frame: coordinates lie in [-size/2, size/2] on both axes. */
    public static final double FRAME = 1000;
    private static final double GRAVITY = 3.0;
    /** Strength of the spring to a seeded node's previous place, relative to the centre pull. */
    private static final double ANCHOR = 1.5;

    private final int coldIterations;
    private final int warmIterations;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private long[] ids = new long[0];
    private double[] x, y, dx, dy;
    private boolean[] pinned;
    /** Whether the run keeps the centre of the seeded nodes fixed (warm runs without pins): no drift. */
    private boolean anchored;
    private boolean[] seededNode;
    /** Where seeded nodes started: in warm runs a spring holds them near it (the "mental map"). */
    private double[] homeX, homeY;
    private int[] edgeA, edgeB;
    private double[] edgeW;
    private double k, temperature, startTemperature;
    private int iteration, iterations;

    public ForceLayout() { this(300, 80); }

    /**
     * @param coldIterations steps when nothing is seeded (a first layout)
     * @param warmIterations steps when most nodes are seeded from a previous date
     */
    public ForceLayout(int coldIterations, int warmIterations) {
        this.coldIterations = coldIterations;
        this.warmIterations = warmIterations;
    }

    /**
     * Prepares a run.
     *
     * @param snapshot the graph to lay out
     * @param seed     previous positions by actor id (may be empty); pinned nodes must be in it
     * @param pinnedIds nodes that stay where the seed puts them
     */
    public void init(GraphSnapshot snapshot, Map<Long, Point> seed, Set<Long> pinnedIds) {
        cancelled.set(false);
        int n = snapshot.actors().size();
        ids = new long[n];
        x = new double[n];
        y = new double[n];
        dx = new double[n];
        dy = new double[n];
        pinned = new boolean[n];
        Map<Long, Integer> index = new HashMap<>(n * 2);
        int i = 0;
        for (Long id : snapshot.actors().keySet()) {
            ids[i] = id;
            index.put(id, i++);
        }
        List<Tie> ties = snapshot.ties();
        edgeA = new int[ties.size()];
        edgeB = new int[ties.size()];
        edgeW = new double[ties.size()];
        for (int e = 0; e < ties.size(); e++) {
            edgeA[e] = index.get(ties.get(e).low());
            edgeB[e] = index.get(ties.get(e).high());
            edgeW[e] = ties.get(e).weight();
        }
        // Normalise weights so that the strongest tie pulls with factor 1.5 and the weakest ≥ 0.5.
        double maxW = 0;
        for (double w : edgeW) maxW = Math.max(maxW, w);
        for (int e = 0; e < edgeW.length; e++) edgeW[e] = maxW <= 0 ? 1 : 0.5 + edgeW[e] / maxW;

        boolean[] placed = new boolean[n];
        int seeded = 0;
        for (int v = 0; v < n; v++) {
            Point p = seed == null ? null : seed.get(ids[v]);
            if (p != null) {
                x[v] = clamp(p.x());
                y[v] = clamp(p.y());
                placed[v] = true;
                seeded++;
            }
            pinned[v] = p != null && pinnedIds != null && pinnedIds.contains(ids[v]);
        }
        // New nodes: at their placed neighbours' centre (plus a little jitter), else scattered.
        double[] sx = new double[n], sy = new double[n];
        int[] cnt = new int[n];
        for (int e = 0; e < edgeA.length; e++) {
            int a = edgeA[e], b = edgeB[e];
            if (placed[a] && !placed[b]) { sx[b] += x[a]; sy[b] += y[a]; cnt[b]++; }
            if (placed[b] && !placed[a]) { sx[a] += x[b]; sy[a] += y[b]; cnt[a]++; }
        }
        for (int v = 0; v < n; v++) {
            if (placed[v]) continue;
            SplittableRandom r = new SplittableRandom(ids[v] * 0x9E3779B97F4A7C15L + 17);
            if (cnt[v] > 0) {
                x[v] = clamp(sx[v] / cnt[v] + (r.nextDouble() - 0.5) * FRAME * 0.1);
                y[v] = clamp(sy[v] / cnt[v] + (r.nextDouble() - 0.5) * FRAME * 0.1);
            } else {
                x[v] = (r.nextDouble() - 0.5) * FRAME * 0.9;
                y[v] = (r.nextDouble() - 0.5) * FRAME * 0.9;
            }
        }
        k = 0.75 * Math.sqrt(FRAME * FRAME / Math.max(n, 1));
        boolean warm = n > 0 && seeded >= n / 2;
        seededNode = placed.clone();
        homeX = x.clone();
        homeY = y.clone();
        boolean anyPinned = false;
        for (boolean p : pinned) anyPinned |= p;
        anchored = warm && !anyPinned;
        iterations = warm ? warmIterations : coldIterations;
        startTemperature = warm ? FRAME / 200 : FRAME / 8;
        temperature = startTemperature;
        iteration = 0;
    }

    public boolean canStep() { return !cancelled.get() && iteration < iterations && ids.length > 1; }

    /** Stops the run; positions stay as the last step left them. Safe from any thread. */
    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    /** One iteration: repulsion between all pairs, attraction along ties, a pull to the centre, capped by the temperature. */
    public void step() {
        int n = ids.length;
        java.util.Arrays.fill(dx, 0);
        java.util.Arrays.fill(dy, 0);
        double k2 = k * k;
        for (int v = 0; v < n; v++) {
            double xv = x[v], yv = y[v];
            for (int u = v + 1; u < n; u++) {
                double ddx = xv - x[u], ddy = yv - y[u];
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < 1e-4) {
                    // Coincident nodes: push apart along a direction fixed by their indices.
                    ddx = 0.01 * ((v * 31 + u) % 7 - 3 + 0.5);
                    ddy = 0.01 * ((u * 17 + v) % 5 - 2 + 0.5);
                    d2 = ddx * ddx + ddy * ddy;
                }
                double f = k2 / d2; // (k²/d) along the unit vector = k²/d² times the vector
                double fx = ddx * f, fy = ddy * f;
                dx[v] += fx;
                dy[v] += fy;
                dx[u] -= fx;
                dy[u] -= fy;
            }
        }
        for (int e = 0; e < edgeA.length; e++) {
            int a = edgeA[e], b = edgeB[e];
            double ddx = x[a] - x[b], ddy = y[a] - y[b];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d / k * edgeW[e]; // (d²/k) along the unit vector
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        // Pull to the centre, linear in the distance: with k² = 0.56·FRAME²/n, a lone node settles
        // where n·k²/d = GRAVITY·d, about 0.43·FRAME from the centre, whatever n; so nothing presses
        // against the frame's edge (where it would slide along it from step to step).
        final double gravity = GRAVITY;
        double driftX = 0, driftY = 0;
        int seededCount = 0;
        for (int v = 0; v < n; v++) {
            if (pinned[v]) continue;
            double gx = dx[v] - gravity * x[v], gy = dy[v] - gravity * y[v];
            if (anchored && seededNode[v]) {
                gx += ANCHOR * (homeX[v] - x[v]);
                gy += ANCHOR * (homeY[v] - y[v]);
            }
            double len = Math.sqrt(gx * gx + gy * gy);
            if (len > 0) {
                double move = Math.min(len, temperature);
                double mx = gx / len * move, my = gy / len * move;
                dx[v] = mx;
                dy[v] = my;
                if (seededNode[v]) {
                    driftX += mx;
                    driftY += my;
                    seededCount++;
                }
            } else {
                dx[v] = dy[v] = 0;
            }
        }
        // A warm run should reshape, not slide the whole drawing: cancel the seeded nodes' mean move.
        if (anchored && seededCount > 0) {
            driftX /= seededCount;
            driftY /= seededCount;
        } else {
            driftX = driftY = 0;
        }
        for (int v = 0; v < n; v++) {
            if (pinned[v]) continue;
            x[v] = clamp(x[v] + dx[v] - driftX);
            y[v] = clamp(y[v] + dy[v] - driftY);
        }
        iteration++;
        temperature = startTemperature * (1 - (double) iteration / iterations) + 0.5;
    }

    /** Runs the remaining steps (or until cancelled) and returns the positions. */
    public Map<Long, Point> run() {
        while (canStep()) step();
        return positions();
    }

    /** Lays out {@code snapshot} in one call. */
    public static Map<Long, Point> layout(GraphSnapshot snapshot, Map<Long, Point> seed, Set<Long> pinned) {
        ForceLayout l = new ForceLayout();
        l.init(snapshot, seed, pinned);
        return l.run();
    }

    public int iteration() { return iteration; }

    public int iterations() { return iterations; }

    /** Current positions by actor id. */
    public Map<Long, Point> positions() {
        Map<Long, Point> out = new LinkedHashMap<>(ids.length * 2);
        for (int v = 0; v < ids.length; v++) out.put(ids[v], new Point(x[v], y[v]));
        return out;
    }

    private static double clamp(double v) { return Math.max(-FRAME / 2, Math.min(FRAME / 2, v)); }
}
