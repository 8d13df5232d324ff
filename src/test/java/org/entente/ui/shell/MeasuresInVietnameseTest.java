package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.entente.app.DatasetService;
import org.entente.app.ImportProgress;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.OffFxThread;
import org.entente.ui.trade.AgreementView;
import org.entente.ui.trade.MeasuresAppView;
import org.entente.ui.trade.TradeView;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Measures tab in Vietnamese, in the real main window at 1280×800 on the starter library: the
 * trade chart's axes, legend, partnership markers, tooltips and the line under it are in
 * Vietnamese with Vietnamese numbers ("171,2 tỷ USD"); the UN-vote agreement chart's too, its
 * ticks written "0,2"; no control of either is cut short, and a picture of each is written to
 * target/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuresInVietnameseTest {
    @TempDir static Path dir;
    private MainWindowFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Before the window is built: its texts are read as its nodes are made.
        I18n.setLocale(I18n.VIETNAMESE);
        app = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() {
        try {
            app.closeLibrary();
        } finally {
            I18n.setLocale(I18n.ENGLISH);
        }
    }

    private MeasuresAppView measures(FxRobot robot) throws Exception {
        app.waitForIdle(60);
        robot.clickOn("#tab-measures");
        app.waitForIdle(60);
        return app.view(MeasuresAppView.class);
    }

    @Test
    void theTradeChartSpeaksVietnamese(FxRobot robot) throws Exception {
        Path copy = MainWindowFixture.starterCopy(dir);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.open(copy));
        MeasuresAppView measures = measures(robot);
        TradeView trade = measures.trade().view();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> trade.viewModel().model().series().size() == 3
                && !trade.viewModel().model().series().get(0).series().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measure-trade").queryLabeled().getText()).isEqualTo("Thương mại");
        assertThat(robot.lookup("#trade-kind-over-time").queryLabeled().getText()).isEqualTo("Theo thời gian");

        JFreeChart chart = trade.chartProperty().get();
        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Tổng kim ngạch thương mại song phương");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Tỷ USD");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Năm");
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) legend.add(plot.getFixedLegendItems().get(i).getLabel());
        // the pairs are the library's names; the marks and markers are named in Vietnamese
        assertThat(legend).contains("Vietnam–China", "Số liệu ước tính", "Số liệu chưa chắc chắn", "Thay đổi quan hệ đối tác", "Thăm cấp Nhà nước");
        List<String> markers = plot.getDomainMarkers(Layer.BACKGROUND).stream().map(m -> ((Marker) m).getLabel()).toList();
        assertThat(markers).contains("Russia: Đối tác chiến lược toàn diện", "United States: Đối tác toàn diện");

        // a point's tooltip: Vietnamese numbers, reporter and quality
        XYDataset d = plot.getDataset(0);
        int russia = d.indexOf("Vietnam–Russia");
        int item2011 = -1;
        for (int i = 0; i < d.getItemCount(russia); i++) if (d.getXValue(russia, i) == 2011) item2011 = i;
        String tip = plot.getRenderer().getToolTipGenerator(russia, item2011).generateToolTip(d, russia, item2011);
        assertThat(tip).contains("Vietnam–Russia, 2011: 2 tỷ USD", "Bên báo cáo: Vietnam", "Độ tin cậy: ước tính");

        // pointing at 2023 writes the year's values under the chart, as a Vietnamese reader writes them
        ChartViewer viewer = robot.lookup("#trade-chart").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(2023, area, plot.getDomainAxisEdge());
        robot.moveTo(fx(() -> viewer.getCanvas().localToScreen(x, area.getCenterY())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#trade-readout").queryAs(Label.class).getText()).startsWith("2023:"));
        assertThat(fx(() -> robot.lookup("#trade-readout").queryAs(Label.class).getText())).contains("Vietnam–China 171,2 tỷ USD");

        assertThat(fx(() -> cutShort(trade.node()))).as("controls cut short at 1280×800").isEmpty();
        snapshot("measures-trade-vi.png");

        // every other view of the trade, each read whole and pictured
        for (String kind : List.of("indexed", "share", "flows", "mirror")) {
            robot.clickOn("#trade-kind-" + kind);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trade.viewModel().kindProperty().get().name().equalsIgnoreCase(kind));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> cutShort(trade.node()))).as("controls cut short in the " + kind + " view").isEmpty();
            snapshot("measures-trade-vi-" + kind + ".png");
        }
        assertThat(trade.chartProperty().get().getXYPlot().getRangeAxis(1).getLabel()).isEqualTo("Chênh lệch, % so với số liệu của Vietnam");
    }

    @Test
    void theAgreementChartSpeaksVietnameseWithItsVotes(FxRobot robot) throws Exception {
        Path copy = MainWindowFixture.starterCopy(dir);
        OffFxThread.call(() -> {
            try (Library library = Library.open(copy)) {
                new DatasetService(library).add(DatasetService.Dataset.UN_VOTES, ImportProgress.NONE);
            }
            return null;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.open(copy));
        MeasuresAppView measures = measures(robot);
        robot.clickOn("#measure-un-agreement");
        assertThat(robot.lookup("#measure-un-agreement").queryLabeled().getText()).isEqualTo("Đồng thuận tại LHQ");
        AgreementView agreement = measures.agreement();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> agreement.chartProperty().get().getXYPlot().getDataset().getSeriesCount() == 3);
        app.waitForIdle(60);

        JFreeChart chart = agreement.chartProperty().get();
        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Đại hội đồng LHQ: mức đồng thuận khi bỏ phiếu");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Tỷ lệ bỏ phiếu giống nhau");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Năm");
        // the value axis' ticks as drawn: "0,2", "0,4", …; the years plain ("1990", never "1.990")
        assertThat(tickLabels(chart, (NumberAxis) plot.getRangeAxis(), RectangleEdge.LEFT)).contains("0,2", "0,4", "0,6", "0,8");
        assertThat(tickLabels(chart, (NumberAxis) plot.getDomainAxis(), RectangleEdge.BOTTOM)).allMatch(t -> t.matches("\\d{4}"));
        XYDataset d = plot.getDataset();
        int russia = d.indexOf("Vietnam–Russia");
        int item1985 = -1;
        for (int i = 0; i < d.getItemCount(russia); i++) if (d.getXValue(russia, i) == 1985) item1985 = i;
        String tip = plot.getRenderer().getToolTipGenerator(russia, item1985).generateToolTip(d, russia, item1985);
        assertThat(tip).startsWith("Vietnam–Russia, 1985: Cùng phiếu (tỷ lệ) 0,").contains("cuộc bỏ phiếu chung giống nhau");
        assertThat(robot.lookup("#agreement-status").queryLabeled().getText()).contains("quốc gia đã bỏ phiếu");

        assertThat(fx(() -> cutShort(agreement.node()))).as("controls cut short at 1280×800").isEmpty();
        snapshot("measures-agreement-vi.png");
    }

    /** The tick labels {@code axis} draws on the chart laid out at the size of the window's chart. */
    private static List<String> tickLabels(JFreeChart chart, NumberAxis axis, RectangleEdge edge) {
        BufferedImage image = new BufferedImage(1200, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 500), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<String> labels = new ArrayList<>();
            for (Object t : axis.refreshTicks(g, new AxisState(), area, edge)) labels.add(((Tick) t).getText());
            return labels;
        } finally {
            g.dispose();
        }
    }

    /**
     * Controls, headers and cells under {@code root} shown with their text cut. The trade table's
     * series, figures and sources are long texts (the library's names of any length, URLs) cut by
     * design, in English as in Vietnamese: a person widens the column or points at the chart.
     */
    private static List<String> cutShort(Node root) {
        List<String> longTexts = List.of(I18n.t("measures.column.series"), I18n.t("measures.column.figures"), I18n.t("measures.column.sources"));
        return org.entente.ui.CutTexts.under(root, l -> l instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && longTexts.contains(cell.getTableColumn().getText()));
    }

    private void snapshot(String name) throws Exception {
        BufferedImage[] shot = new BufferedImage[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shot[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(shot[0], "png", target.toFile());
        assertThat(shot[0].getWidth()).isEqualTo(1280);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
