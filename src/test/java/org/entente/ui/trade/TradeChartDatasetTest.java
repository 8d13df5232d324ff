package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.app.trade.TradeData;
import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's dataset holds exactly the starter library's figures, as a real SQLite library returns them. */
class TradeChartDatasetTest {
    @TempDir
    static Path dir;
    static Library library;
    static TradeData data;
    static TradeViewModel vm;

    @BeforeAll
    static void load() throws Exception {
        library = StarterFixture.create(dir.resolve("starter.entente"));
        data = TradeData.load(library);
        vm = new TradeViewModel();
        vm.setData(data);
    }

    @AfterAll
    static void close() { library.close(); }

    /** Year → plotted value of the dataset's series with this key; gap items (null) are left out. */
    static Map<Integer, Double> plotted(XYDataset d, String key) {
        int s = d.indexOf(key);
        assertThat(s).as("series " + key).isGreaterThanOrEqualTo(0);
        Map<Integer, Double> out = new HashMap<>();
        for (int i = 0; i < d.getItemCount(s); i++)
            if (d.getY(s, i) != null) out.put((int) d.getXValue(s, i), d.getYValue(s, i));
        return out;
    }

    static Map<Integer, Double> stored(String reporter, String partner) {
        Map<Integer, Double> out = new HashMap<>();
        for (TradeFigure f : library.trade().all())
            if (f.reporter().name().equals(reporter) && f.partner().name().equals(partner) && f.flow() == TradeFlow.TOTAL)
                out.put(f.year(), f.valueUsd() / 1e9);
        return out;
    }

    @Test
    void defaultChartShowsVietnamsTotalsWithChinaRussiaAndTheUsExactlyAsStored() {
        JFreeChart chart = TradeChartFactory.create(vm.model(), vm.style());
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset(TradeChartFactory.PRIMARY);
        assertThat(d.getSeriesCount()).isEqualTo(3);
        assertThat(List.of(d.getSeriesKey(0), d.getSeriesKey(1), d.getSeriesKey(2))).containsExactly("Vietnam–China", "Vietnam–Russia", "Vietnam–United States");
        assertThat(plotted(d, "Vietnam–Russia").get(2023)).isEqualTo(3.63);
        assertThat(plotted(d, "Vietnam–China").get(2023)).isEqualTo(171.2);
        assertThat(plotted(d, "Vietnam–China")).isEqualTo(stored("Vietnam", "China"));
        assertThat(plotted(d, "Vietnam–Russia")).isEqualTo(stored("Vietnam", "Russia"));
        assertThat(plotted(d, "Vietnam–United States")).isEqualTo(stored("Vietnam", "United States"));
        assertThat(plot.getRangeAxis()).isInstanceOf(NumberAxis.class);
    }

    @Test
    void aMissingYearIsANullItemSoNoLineCrossesIt() {
        XYDataset d = TradeChartFactory.create(vm.model(), vm.style()).getXYPlot().getDataset(0);
        int ru = d.indexOf("Vietnam–Russia");
        List<Integer> gapsAt = new ArrayList<>();
        for (int i = 0; i < d.getItemCount(ru); i++) if (d.getY(ru, i) == null) gapsAt.add((int) d.getXValue(ru, i));
        // Vietnam's Russia series: 2011, 2012, 2014, 2016–2023 → breaks after 2012 and after 2014
        assertThat(gapsAt).containsExactly(2013, 2015);
    }

    @Test
    void tooltipsNameFigureReporterQualityAndSource() {
        JFreeChart chart = TradeChartFactory.create(vm.model(), vm.style());
        XYPlot plot = chart.getXYPlot();
        XYDataset d = plot.getDataset(0);
        int ru = d.indexOf("Vietnam–Russia");
        int item2011 = d.getItemCount(ru);
        for (int i = 0; i < d.getItemCount(ru); i++) if (d.getXValue(ru, i) == 2011) item2011 = i;
        String tip = plot.getRenderer().getToolTipGenerator(ru, item2011).generateToolTip(d, ru, item2011);
        assertThat(tip).contains("Vietnam–Russia, 2011: US$ 2 bn", "Reported by Vietnam", "Quality: approximate",
                "https://fr.vietnamplus.vn/aide-aux-entreprises-vietnamiennes-dans-lacces-aux-marches-de-la-cei-post36684.vnp");
    }

