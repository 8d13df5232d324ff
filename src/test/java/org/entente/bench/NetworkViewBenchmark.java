package org.entente.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.entente.analysis.ForceLayout;
import org.entente.analysis.Measure;
import org.entente.analysis.Point;
import org.entente.controls.network.NetworkView;
import org.entente.controls.network.impl.NetworkViewSkin;
import org.entente.model.Actor;
import org.entente.model.Partnership;
import org.entente.app.network.NetworkData;
import org.entente.ui.network.NetworkViewModel;
import org.entente.ui.common.FxTaskExecutor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The network view with 250 countries and 5,000 ties on a 1600×1000 canvas, headless (Monocle,
 * software pipeline): a repaint, a repaint rasterised to pixels, and one time-slider step
 * (ties in force and node measures recomputed, the control's lists replaced, the frame painted).
 * Each measured call runs on the JavaFX thread; the hop to it is included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1920x1200-32"})
public class NetworkViewBenchmark {
    @Param({"WEIGHTED_DEGREE"})
    public Measure measure;

    NetworkView view;
    NetworkViewSkin skin;
    NetworkViewModel vm;
    FxTaskExecutor tasks;
    /** A fixed view transform for the Java2D benchmark: fits the ±500 layout frame into 1600×1000. */
    final double[] scaleAndOffset = {0.9, 800, 500};
    final LocalDate[] dates = new LocalDate[24];
    int step;

    static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // a previous trial in this JVM started it
        }
        List<Actor> actors = SyntheticNetwork.actors(250);
        List<Partnership> spells = SyntheticNetwork.spells(actors, 5000, 42);
        NetworkData data = SyntheticNetwork.data(actors, spells);
        var end = new org.entente.analysis.PartnershipNetwork(spells).asOf(LocalDate.of(2024, 12, 31).toEpochDay());
        Map<Long, Point> layout = ForceLayout.layout(end, Map.of(), java.util.Set.of());
        Map<Long, Point2D> positions = new HashMap<>();
        layout.forEach((id, p) -> positions.put(id, new Point2D(p.x(), p.y())));
        for (int i = 0; i < dates.length; i++) dates[i] = LocalDate.of(2023, 1, 1).plusMonths(i);
        tasks = new FxTaskExecutor();
        fx(() -> {
            vm = new NetworkViewModel(tasks);
            vm.measure().set(measure);
            view = new NetworkView();
            view.setAnimated(false);
            // In a scene but not in a shown window: what is measured is the work on the JavaFX
            // thread (building the frame and issuing canvas commands). Rasterising is measured by
            // repaintRasterised; on screen it happens on the render thread (on the GPU with es2/d3d).
            StackPane root = new StackPane(view);
            new Scene(root, 1600, 1000);
            root.applyCss();
            root.layout();
            vm.show(data, LocalDate.of(2024, 12, 31));
            view.getNodes().setAll(vm.nodes());
            view.getEdges().setAll(vm.edges());
            view.setPositions(positions);
            view.setCaption(vm.caption().get());
            view.setSubtitle(vm.subtitle().get());
            view.applyCss();
            view.layout();
            skin = (NetworkViewSkin) view.getSkin();
            skin.paint();
            return null;
        });
        if (view.getEdges().size() != 5000) throw new IllegalStateException("expected 5000 edges, got " + view.getEdges().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        tasks.shutdown();
    }

    /** Builds the frame and issues its drawing commands to the canvas. */
    @Benchmark
    public int repaint() throws Exception {
        return fx(() -> {
            skin.paint();
            return view.getEdges().size();
        });
    }

    /** The same, rasterised to a 1600×1000 image (a snapshot), as the screen would show it. */
    @Benchmark
    public double repaintRasterised() throws Exception {
        return fx(() -> view.renderImage(1).getWidth());
    }

    /** The same frame drawn with Java2D into a 1600×1000 image (the SVG export's path), rasterised. */
    @Benchmark
    public int repaintJava2D() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1600, 1000, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        org.entente.controls.network.impl.Drawing d = fx(() -> skin.build(1600, 1000, scaleAndOffset[0], scaleAndOffset[1], scaleAndOffset[2]));
        org.entente.controls.network.impl.NetworkPainter.paint(d, new org.entente.controls.network.impl.AwtPen(g, "System"));
        g.dispose();
        return d.edges().size();
    }

    /** One month forward: ties in force and measures recomputed, the control updated and painted. */
    @Benchmark
    public int sliderStep() throws Exception {
        LocalDate d = dates[step++ % dates.length];
        return fx(() -> {
            NetworkViewModel.Frame f = vm.frame(d);
            view.getNodes().setAll(f.nodes());
            view.getEdges().setAll(f.edges());
            view.setCaption(d.toString());
            skin.paint();
            return f.edges().size();
        });
    }
}
