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
import javafx.stage.Stage;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkView;
import org.entente.model.Actor;
import org.entente.store.LaneKeys;
import org.entente.ui.common.LinkedViews;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.timeline.TimelineAppView;
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
 * none of it happens.
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
    void close() { app.closeLibrary(); }

    static <T> T fx(Supplier<T> s) {
        AtomicReference<T> out = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> out.set(s.get()));
        return out.get();
    }

    private void tab(FxRobot robot, String title) throws Exception {
        app.waitForIdle(60);
        robot.clickOn("#tab-" + title.toLowerCase(java.util.Locale.ROOT));
        app.waitForIdle(60);
    }

    @Test
    void aRangeAYearAndATieTravelBetweenTheLinkedViews(FxRobot robot) throws Exception {
        app.waitForIdle(60);
        app.window.views();
        app.waitForIdle(60);
        LinkedViews links = app.context.links();
        NetworkAppView network = app.view(NetworkAppView.class);
        TradeView trade = app.view(MeasuresAppView.class).trade().view();
        TimelineAppView timeline = app.view(TimelineAppView.class);

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
        fx(() -> { // a picture for whoever reads the build (not compared)
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(robot.window(0).getScene().snapshot(null), null), "png",
                        Path.of("target", "linked-trade.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
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
        NetworkView diagram = robot.lookup("#network-diagram").queryAs(NetworkView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(diagram::getEdges).isEmpty() && !network.viewModel().isLayingOut());
        fx(() -> {
            diagram.finishTransitions();
            return null;
        });
        Actor vietnam = fx(() -> network.viewModel().countries().stream().filter(a -> a.name().equals("Vietnam")).findFirst().orElseThrow());
        List<TradePair> plottable = fx(() -> List.copyOf(app.view(MeasuresAppView.class).trade().view().viewModel().availablePairs()));
        // a tie of Vietnam with a partner the chart can plot, clicked where it is drawn (straight ties: their middle)
        NetworkEdge clicked = null;
        for (NetworkEdge edge : fx(() -> List.copyOf(diagram.getEdges()))) {
            long other = edge.source() == vietnam.id() ? edge.target() : edge.target() == vietnam.id() ? edge.source() : -1;
            if (other < 0 || plottable.stream().noneMatch(p -> p.partner().id() == other || p.home().id() == other)) continue;
            Point2D a = fx(() -> diagram.nodeLocation(edge.source())), b = fx(() -> diagram.nodeLocation(edge.target()));
            if (a == null || b == null) continue;
            robot.clickOn(fx(() -> diagram.localToScreen(a.midpoint(b))));
            WaitForAsyncUtils.waitForFxEvents();
            if (links.pair().get() != null && links.pair().get().is(edge.source(), edge.target())) {
                clicked = edge;
                break;
            }
        }
        assertThat(clicked).as("a tie of Vietnam with a trade partner, clicked").isNotNull();
        NetworkEdge tie = clicked;
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
}
