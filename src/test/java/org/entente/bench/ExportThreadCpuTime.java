package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.entente.app.ExportFormat;
import org.entente.app.ExportService;
import org.entente.app.ImportProgress;
import org.entente.store.Library;

/**
 * CPU time of each thread of one CSV export ({@code entente export --format csv}'s work, in this
 * process): the export reads the library on one thread and writes the file on another, so on two
 * idle cores its wall time is about that of the busier thread, whatever the machine's load says.
 * A sampler reads every thread's CPU time every 20 ms and keeps the last value (a thread's time
 * after its last sample, under 20 ms, is missed).
 *
 * <p>{@code java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)"
 * org.entente.bench.ExportThreadCpuTime LIBRARY OUT-FOLDER [RUNS]}
 */
public final class ExportThreadCpuTime {
    private ExportThreadCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]), out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Library lib = Library.open(library)) {
            for (int run = 1; run <= runs; run++) {
                Map<Long, Long> cpu = new ConcurrentHashMap<>();
                Map<Long, String> names = new ConcurrentHashMap<>();
                Thread self = Thread.currentThread();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (Thread t : Thread.getAllStackTraces().keySet()) {
                            if (t == Thread.currentThread()) continue;
                            long ns = mx.getThreadCpuTime(t.getId());
                            if (ns > 0) {
                                cpu.merge(t.getId(), ns, Math::max);
                                names.putIfAbsent(t.getId(), t.getName());
                            }
                        }
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "cpu-sampler");
                sampler.setDaemon(true);
                long cpuBefore = mx.getThreadCpuTime(self.getId());
                sampler.start();
                long t0 = System.nanoTime();
                new ExportService(lib).export(ExportFormat.CSV, out, ImportProgress.NONE);
                long wall = System.nanoTime() - t0;
                long mainCpu = mx.getThreadCpuTime(self.getId()) - cpuBefore;
                sampler.interrupt();
                sampler.join();
                long reader = 0;
                for (var e : cpu.entrySet()) if (names.get(e.getKey()).equals("entente-export-reader")) reader += e.getValue();
                System.out.printf(Locale.ROOT, "run %d: wall %.2f s, writing thread (main) %.2f s CPU, reading thread %.2f s CPU%n",
                        run, wall / 1e9, mainCpu / 1e9, reader / 1e9);
            }
        }
    }
}
