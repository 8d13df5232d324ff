package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.entente.ui.common.AppContext;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.timeline.TimelineAppView;

/**
 * Frames during a story's slide transitions in the real main window at 1920×1080 on a synthetic
 * library (Monocle headless, Prism's software pipeline): for each pulse while a transition runs,
 * the JavaFX thread's CPU time since the previous pulse (what the frame cost that thread, whoever
 * else wants the machine's cores) and the wall-clock time between pulses. Two kinds of transition,
 * each played back and forth: the timeline gliding between two ranges (with the window reads
 * that follow), and the network moving between two dates. Usage:
 * {@code java -cp <test classpath> org.entente.bench.SlideTransitionFrames 100000}
 */
public final class SlideTransitionFrames {
    private SlideTransitionFrames() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path source = BenchLibraries.synthetic(events);
        Path copy = Files.createTempDirectory("slides").resolve("lib.entente");
        Files.copy(source, copy);

        HeadlessWindow app = HeadlessWindow.open(copy, 1920, 1080);
        MainWindow window = app.window;
        AppContext context = app.context;

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<long[]> pulses = new ArrayList<>(); // {nanoTime, FX thread CPU}
        boolean[] recording = {false};
        fx(() -> {
            window.root().getScene().addPreLayoutPulseListener(() -> {
                if (recording[0]) pulses.add(new long[] {System.nanoTime(), mx.getCurrentThreadCpuTime()});
            });
            return null;
        });

        // Two timeline slides: a decade, then two years a decade later.
        TimelineAppView timeline = fx(() -> app.view(TimelineAppView.class));
        Map<String, String> early = fx(() -> {
            window.tabs().getSelectionModel().select(0);
            timeline.timeline().zoomTo(LocalDate.of(1950, 1, 1), LocalDate.of(1960, 1, 1));
            return window.captureState();
        });
        app.waitIdle();
        Map<String, String> late = fx(() -> {
            timeline.timeline().zoomTo(LocalDate.of(1975, 1, 1), LocalDate.of(1977, 1, 1));
            return window.captureState();
        });
        app.waitIdle();
        NetworkAppView network = fx(() -> app.view(NetworkAppView.class));
        Map<String, String> netA = fx(() -> {
            window.tabs().getSelectionModel().select(2);
            network.viewModel().date().set(LocalDate.of(1960, 1, 1));
            return window.captureState();
        });
        app.waitIdle();
        Map<String, String> netB = fx(() -> {
            network.viewModel().date().set(LocalDate.of(1990, 1, 1));
            return window.captureState();
        });
        app.waitIdle();

        System.out.printf(Locale.ROOT, "%,d events, 1920x1080, %d transitions each way%n", events, rounds);
        for (String kind : List.of("timeline", "network")) {
            Map<String, String> a = kind.equals("timeline") ? early : netA, b = kind.equals("timeline") ? late : netB;
            List<Double> cpu = new ArrayList<>(), wall = new ArrayList<>();
            for (int round = 0; round < 2 * rounds + 2; round++) {
                Map<String, String> target = round % 2 == 0 ? a : b;
                pulses.clear();
                recording[0] = true;
                fx(() -> {
                    window.restoreState(target);
                    return null;
                });
                Thread.sleep(700); // the glide (450 ms) and the reads that follow it
                app.waitIdle();
                recording[0] = false;
                if (round < 2) continue; // warm-up: the first pair of transitions
                List<long[]> p = fx(() -> new ArrayList<>(pulses));
                for (int i = 1; i < p.size(); i++) {
                    double c = (p.get(i)[1] - p.get(i - 1)[1]) / 1e6;
                    if (c > 16 && Boolean.getBoolean("slides.verbose"))
                        System.out.printf(Locale.ROOT, "  slow frame: %.1f ms CPU, pulse %d of %d, %.0f ms after the first, ended %s%n", c, i, p.size(),
                                (p.get(i)[0] - p.get(0)[0]) / 1e6, java.time.LocalTime.now().minusNanos(System.nanoTime() - p.get(i)[0]));
                    cpu.add(c);
                    wall.add((p.get(i)[0] - p.get(i - 1)[0]) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%-8s frames %4d | FX-thread CPU per frame ms: median %.1f, p99 %.1f, max %.1f, over 16 ms: %d"
                            + " | wall between pulses ms: median %.1f, max %.1f%n",
                    kind, cpu.size(), pct(cpu, 50), pct(cpu, 99), pct(cpu, 100), cpu.stream().filter(x -> x > 16).count(),
                    pct(wall, 50), pct(wall, 100));
        }
        app.exit();
    }

    private static double pct(List<Double> xs, int p) {
        if (xs.isEmpty()) return Double.NaN;
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * a.length) - 1)];
    }

    private static <T> T fx(Supplier<T> work) throws Exception { return HeadlessWindow.fx(work); }
}
