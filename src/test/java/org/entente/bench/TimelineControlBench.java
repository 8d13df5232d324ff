package org.entente.bench;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.entente.controls.timeline.SampleTimeline;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineView;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The timeline control in a headless JavaFX toolkit (Monocle, software pipeline), 1600×900, 8
 * lanes of synthetic items over 100 years. One frame = the layout (index lookups, level-of-detail
 * clustering of every lane, ticks) plus every drawing command issued to the canvas's
 * GraphicsContext, i.e. what the JavaFX thread spends per frame. The control sits in a scene that
 * is not shown, so no pulse renders in between and the figures are the thread's own work;
 * {@link #frameAndRasterise} adds the software rasterising of the frame (canvas snapshot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineControlBench {

    @Param({"100000", "1000000"})
    public int items;

    private TimelineView view;
    private TimelineViewSkin skin;
    private double fitStart, fitEnd;
    private int panStep, zoomStep;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        List<TimelineItem> data = SampleTimeline.synthetic(items, 8, 100, 42);
        onFx(() -> {
            view = new TimelineView();
            view.getItems().setAll(data);
            view.getLanes().setAll(SampleTimeline.syntheticLanes(8));
            StackPane root = new StackPane(view);
            new Scene(root, 1600, 900);
            root.resize(1600, 900);
            root.applyCss();
            root.layout();
            skin = (TimelineViewSkin) view.getSkin();
            skin.buildIndexNow();
            view.fitAll();
            fitStart = view.getVisibleStart();
            fitEnd = view.getVisibleEnd();
            skin.paintNow();
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** One full layout and repaint with every item in view. */
    @Benchmark
    public long fullFrameAllInView() {
        view.zoomTo(fitStart, fitEnd);
        skin.paintNow();
        return skin.paintCount();
    }

    /** One pan step of 8 px and its repaint, at a decade's zoom in the middle of the data. */
    @Benchmark
    public long panStep() {
        if (panStep == 0) {
            double mid = (fitStart + fitEnd) / 2;
            view.zoomTo(mid - 5 * 365.25, mid + 5 * 365.25);
        }
        // back and forth, so the view stays over the data
        view.panBy((panStep++ / 200) % 2 == 0 ? 8 : -8);
        skin.paintNow();
        return skin.paintCount();
    }

    /** One pan step of 8 px with every item in view (the densest case). */
    @Benchmark
    public long panStepAllInView() {
        if (panStep == 0) view.zoomTo(fitStart, fitEnd);
        view.panBy((panStep++ / 20) % 2 == 0 ? 8 : -8);
        skin.paintNow();
        return skin.paintCount();
    }

    /** One step through ten zoom levels (each 2.5x) from everything down to about two weeks, and back. */
    @Benchmark
    public long zoomStep() {
        int level = zoomStep++ % 20;
        int depth = level < 10 ? level : 19 - level;
        double mid = fitStart + (fitEnd - fitStart) * 0.613;
        double span = (fitEnd - fitStart) / Math.pow(2.5, depth);
        view.zoomTo(mid - span / 2, mid + span / 2);
        skin.paintNow();
        return skin.paintCount();
    }

    /** A full frame plus its software rasterising (snapshot of the canvas) on the JavaFX thread. */
    @Benchmark
    public WritableImage frameAndRasterise() throws Exception {
        return onFx(() -> {
            view.zoomTo(fitStart, fitEnd);
            skin.paintNow();
            return skin.canvas().snapshot(null, null);
        });
    }
}