    @Test
    void logScaleShareFlowsAndMirrorUseTheStoredFigures() {
        vm.logScaleProperty().set(true);
        try {
            assertThat(TradeChartFactory.create(vm.model(), vm.style()).getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
            vm.kindProperty().set(ChartKind.SHARE);
            XYDataset share = TradeChartFactory.create(vm.model(), vm.style()).getXYPlot().getDataset(0);
            assertThat(plotted(share, "Vietnam–Russia as % of Vietnam–China").get(2023)).isEqualTo(3.63e9 / 171.2e9 * 100);
            vm.kindProperty().set(ChartKind.FLOWS);
            XYPlot flows = TradeChartFactory.create(vm.model(), vm.style()).getXYPlot();
            assertThat(flows.getRangeAxis()).isInstanceOf(NumberAxis.class); // a balance can be negative
            assertThat(plotted(flows.getDataset(0), "Balance (exports − imports)").get(2023)).isEqualTo((61.2e9 - 110.6e9) / 1e9);
            vm.kindProperty().set(ChartKind.MIRROR);
            XYPlot mirror = TradeChartFactory.create(vm.model(), vm.style()).getXYPlot();
            assertThat(plotted(mirror.getDataset(0), "Reported by Russia")).containsEntry(2021, 7.1).containsEntry(2011, 3.06);
            assertThat(plotted(mirror.getDataset(0), "Reported by Vietnam")).containsEntry(2021, 5.5);
            assertThat(plotted(mirror.getDataset(TradeChartFactory.SECONDARY), "Gap: Russia's figure vs Vietnam's, %").get(2021))
                    .isEqualTo((7.1e9 - 5.5e9) / 5.5e9 * 100);
        } finally {
            vm.kindProperty().set(ChartKind.OVER_TIME);
            vm.logScaleProperty().set(false);
        }
    }

    @Test
    void theDefaultBaseYearIsTheFirstYearAllThreePairsReport() {
        // Vietnam reports its China, Russia and US totals together first in 2016 (2014 has no US total, 2015 no China total)
        assertThat(vm.baseYearProperty().get()).isEqualTo(2016);
    }

    @Test
    void tableRowsAreExactlyThePlottedPointsWithTheirSources() {
        List<PlottedRow> rows = vm.model().rows();
        long points = vm.model().series().stream().mapToLong(s -> s.series().points().size()).sum();
        assertThat(rows).hasSize((int) points);
        PlottedRow ru2023 = rows.stream().filter(r -> r.series().equals("Vietnam–Russia") && r.year() == 2023).findFirst().orElseThrow();
        assertThat(ru2023.value()).isEqualTo(3.63);
        assertThat(ru2023.figures()).isEqualTo("Vietnam→Russia total 2023: 3,630,000,000 USD");
        assertThat(ru2023.sources()).contains("https://en.diendandoanhnghiep.vn/");
        PlottedRow us2015 = rows.stream().filter(r -> r.series().equals("Vietnam–United States") && r.year() == 2015).findFirst().orElseThrow();
        assertThat(us2015.quality()).isEqualTo(DataQuality.UNSURE);
    }

    @Test
    void markersAreThePairsPartnershipChangesAndVisitsOnly() {
        var labels = vm.model().markers().stream().map(m -> m.date() + " " + m.label()).toList();
        // partnership labels are made here from the stored spells; visit labels are the starter's event titles, at most 64 characters
        assertThat(labels.stream().map(l -> l.substring(0, 10)).toList()).containsExactly("2008-06-01", "2012-07-01", "2013-07-01",
                "2013-11-12", "2023-09-10", "2023-12-12", "2023-12-12", "2024-06-19");
        assertThat(labels).contains("2008-06-01 China: Comprehensive strategic", "2012-07-01 Russia: Comprehensive strategic",
                "2013-07-01 United States: Comprehensive", "2023-09-10 United States: Comprehensive strategic");
        assertThat(labels.get(3)).contains("Putin");
        assertThat(labels.get(7)).contains("Putin");
        assertThat(vm.model().markers()).allMatch(m -> m.label().length() <= 64);
        // the longest official wording reads whole (it was cut at 40: "China: Community with a Shared Future o…")
        assertThat(labels).contains("2023-12-12 China: Community with a Shared Future of strategic significance");
        // Putin in Beijing (China–Russia) concerns no plotted pair; the 2012 upgrade event and the stored spell are one marker
        assertThat(vm.model().markers()).extracting(m -> m.kind().name()).containsExactly(
                "PARTNERSHIP", "PARTNERSHIP", "PARTNERSHIP", "VISIT", "PARTNERSHIP", "PARTNERSHIP", "VISIT", "VISIT");
    }

    @Test
    void writesAPreviewForTheDeveloperToLookAt() throws Exception {
        vm.logScaleProperty().set(true);
        try {
            Path out = Path.of("target/trade-preview.png");
            Files.write(out, TradeChartExport.png(vm.model(), vm.style(), 1600, 900, 1));
            assertThat(Files.size(out)).isPositive();
            vm.kindProperty().set(ChartKind.MIRROR);
            Files.write(Path.of("target/trade-preview-mirror-dark-large.png"), TradeChartExport.png(vm.model(), new ChartStyle(org.entente.ui.common.Theme.DARK, ChartStyle.LARGE), 1600, 900, 1));
            vm.kindProperty().set(ChartKind.FLOWS);
            Files.write(Path.of("target/trade-preview-flows.png"), TradeChartExport.png(vm.model(), vm.style(), 1600, 900, 1));
            vm.kindProperty().set(ChartKind.INDEXED);
            Files.write(Path.of("target/trade-preview-indexed.png"), TradeChartExport.png(vm.model(), vm.style(), 1600, 900, 1));
        } finally {
            vm.logScaleProperty().set(false);
            vm.kindProperty().set(ChartKind.OVER_TIME);
        }
    }
}
