package org.entente.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.entente.controls.timeline.SampleTimeline;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineView;
import org.entente.controls.timeline.impl.TimelineViewSkin;

/**
 * The thread CPU time of timeline frames (layout + drawing commands), the same scenarios as
 * {@link TimelineControlBench}. On a machine shared with other builds, JMH's wall-clock figures
 * include the time the thread waits for a core; CPU time does not. Each round also gives the bytes
 * the thread allocates per frame, which do not move with the load at all (what bisected issue #14's
 * slower frames, BENCHMARKS.md). Usage, the rounds 4 unless given:
 * {@code java -cp <test classpath> org.entente.bench.TimelineFrameCpuTime 1000000 [rounds]}
 */
public final class TimelineFrameCpuTime {
    private TimelineFrameCpuTime() {}

    /**
     * Starts JavaFX headless (software rendering) and shows a 1600×900 view of {@code n} synthetic
     * items in 8 lanes over 100 years, all in view, its index built and one frame painted.
     */
    static TimelineView syntheticView(int n) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<TimelineItem> data = SampleTimeline.synthetic(n, 8, 100, 42);
        FutureTask<TimelineView> setUp = new FutureTask<>(() -> {
            TimelineView v = new TimelineView();
            v.getItems().setAll(data);
            v.getLanes().setAll(SampleTimeline.syntheticLanes(8));
            StackPane root = new StackPane(v);
            new Scene(root, 1600, 900);
            root.resize(1600, 900);
            root.applyCss();
            root.layout();
            ((TimelineViewSkin) v.getSkin()).buildIndexNow();
            v.fitAll();
            ((TimelineViewSkin) v.getSkin()).paintNow();
            return v;
        });
        Platform.runLater(setUp);
        return setUp.get();
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        TimelineView view = syntheticView(n);
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double fitStart = view.getVisibleStart(), fitEnd = view.getVisibleEnd();
        int frames = 200;
        for (int round = 0; round < rounds; round++) {
            // all in view
            long c0 = mx.getCurrentThreadCpuTime(), a0 = mx.getThreadAllocatedBytes(thread);
            for (int i = 0; i < frames; i++) {
                view.zoomTo(fitStart + (i % 2), fitEnd + (i % 2));
                skin.paintNow();
            }
            double full = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / frames;
            double fullKib = (mx.getThreadAllocatedBytes(thread) - a0) / 1024.0 / frames;
            // pan steps of 8 px at a decade's zoom
            double mid = (fitStart + fitEnd) / 2;
            view.zoomTo(mid - 1826, mid + 1826);
            skin.paintNow();
            c0 = mx.getCurrentThreadCpuTime();
            a0 = mx.getThreadAllocatedBytes(thread);
            for (int i = 0; i < frames; i++) {
                view.panBy((i / 50) % 2 == 0 ? 8 : -8);
                skin.paintNow();
            }
            double pan = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / frames;
            double panKib = (mx.getThreadAllocatedBytes(thread) - a0) / 1024.0 / frames;
            // ten zoom levels, each 2.5x, the slowest step of each level averaged over repeats
            double worst = 0, worstKib = 0;
            for (int depth = 0; depth < 10; depth++) {
                double span = (fitEnd - fitStart) / Math.pow(2.5, depth);
                double centre = fitStart + (fitEnd - fitStart) * 0.613;
                long z0 = mx.getCurrentThreadCpuTime();
                a0 = mx.getThreadAllocatedBytes(thread);
                for (int i = 0; i < 20; i++) {
                    view.zoomTo(centre - span / 2 + i, centre + span / 2 + i);
                    skin.paintNow();
                }
                worst = Math.max(worst, (mx.getCurrentThreadCpuTime() - z0) / 1e6 / 20);
                worstKib = Math.max(worstKib, (mx.getThreadAllocatedBytes(thread) - a0) / 1024.0 / 20);
            }
            System.out.printf("items=%d  full frame %.2f ms  pan step %.2f ms  slowest zoom level %.2f ms (thread CPU per frame)"
                    + "  allocated %.1f / %.1f / %.1f KiB per frame%n", n, full, pan, worst, fullKib, panKib, worstKib);
        }
        Platform.exit();
    }
}
