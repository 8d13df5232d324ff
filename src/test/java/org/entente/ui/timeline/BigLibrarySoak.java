package org.entente.ui.timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.controls.timeline.TimelineView;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.common.FxTaskExecutor;

/**
 * A manual check, not a unit test: opens a big library in the real main window, shows the
 * Timeline tab at 1600×1000, then zooms from "fit all" down to a month and pans across, waiting
 * for each window to load, and prints the items drawn, the load times, the FX-thread CPU of a frame
 * at each view and the peak heap. Run it
 * with the heap the issue asks for (see docs/bench/timeline-view.md):
 * <pre>java -Xmx512m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.entente.ui.timeline.BigLibrarySoak FILE</pre>
 */
public final class BigLibrarySoak {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<AppContext> context = new AtomicReference<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        long t0 = System.nanoTime();
        fx(() -> {
            EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
            AppContext c = new AppContext(new FxTaskExecutor());
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, c, new AppPreferences(Preferences.userRoot().node("org/entente/soak-" + System.nanoTime())));
            stage.setScene(w.createScene(1600, 1000));
            stage.show();
            w.openLibrary(file, false);
            w.tabs().getSelectionModel().select(w.tabs().getTabs().stream().filter(t -> t.getText().equals("Timeline")).findFirst().orElseThrow());
            context.set(c);
            window.set(w);
        });
        waitIdle(context.get());
        TimelineAppView view = (TimelineAppView) window.get().views().stream().filter(v -> v.title().equals("Timeline")).findFirst().orElseThrow();
        TimelineView tl = view.timeline();
        report("opened", view, tl, t0);
        step("fit all", view, tl, context.get(), () -> tl.zoomTo(view.model().fitAllRange().fromDay(), view.model().fitAllRange().toDay()));
        for (int i = 0; i < 12; i++) step("zoom in ×2", view, tl, context.get(), () -> tl.zoomBy(2, tl.timeAreaLeft() + tl.timeAreaWidth() * 0.8));
        for (int i = 0; i < 10; i++) step("pan", view, tl, context.get(), () -> tl.panBy(tl.timeAreaWidth() * 0.7));
        for (int i = 0; i < 12; i++) step("zoom out ×2", view, tl, context.get(), () -> tl.zoomBy(0.5, tl.timeAreaLeft() + tl.timeAreaWidth() / 2));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        System.out.printf("max heap %d MB, peak heap used (sum of pool peaks) %d MB%n", Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        fx(() -> context.get().library().close());
        Platform.exit();
        System.exit(0);
    }

    private static void step(String what, TimelineAppView view, TimelineView tl, AppContext c, Runnable action) throws Exception {
        long t = System.nanoTime();
        fx(action);
        Thread.sleep((long) TimelineAppView.SETTLE.toMillis() + 50);
        waitIdle(c);
        report(what, view, tl, t);
        frames(tl);
    }

    /**
     * The frame at this view: 60 pan steps of 8 px, each laid out and painted at once, on the FX
     * thread; prints that thread's CPU per frame (mean and worst). What a frame costs depends on the
     * items drawn, which this measures in the real window on the real library.
     */
    private static void frames(TimelineView tl) throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        double[] mean = new double[1], worst = new double[1];
        fx(() -> {
            var skin = (org.entente.controls.timeline.impl.TimelineViewSkin) tl.getSkin();
            long all = 0, max = 0;
            for (int i = 0; i < 60; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                tl.panBy((i / 10) % 2 == 0 ? 8 : -8);
                skin.paintNow();
                long spent = mx.getCurrentThreadCpuTime() - c0;
                all += spent;
                max = Math.max(max, spent);
            }
            mean[0] = all / 60 / 1e6;
            worst[0] = max / 1e6;
        });
        System.out.printf("             frame: %.2f ms mean, %.2f ms worst FX-thread CPU (60 pan steps of 8 px)%n", mean[0], worst[0]);
    }

    private static void report(String what, TimelineAppView view, TimelineView tl, long since) throws Exception {
        String[] line = new String[1];
        fx(() -> {
            double span = tl.getVisibleEnd() - tl.getVisibleStart();
            line[0] = String.format("%-12s span %10.1f days  items %5d  %s", what, span, tl.getItems().size(), view.model().statusProperty().get());
        });
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s  (%.0f ms incl. %d ms settle wait, heap used %d MB)%n", line[0], (System.nanoTime() - since) / 1e6,
                (long) TimelineAppView.SETTLE.toMillis() + 50, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void waitIdle(AppContext c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            boolean[] idle = new boolean[1];
            fx(() -> idle[0] = c.library() != null && c.tasks().idleProperty().get());
            if (idle[0]) return;
            Thread.sleep(20);
        }
        throw new IllegalStateException("still loading after 5 minutes");
    }

    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> error = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                error.set(t);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (error.get() != null) throw new RuntimeException(error.get());
    }
}
