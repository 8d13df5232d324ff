package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkView;
import org.entente.model.Actor;
import org.entente.store.LaneKeys;
import org.entente.controls.timeline.TimelineView;
import org.entente.ui.common.Theme;
import org.entente.ui.common.LinkedViews;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.timeline.TimelineAppView;
import org.entente.ui.trade.AgreementView;
import org.entente.ui.trade.MeasuresAppView;
import org.entente.ui.trade.TradePair;
import org.entente.ui.trade.TradeView;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Link Views on the starter library: a range typed on the timeline moves the network to
 * its end and is shaded on the trade chart; a year clicked on the chart is shown on the timeline;
 * a tie clicked on the network is plotted on the chart and compared on the timeline. Unlinked,
 * none of it happens. Years chosen by Shift-drag on the timeline win over its visible range until
 * Esc; the UN-vote agreement chart follows the linked views as the trade chart does.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedViewsTest {
    @TempDir static Path dir;
    private MainWindowFixture app;

    @Start
    void start(Stage stage) {
        app = MainWindowFixture.show(stage, 1280, 800);
        app.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() {
        fx(() -> {
            app.context.theme().set(Theme.LIGHT);
            return null;
        });
        app.closeLibrary();
    }

    static <T> T fx(Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> out.set(s.get()));
        return out.get();
    }

    private LinkedViews links;
    private NetworkAppView network;
    private TradeView trade;
    private TimelineAppView timeline;

    /** Waits for the opened library to settle with every view built. */
    private void ready() throws Exception {
        app.waitForIdle(60);
        app.window.views();
        app.waitForIdle(60);
        links = app.context.links();
        network = app.view(NetworkAppView.class);
        trade = app.view(MeasuresAppView.class).trade().view();
        timeline = app.view(TimelineAppView.class);
    }

    private void tab(FxRobot robot, String title) throws Exception {
        app.waitForIdle(60);
        robot.clickOn("#tab-" + title.toLowerCase(java.util.Locale.ROOT));
        app.waitForIdle(60);
    }

    @Test
    void aRangeAYearAndATieTravelBetweenTheLinkedViews(FxRobot robot) throws Exception {
        ready();

        // unlinked: the range typed on the timeline leaves the network and the chart alone
        tab(robot, "Network");
        LocalDate networkBefore = fx(() -> network.viewModel().date().get());
        tab(robot, "Timeline");
        robot.clickOn("#timeline-range").eraseText(40).write("2013 to 2016").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new LinkedViews.Span(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31)).equals(links.range().get()));
        app.waitForIdle(60);
        assertThat(fx(() -> network.viewModel().date().get())).isEqualTo(networkBefore);
        assertThat(trade.shadedYears()).isNull();

        // linked: the network stands at the range's end, the chart shades its years
        robot.clickOn("#menu-view").clickOn("#menu-link-views");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> links.enabled().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LocalDate.of(2016, 12, 31).equals(fx(() -> network.viewModel().date().get())));
        assertThat(trade.shadedYears()).containsExactly(2013, 2016);
        robot.clickOn("#timeline-range").eraseText(40).write("2019 to 2020").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LocalDate.of(2020, 12, 31).equals(fx(() -> network.viewModel().date().get())));
        assertThat(trade.shadedYears()).containsExactly(2019, 2020);

        // a year clicked on the trade chart: the timeline shows that year
        tab(robot, "Measures");
        snapshot(robot, "linked-trade.png");
        ChartViewer viewer = robot.lookup("#trade-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 100));
        Point2D at2010 = fx(() -> {
            var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            var plot = trade.chartProperty().get().getXYPlot();
            double x = plot.getDomainAxis().valueToJava2D(2010, area, plot.getDomainAxisEdge());
            return viewer.getCanvas().localToScreen(x, area.getCenterY());
        });
        robot.clickOn(at2010);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LinkedViews.Span.year(2010).equals(links.range().get()));
        assertThat(fx(() -> timeline.timeline().getVisibleStart())).isEqualTo(LocalDate.of(2010, 1, 1).toEpochDay());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> trade.shadedYears() != null && trade.shadedYears()[0] == 2010);

        // a tie clicked on the network: the chart plots that pair, the timeline compares its lane
        tab(robot, "Network");
        List<TradePair> plottable = fx(() -> List.copyOf(app.view(MeasuresAppView.class).trade().view().viewModel().availablePairs()));
        NetworkEdge tie = clickATieOfVietnam(robot, other -> plottable.stream().anyMatch(p -> p.partner().id() == other || p.home().id() == other));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> trade.viewModel().chosenPairs().size() == 1
                && links.pair().get().is(trade.viewModel().chosenPairs().get(0).home().id(), trade.viewModel().chosenPairs().get(0).partner().id())));
        String lane = LaneKeys.pairKey(tie.source(), tie.target());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> List.copyOf(timeline.model().comparedPairs())).equals(List.of(lane)));

        // unlinked again: a year clicked on the chart no longer moves the timeline
        robot.clickOn("#menu-view").clickOn("#menu-link-views");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !links.enabled().get());
        assertThat(trade.shadedYears()).isNull();
        tab(robot, "Measures");
        LinkedViews.Span before = links.range().get();
        robot.clickOn(at2010.add(fx(() -> {
            var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            var plot = trade.chartProperty().get().getXYPlot();
            return plot.getDomainAxis().valueToJava2D(2016, area, plot.getDomainAxisEdge()) - plot.getDomainAxis().valueToJava2D(2010, area, plot.getDomainAxisEdge());
        }), 0));
        app.waitForIdle(60);
        assertThat(links.range().get()).isEqualTo(before);
    }

    @Test
    void aRangeShiftDraggedOnTheTimelineMovesTheNetworkAndShadesTheChart(FxRobot robot) throws Exception {
        ready();
        TimelineView control = timeline.timeline();

        robot.clickOn("#menu-view").clickOn("#menu-link-views");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> links.enabled().get());
        app.waitForIdle(60);
        tab(robot, "Timeline");
        robot.clickOn("#timeline-range").eraseText(40).write("2005 to 2024").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new LinkedViews.Span(LocalDate.of(2005, 1, 1), LocalDate.of(2024, 12, 31)).equals(links.range().get()));
        app.waitForIdle(60);

        // Shift-drag from mid-2014 to mid-2017, low in the lanes: twenty years on the screen snap to whole years
        Point2D from = fx(() -> control.localToScreen(control.xForDay(LocalDate.of(2014, 6, 1).toEpochDay()), control.getHeight() - 30));
        Point2D to = fx(() -> control.localToScreen(control.xForDay(LocalDate.of(2017, 6, 1).toEpochDay()), control.getHeight() - 30));
        double visibleStart = fx(control::getVisibleStart);
        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(from, MouseButton.PRIMARY).moveBy((to.getX() - from.getX()) / 2, 0).moveTo(to).release(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        LinkedViews.Span chosen = new LinkedViews.Span(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chosen.equals(links.range().get()));
        assertThat(fx(control::getVisibleStart)).isEqualTo(visibleStart);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LocalDate.of(2017, 12, 31).equals(fx(() -> network.viewModel().date().get())));
        assertThat(trade.shadedYears()).containsExactly(2014, 2017);
        snapshot(robot, "linked-timeline-range.png");

        // panning (to earlier years: the network stops at its last date) keeps the chosen range for the others
        robot.drag(fx(() -> control.localToScreen(control.timeAreaLeft() + 200, control.getHeight() - 30)), MouseButton.PRIMARY)
                .moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(control::getVisibleStart) < visibleStart);
        app.waitForIdle(60);
        assertThat(links.range().get()).isEqualTo(chosen);

        // Esc puts it away: the others follow the visible range again
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !chosen.equals(links.range().get()));
        // the pan may still be gliding on a loaded machine: the others follow the visible range as of its rest
        Supplier<LinkedViews.Span> visibleNow = () -> fx(() -> new LinkedViews.Span(
                LocalDate.ofEpochDay((long) Math.floor(control.getVisibleStart())), LocalDate.ofEpochDay((long) Math.ceil(control.getVisibleEnd()) - 1)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visibleNow.get().equals(links.range().get()));
        LinkedViews.Span visible = visibleNow.get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible.to().equals(fx(() -> network.viewModel().date().get())));
        assertThat(trade.shadedYears()).containsExactly(visible.from().getYear(), visible.to().getYear());
    }

    @Test
    void theAgreementChartShadesTheRangeGoesToAClickedYearAndPlotsAClickedTie(FxRobot robot) throws Exception {
        ready();
        AgreementView agreement = app.view(MeasuresAppView.class).agreement();

        robot.clickOn("#tab-measures");
        robot.clickOn("#measure-un-agreement");
        robot.clickOn("File").clickOn("Add Dataset").clickOn("UN General Assembly votes");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> agreement.viewModel().seriesProperty().get().size() == 3
                && agreement.viewModel().seriesProperty().get().stream().allMatch(s -> !s.points().isEmpty())));
        app.waitForIdle(60);
        assertThat(agreement.shadedYears()).isNull();

        robot.clickOn("#menu-view").clickOn("#menu-link-views");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> links.enabled().get());
        tab(robot, "Timeline");
        robot.clickOn("#timeline-range").eraseText(40).write("2005 to 2010").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new LinkedViews.Span(LocalDate.of(2005, 1, 1), LocalDate.of(2010, 12, 31)).equals(links.range().get()));
        app.waitForIdle(60);
        assertThat(agreement.shadedYears()).containsExactly(2005, 2010);

        // a tie clicked on the network (as of the end of 2010): the agreement chart plots that pair alone
        tab(robot, "Network");
        List<Long> voted = fx(() -> agreement.viewModel().dataProperty().get().countries().stream().map(Actor::id).toList());
        clickATieOfVietnam(robot, voted::contains);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> {
            var chosen = agreement.viewModel().chosenPairs();
            return chosen.size() == 1 && links.pair().get().is(chosen.get(0).first().id(), chosen.get(0).second().id());
        }));
        assertThat(fx(() -> agreement.viewModel().chosenPairs().get(0).label())).contains("Vietnam");

        // a year clicked on the agreement chart: the timeline shows that year
        tab(robot, "Measures");
        ChartViewer viewer = robot.lookup("#agreement-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 100));
        snapshot(robot, "linked-agreement-light.png");
        Point2D at1995 = fx(() -> {
            var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            var plot = agreement.chartProperty().get().getXYPlot();
            double x = plot.getDomainAxis().valueToJava2D(1995, area, plot.getDomainAxisEdge());
            return viewer.getCanvas().localToScreen(x, area.getMaxY() - 8);
        });
        robot.clickOn(at1995);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LinkedViews.Span.year(1995).equals(links.range().get()));
        assertThat(fx(() -> timeline.timeline().getVisibleStart())).isEqualTo(LocalDate.of(1995, 1, 1).toEpochDay());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> agreement.shadedYears() != null && agreement.shadedYears()[0] == 1995);

        // the dark theme: a new chart, shaded the same
        fx(() -> {
            app.context.theme().set(Theme.DARK);
            return null;
        });
        app.waitForIdle(60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agreement.shadedYears()).containsExactly(1995, 1995);
        snapshot(robot, "linked-agreement-dark.png");

        // unlinked: the chart no longer shades the timeline's range
        robot.clickOn("#menu-view").clickOn("#menu-link-views");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !links.enabled().get());
        assertThat(agreement.shadedYears()).isNull();
    }

    /**
     * Clicks, where it is drawn (straight ties: their middle), a tie of Vietnam with a partner
     * {@code wanted} accepts, and returns the first whose click the linked views heard.
     */
    private NetworkEdge clickATieOfVietnam(FxRobot robot, java.util.function.LongPredicate wanted) throws Exception {
        NetworkView diagram = robot.lookup("#network-diagram").queryAs(NetworkView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(diagram::getEdges).isEmpty() && !network.viewModel().isLayingOut());
        fx(() -> {
            diagram.finishTransitions();
            return null;
        });
        Actor vietnam = fx(() -> network.viewModel().countries().stream().filter(a -> a.name().equals("Vietnam")).findFirst().orElseThrow());
        for (NetworkEdge edge : fx(() -> List.copyOf(diagram.getEdges()))) {
            long other = edge.source() == vietnam.id() ? edge.target() : edge.target() == vietnam.id() ? edge.source() : -1;
            if (other < 0 || !wanted.test(other)) continue;
            Point2D a = fx(() -> diagram.nodeLocation(edge.source())), b = fx(() -> diagram.nodeLocation(edge.target()));
            if (a == null || b == null) continue;
            robot.clickOn(fx(() -> diagram.localToScreen(a.midpoint(b))));
            WaitForAsyncUtils.waitForFxEvents();
            if (links.pair().get() != null && links.pair().get().is(edge.source(), edge.target())) return edge;
        }
        throw new AssertionError("no tie of Vietnam with a wanted partner could be clicked");
    }

    /** A picture of the window for whoever reads the build (not compared), in target/screenshots. */
    private static void snapshot(FxRobot robot, String name) {
        fx(() -> {
            try {
                Path file = Path.of("target", "screenshots", name);
                java.nio.file.Files.createDirectories(file.getParent());
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(robot.window(0).getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }
}
