package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.app.trade.TradeData;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Exports decode and parse at the asked size, and the CSV holds exactly the plotted points. */
class TradeChartExportTest {
    @TempDir
    static Path dir;
    static Library library;
    static TradeViewModel vm;

    @BeforeAll
    static void load() {
        library = StarterFixture.create(dir.resolve("starter.entente"));
        vm = new TradeViewModel();
        vm.setData(TradeData.load(library));
    }

    @AfterAll
    static void close() { library.close(); }

    @Test
    void pngDecodesAtTheAskedSize() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(TradeChartExport.png(vm.model(), vm.style(), 1600, 900, 1)));
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
        assertThat(img.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff); // light theme: white background
    }

    @Test
    void aSlideSizedExportHasFewValueTicksAndLargeType() {
        // the lecturer's case: 1600×900 at 2× drew 43 ticks (steps of 5 up to 215) in 12-pixel type
        ChartStyle style = TradeChartExport.slideStyle(vm.style(), 1600);
        org.jfree.chart.JFreeChart chart = TradeChartFactory.create(vm.model(), style);
        BufferedImage img = new BufferedImage(3200, 1800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.scale(2, 2);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 1600, 900));
        g.dispose();
        var axis = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getRangeAxis();
        double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
        assertThat(ticks).isLessThanOrEqualTo(TradeChartFactory.MAX_VALUE_TICKS).isGreaterThanOrEqualTo(3);
        assertThat(axis.getTickLabelFont().getSize()).isGreaterThanOrEqualTo(18);
    }

    @Test
    void restoringTheAutomaticRangeKeepsTheMarkersYears() {
        org.jfree.chart.JFreeChart chart = TradeChartFactory.create(vm.model(), vm.style());
        double upper = chart.getXYPlot().getDomainAxis().getUpperBound();
        assertThat(upper).isGreaterThanOrEqualTo(2024);
        // what a drag up or left on the chart does (JFreeChart's "restore auto bounds")
        chart.getXYPlot().getDomainAxis().setAutoRange(true);
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(upper);
    }

    @Test
    void pngAtTwiceTheScaleHasTwiceThePixelsInEachDirection() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(TradeChartExport.png(vm.model(), vm.style(), 1024, 576, 2)));
        assertThat(img.getWidth()).isEqualTo(2048);
        assertThat(img.getHeight()).isEqualTo(1152);
    }

    @Test
    void darkLargeTypePngHasTheDarkBackground() throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(TradeChartExport.png(vm.model(), new ChartStyle(org.entente.ui.common.Theme.DARK, ChartStyle.LARGE), 800, 600, 1)));
        assertThat(img.getRGB(2, 2) & 0xffffff).isEqualTo(0x0d1117);
    }

    @Test
    void svgParsesAsXmlWithTheAskedWidthAndHeight() throws Exception {
        String svg = TradeChartExport.svg(vm.model(), vm.style(), 1280, 720);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // JFreeSVG names the SVG 1.1 DTD; parse offline without fetching it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(1280);
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("height"))).isEqualTo(720);
        assertThat(svg).contains("Vietnam–Russia", "Total bilateral trade");
    }

    @Test
    void csvHoldsExactlyThePlottedPoints() throws Exception {
        StringWriter out = new StringWriter();
        TradeChartExport.csv(vm.model(), out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(vm.model().rows().size());
        CSVRecord ru2023 = rows.stream().filter(r -> r.get("series").equals("Vietnam–Russia") && r.get("year").equals("2023")).findFirst().orElseThrow();
        assertThat(ru2023.get("value")).isEqualTo("3.63");
        assertThat(ru2023.get("unit")).isEqualTo("US$ bn");
        assertThat(ru2023.get("quality")).isEqualTo("reported");
        assertThat(ru2023.get("figures")).isEqualTo("Vietnam→Russia total 2023: 3,630,000,000 USD");
        assertThat(ru2023.get("sources")).contains("Diễn đàn Doanh nghiệp").contains("https://en.diendandoanhnghiep.vn/");
        assertThat(out.toString().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void sizesOutsideTheLimitsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> TradeChartExport.png(vm.model(), vm.style(), 20, 900, 1)).hasMessageContaining("20×900");
        assertThatThrownBy(() -> TradeChartExport.png(vm.model(), vm.style(), 800, 600, 8)).hasMessageContaining("scale 8.0");
    }
}
