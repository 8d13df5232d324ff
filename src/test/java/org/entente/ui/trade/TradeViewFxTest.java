package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trade view as a person uses it: the library loads in the background, then clicks change the chart. */
@ExtendWith(ApplicationExtension.class)
class TradeViewFxTest {
    @TempDir
    static Path dir;
    static Library library;
    TradeView view;

    @BeforeAll
    static void library() throws Exception { library = StarterFixture.create(dir.resolve("starter.entente")); }

    @AfterAll
    static void close() { library.close(); }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TradeView(new TradeViewModel(), new FxTaskExecutor());
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
        stage.show();
        view.load(library);
    }

    private void awaitData() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().model().series().size() == 3
                && !view.viewModel().model().series().get(0).series().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private JFreeChart chart() { return view.chartProperty().get(); }

    @Test
    void clickingLogScaleMakesTheValueAxisLogarithmic(FxRobot robot) throws Exception {
        awaitData();
        assertThat(chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
        robot.clickOn("#trade-log");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart().getXYPlot().getRangeAxis().getLabel()).contains("log scale");
        robot.clickOn("#trade-log");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
    }

    @Test
    void clickingShareShowsRussiaAsAShareOfChina(FxRobot robot) throws Exception {
        awaitData();
        robot.clickOn("#trade-kind-share");
        WaitForAsyncUtils.waitForFxEvents();
        XYDataset d = chart().getXYPlot().getDataset(0);
        assertThat(d.getSeriesCount()).isEqualTo(1);
        assertThat(d.getSeriesKey(0)).isEqualTo("Vietnam–Russia as % of Vietnam–China");
        int last = d.getItemCount(0) - 1;
        assertThat(d.getXValue(0, last)).isEqualTo(2023);
        assertThat(d.getYValue(0, last)).isEqualTo(3.63e9 / 171.2e9 * 100);
        assertThat(chart().getXYPlot().getRangeAxis().getLabel()).isEqualTo("% of Vietnam–China trade");
        // the table lists exactly the plotted points
        TableView<?> table = robot.lookup("#trade-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(view.viewModel().model().series().get(0).series().points().size());
        assertThat(robot.lookup("#trade-share-part").query().isVisible()).isTrue();
        assertThat(robot.lookup("#trade-pairs").query().isVisible()).isFalse();
    }

    @Test
    void flowsViewDisablesLogScaleAndDrawsBars(FxRobot robot) throws Exception {
        awaitData();
        robot.clickOn("#trade-kind-flows");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().getXYPlot().getRenderer()).isInstanceOf(TradeChartFactory.FlaggedBarRenderer.class);
        assertThat(robot.lookup("#trade-log").query().isDisabled()).isTrue();
        assertThat(chart().getXYPlot().getDataset(0).getSeriesKey(2)).isEqualTo("Balance (exports − imports)");
    }

    @Test
    void mirrorViewShowsBothReportersAndTheGap(FxRobot robot) throws Exception {
        awaitData();
        robot.clickOn("#trade-kind-mirror");
        WaitForAsyncUtils.waitForFxEvents();
        var plot = chart().getXYPlot();
        assertThat(plot.getDataset(0).getSeriesKey(0)).isEqualTo("Reported by Vietnam");
        assertThat(plot.getDataset(0).getSeriesKey(1)).isEqualTo("Reported by Russia");
        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(1);
        assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo("Gap, % of Vietnam's figure");
    }

    @Test
    void exportingPngAndCsvFromTheViewWritesTheFiles(FxRobot robot) throws Exception {
        awaitData();
        Path png = dir.resolve("chart.png"), csv = dir.resolve("chart.csv");
        robot.interact(() -> view.writePng(png.toFile(), 800, 450, 2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> png.toString().equals(view.lastExportProperty().get()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        robot.interact(() -> view.writeCsv(csv.toFile()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> csv.toString().equals(view.lastExportProperty().get()));
        assertThat(Files.readAllLines(csv)).hasSize(1 + view.viewModel().model().rows().size());
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void theEventsCheckBoxSwitchesTheMarkersOffAndOn(FxRobot robot) throws Exception {
        awaitData();
        assertThat(chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND)).hasSize(view.viewModel().model().markers().size()).isNotEmpty();
        robot.clickOn("#trade-events");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND)).isNullOrEmpty();
        robot.clickOn("#trade-events");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND)).isNotEmpty();
    }

    @Test
    void pointingAtTheChartShowsTheYearsValues(FxRobot robot) throws Exception {
        awaitData();
        ChartViewer viewer = robot.lookup("#trade-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(2021, area, plot.getDomainAxisEdge());
        robot.moveTo(viewer.getCanvas().localToScreen(x, area.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#trade-readout").queryAs(Label.class).getText();
        assertThat(text).startsWith("2021:").contains("Vietnam–Russia US$ 5.5 bn").contains("Vietnam–China no figure");
    }

    /**
     * Writes the projector view (log scale) to -Dtrade.screenshot=PATH when asked. Drawn in a scene of
     * its own at 1600×1000, larger than the headless screen a shown window may have.
     */
    @Test
    void screenshotWhenAsked(FxRobot robot) throws Exception {
        String out = System.getProperty("trade.screenshot");
        awaitData();
        if (out == null || out.isBlank()) return;
        BufferedImage[] shot = new BufferedImage[1];
        robot.interact(() -> {
            TradeView big = new TradeView(new TradeViewModel(), new FxTaskExecutor());
            big.viewModel().setData(view.viewModel().dataProperty().get());
            big.viewModel().logScaleProperty().set(true);
            big.viewModel().largeTypeProperty().set(Boolean.getBoolean("trade.screenshot.large"));
            Scene scene = new Scene((javafx.scene.Parent) big.node(), 1600, 1000);
            if (Boolean.getBoolean("trade.screenshot.large")) scene.getRoot().getStyleClass().add("large-type");
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            shot[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        });
        Path target = Path.of(out);
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(shot[0], "png", target.toFile());
    }
}
