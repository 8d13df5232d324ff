package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;

import org.entente.analysis.SharedEvents;
import org.entente.analysis.Tie;
import org.entente.app.network.NetworkData;
import org.entente.store.Library;

/**
 * The network view's read of a big library (issue #15): {@code NetworkData.read} timed in thread
 * CPU and wall, with what it kept after a GC and a fingerprint of its shared events (for before and
 * after the same). Usage: {@code NetworkReadProbe LIBRARY [ROUNDS]}; run it with {@code -Xmx512m}.
 * It uses only {@code NetworkData.read(Library)}, so the same file compiles on older trees.
 */
public final class NetworkReadProbe {
    private NetworkReadProbe() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        var mx = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Library library = Library.open(file)) {
            for (int round = 1; round <= rounds; round++) {
                long cpu = mx.getCurrentThreadCpuTime(), wall = System.nanoTime();
                NetworkData data = NetworkData.read(library);
                double wallMs = (System.nanoTime() - wall) / 1e6, cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1e6;
                System.gc();
                long kept = memory.getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "round %d: NetworkData.read %.0f ms wall, %.0f ms CPU; heap after GC %d MB; %d pairs, %d actors; fingerprint %016x%n",
                        round, wallMs, cpuMs, kept >> 20, data.shared().pairs().size(), data.shared().actors().size(), fingerprint(data.shared()));
            }
        }
    }

    /** The actors in order, and per pair its events overlapping each year from 1800 to 2100 and in all. */
    static long fingerprint(SharedEvents shared) {
        long h = 17;
        for (long id : shared.actors()) h = h * 31 + id;
        long pairs = 0;
        for (Tie.PairKey pair : shared.pairs()) {
            long p = pair.low() * 1_000_003L + pair.high();
            p = p * 31 + shared.overlapping(pair, Long.MIN_VALUE / 4, Long.MAX_VALUE / 4);
            for (int year = 1800; year <= 2100; year++) {
                long from = java.time.LocalDate.of(year, 1, 1).toEpochDay(), to = java.time.LocalDate.of(year + 1, 1, 1).toEpochDay();
                p = p * 31 + shared.overlapping(pair, from, to);
            }
            pairs += p * 0x9E3779B97F4A7C15L; // order of the pairs does not count
        }
        return h * 31 + pairs;
    }
}
