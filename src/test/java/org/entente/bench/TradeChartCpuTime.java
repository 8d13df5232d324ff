package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Thread CPU time per call of {@link TradeChartBench}'s three methods (the PNG export, a switch of
 * view, a switch of pairs) on the benchmark's own data, without JMH: on a machine shared with other
 * builds the CPU clock is the fairer figure. Prints rounds 3–10 of 30 calls each.
 * Usage: {@code java -cp <test classpath> org.entente.bench.TradeChartCpuTime [true|false]} (log scale).
 */
public final class TradeChartCpuTime {
    public static void main(String[] args) {
        boolean logScale = args.length > 0 && Boolean.parseBoolean(args[0]);
        measure("renderPng1600x900", logScale, b -> b::renderPng1600x900);
        measure("switchView", logScale, b -> b::switchView);
        measure("switchPairs", logScale, b -> b::switchPairs);
    }

    private static void measure(String name, boolean logScale, java.util.function.Function<TradeChartBench, Supplier<Object>> method) {
        TradeChartBench bench = new TradeChartBench();
        bench.logScale = logScale;
        bench.setUp();
        Supplier<Object> call = method.apply(bench);
        var mx = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder(name + " (log scale " + logScale + "), CPU ms per call:");
        int sink = 0;
        for (int round = 0; round < 10; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 30; i++) sink += call.get().hashCode() & 1;
            if (round >= 2) out.append(String.format(Locale.ROOT, " %.1f", (mx.getCurrentThreadCpuTime() - c0) / 1e6 / 30));
        }
        System.out.println(out + " (" + sink + ")");
    }
}
