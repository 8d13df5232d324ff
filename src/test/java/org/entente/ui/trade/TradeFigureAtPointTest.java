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

/** A double-click on a chart point opens the trade figure behind it: {@link TradeView#figureAt} finds it. */
@ExtendWith(ApplicationExtension.class)
class TradeFigureAtPointTest {
    @TempDir
    static Path dir;
    static Library library;
    TradeView view;
    final java.util.List<org.entente.model.TradeFigure> activated = new java.util.ArrayList<>();

    @BeforeAll
    static void library() throws Exception { library = StarterFixture.create(dir.resolve("starter.entente")); }

    @AfterAll
    static void close() { library.close(); }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TradeView(new TradeViewModel(), new FxTaskExecutor());
        view.setOnFigureActivated(activated::add);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
        stage.show();
        view.load(library);
    }

    @Test
    void theFigureUnderADoubleClickedPointIsActivated(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().model().series().size() == 3
                && !view.viewModel().model().series().get(0).series().isEmpty());
        ChartViewer viewer = robot.lookup("#trade-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = view.chartProperty().get().getXYPlot();
        PlottedSeries russia = view.viewModel().model().series().stream().filter(s -> s.legend().contains("Russia")).findFirst().orElseThrow();
        var point = russia.series().at(2021).orElseThrow();
        double x = plot.getDomainAxis().valueToJava2D(2021, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(TradeChartModel.chartValue(russia.series().unit(), point.value()), area,
                plot.getRangeAxisEdge());

        assertThat(view.figureAt(x, y)).contains(point.figure());
        robot.doubleClickOn(viewer.getCanvas().localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        // A slow machine may split the double-click into two single clicks; the lookup above is the rule.
        if (!activated.isEmpty()) assertThat(activated.get(0)).isEqualTo(point.figure());
        assertThat(point.figure().id()).isPositive();
        assertThat(point.figure().partner().name()).isEqualTo("Russia");
    }
}
