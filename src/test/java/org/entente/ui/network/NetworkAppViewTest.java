package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.controls.network.NetworkEdge;
import org.entente.store.NetworkPosition;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network tab in the real main window, on a real starter library file. */
@ExtendWith(ApplicationExtension.class)
class NetworkAppViewTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    MainWindow window;
    AppContext context;
    NetworkAppView view;



    @Start
    void start(Stage stage) throws Exception {
        fixture = MainWindowFixture.show(stage, 1600, 1000);
        window = fixture.window;
        context = fixture.context;
        Path file = MainWindowFixture.starterCopy(dir);
        view = fixture.view(NetworkAppView.class);
        fixture.selectTab("Network");
        view.viewModel().date().set(LocalDate.of(2024, 7, 1));
        fixture.open(file);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    static <T> T fx(Callable<T> c) { return WaitForAsyncUtils.waitForAsyncFx(5000, c); }

    void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.library() != null && !view.viewModel().nodes().isEmpty()
                && context.tasks().idleProperty().get() && !view.viewModel().isLayingOut());
        WaitForAsyncUtils.waitForFxEvents();
    }

    long actorId(String name) {
        return view.viewModel().actors().values().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    Set<String> edgesShown() {
        return fx(() -> view.diagram().getEdges().stream().map(e -> e.pairKeyLow() + "-" + e.pairKeyHigh() + ":" + e.levelKey())
                .collect(Collectors.toSet()));
    }

    @Test
    void movingTheSliderChangesTheEdgesShown(FxRobot robot) throws Exception {
        waitForIdle();
        Set<String> mid2024 = edgesShown();
        assertThat(mid2024).isNotEmpty();
        Node thumb = fx(() -> view.slider().lookup(".thumb"));
        robot.clickOn(thumb);
        robot.type(KeyCode.HOME);
        waitForIdle();
        LocalDate first = view.viewModel().date().get();
        assertThat(first).isEqualTo(view.viewModel().firstDate().get());
        Set<String> atStart = edgesShown();
        assertThat(atStart.size()).isLessThan(mid2024.size());
        // Dragging the thumb to the right moves the date forward and brings ties in.
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(500, 0).release(MouseButton.PRIMARY);
        waitForIdle();
        assertThat(view.viewModel().date().get()).isAfter(first);
        assertThat(edgesShown()).isNotEqualTo(atStart);
        assertThat(fx(() -> view.diagram().getCaption())).isEqualTo(NetworkViewModel.dateText(view.viewModel().date().get()));
    }

    @Test
    void clickingANodeSelectsItAndFocusesTheTimelineOnIt(FxRobot robot) throws Exception {
        waitForIdle();
        long russia = actorId("Russia");
        Point2D at = fx(() -> view.diagram().localToScreen(view.diagram().nodeLocation(russia)));
        robot.clickOn(at, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.diagram().getSelectedNode().name()).isEqualTo("Russia");
        assertThat(context.focusActorId().get()).isEqualTo(russia);
    }

    @Test
    void clickingAnEdgeListsThePairsEventsAndDraggedNodesAreSavedInTheLibrary(FxRobot robot) throws Exception {
        waitForIdle();
        long vietnam = actorId("Vietnam"), russia = actorId("Russia");
        Point2D a = fx(() -> view.diagram().nodeLocation(vietnam)), b = fx(() -> view.diagram().nodeLocation(russia));
        // A point on the tie, outside both nodes.
        Point2D onEdge = a.add(b.subtract(a).multiply(0.5));
        robot.clickOn(fx(() -> view.diagram().localToScreen(onEdge)), MouseButton.PRIMARY);
        waitForIdle();
        NetworkEdge edge = view.diagram().getSelectedEdge();
        assertThat(edge).isNotNull();
        assertThat(Set.of(edge.source(), edge.target())).containsExactlyInAnyOrder(vietnam, russia);
        assertThat(edge.history()).isNotEmpty();
        assertThat(view.viewModel().pairEvents()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.actorIds()).contains(vietnam, russia));
        assertThat(context.focusActorId().get()).isEqualTo(russia);

        Point2D from = fx(() -> view.diagram().localToScreen(view.diagram().nodeLocation(russia)));
        robot.drag(from, MouseButton.PRIMARY).moveBy(-80, 60).release(MouseButton.PRIMARY);
        waitForIdle();
        List<NetworkPosition> saved = context.library().networkPositions().load("force");
        assertThat(saved).anySatisfy(p -> {
            assertThat(p.actorId()).isEqualTo(russia);
            assertThat(p.pinned()).isTrue();
        });
    }

    @Test
    void exportsWriteFilesInTheBackground() throws Exception {
        waitForIdle();
        Path png = dir.resolve("network.png"), svg = dir.resolve("network.svg"), gexf = dir.resolve("network.gexf"),
                graphml = dir.resolve("network.graphml");
        var tasks = fx(() -> List.of(view.exportPng(png), view.exportSvg(svg), view.viewModel().exportGexf(gexf),
                view.viewModel().exportGraphMl(graphml)));
        for (var t : tasks) t.get(20, TimeUnit.SECONDS);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(Files.readString(svg)).contains("<svg", "Vietnam");
        assertThat(Files.readString(gexf)).contains("http://gexf.net/1.3", "comprehensive-strategic");
        assertThat(Files.readString(graphml)).contains("graphml", "Vietnam");
        javafx.scene.image.Image image = new javafx.scene.image.Image(png.toUri().toString());
        assertThat(image.getWidth()).isEqualTo(fx(() -> view.diagram().getWidth()) * 2);
    }

    /** Renders the tab as of mid-2024 to target/screenshots/network.png (copied to screenshots/ by hand after looking at it). */
    @Test
    void screenshotOfTheStarterLibraryInMid2024(FxRobot robot) throws Exception {
        waitForIdle();
        // Select Vietnam–Russia, the tie of the June 2024 visit: the side panel shows its history and events.
        long vietnam = actorId("Vietnam"), russia = actorId("Russia");
        Point2D a = fx(() -> view.diagram().nodeLocation(vietnam)), b = fx(() -> view.diagram().nodeLocation(russia));
        robot.clickOn(fx(() -> view.diagram().localToScreen(a.add(b.subtract(a).multiply(0.55)))), MouseButton.PRIMARY);
        robot.moveTo(fx(() -> view.diagram().localToScreen(1, 1)));
        waitForIdle();
        Path out = Path.of("target", "screenshots", "network.png");
        Files.createDirectories(out.getParent());
        java.awt.image.BufferedImage image = fx(() -> {
            view.diagram().finishTransitions();
            return javafx.embed.swing.SwingFXUtils.fromFXImage(view.node().getScene().snapshot(null), null);
        });
        javax.imageio.ImageIO.write(image, "png", out.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(view.viewModel().caption().get()).isEqualTo("1 July 2024");
    }
}
