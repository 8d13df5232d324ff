package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CPU time of the benchmark thread per operation, next to JMH's wall-clock score. The machine
 * these figures come from is a 2-core VM shared by several builds (load average 15–20), so wall
 * time there is mostly waiting for a core; thread CPU time (which includes SQLite's native work,
 * done on the same thread) says what an operation costs on an idle machine.
 */
final class CpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private final List<Double> perIteration = new ArrayList<>();
    private long nanos, ops;

    long start() { return MX.getCurrentThreadCpuTime(); }

    void stop(long start) {
        nanos += MX.getCurrentThreadCpuTime() - start;
        ops++;
    }

    /** Adds CPU time measured elsewhere (a child process) for one operation. */
    void add(long cpuNanos) {
        nanos += cpuNanos;
        ops++;
    }

    /** Call at the end of every iteration (warm-up ones included). */
    void endIteration() {
        if (ops > 0) perIteration.add(nanos / 1e6 / ops);
        nanos = ops = 0;
    }

    /** Prints per-iteration CPU ms/op; the last ones are the measured iterations. */
    void print(String label) {
        if (perIteration.isEmpty()) return;
        System.out.printf(Locale.ROOT, "%n[cpu %s: %s ms/op by iteration]%n", label,
                perIteration.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(", ")));
    }
}
