package org.entente.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.entente.analysis.trade.DiplomacyMarker;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.ui.trade.ChartKind;
import org.entente.ui.trade.ChartStyle;
import org.entente.ui.trade.MirrorSide;
import org.entente.ui.trade.TradeChartExport;
import org.entente.ui.trade.TradeChartFactory;
import org.entente.ui.trade.TradeChartModel;
import org.entente.ui.trade.TradeChartSettings;
import org.entente.ui.trade.TradePair;
import org.jfree.chart.JFreeChart;
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
 * Trade charts: rendering a 1600×900 chart of three series over 30 years to PNG (target under
 * 150 ms), and switching pairs or views (target under 50 ms): a switch recomputes the chart model
 * from the figures in memory, builds a new JFreeChart and draws it at 1600×900. The on-screen
 * switch draws into the JavaFX canvas through FXGraphics2D; here the same chart draws into a
 * Java2D image, which is the closest headless stand-in.
 *
 * <p>Data: three pairs (Vietnam with China, Russia, United States) × 30 years (1995–2024) × total,
 * export and import as each side reports it (540 figures), every 7th year missing, every 5th figure
 * approximate, and 12 diplomatic markers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TradeChartBench {
    static final int FIRST = 1995, YEARS = 30;

    @Param({"false", "true"})
    public boolean logScale;

    List<TradeFigure> figures;
    List<DiplomacyMarker> markers;
    List<TradePair> pairs;
    TradeChartSettings overTime;
    TradeChartModel model;
    ChartStyle style = ChartStyle.LIGHT;
    BufferedImage canvas;
    int step;

    @Setup(Level.Trial)
    public void setUp() {
        Random r = new Random(42);
        Actor vn = new Actor(1, "Vietnam", org.entente.model.ActorKind.COUNTRY, "VNM", null);
        Actor[] partners = {new Actor(2, "China", org.entente.model.ActorKind.COUNTRY, "CHN", null),
                new Actor(3, "Russia", org.entente.model.ActorKind.COUNTRY, "RUS", null),
                new Actor(4, "United States", org.entente.model.ActorKind.COUNTRY, "USA", null)};
        double[] start = {2e9, 0.5e9, 0.8e9};
        Source src = new Source(1, "Synthetic trade statistics", "Entente benchmarks", null, null, "https://example.org/bench", null, null);
        figures = new ArrayList<>();
        markers = new ArrayList<>();
        pairs = new ArrayList<>();
        long id = 1;
        for (int p = 0; p < partners.length; p++) {
            pairs.add(new TradePair(vn, partners[p]));
            double total = start[p];
            for (int y = FIRST; y < FIRST + YEARS; y++) {
                total *= 1.05 + r.nextDouble() * 0.15;
                if ((y + p) % 7 == 0) continue; // a gap
                for (Actor[] side : new Actor[][] {{vn, partners[p]}, {partners[p], vn}}) {
                    double mirror = side[0] == vn ? 1 : 1.1 + r.nextDouble() * 0.3;
                    long t = Math.round(total * mirror), x = Math.round(t * (0.3 + r.nextDouble() * 0.4));
                    DataQuality q = id % 5 == 0 ? DataQuality.APPROXIMATE : DataQuality.REPORTED;
                    figures.add(new TradeFigure(id++, side[0], side[1], y, TradeFlow.TOTAL, t, q, Citation.of(src)));
                    figures.add(new TradeFigure(id++, side[0], side[1], y, TradeFlow.EXPORT, x, q, Citation.of(src)));
                    figures.add(new TradeFigure(id++, side[0], side[1], y, TradeFlow.IMPORT, t - x, q, Citation.of(src)));
                }
            }
            for (int k = 0; k < 4; k++)
                markers.add(new DiplomacyMarker(LocalDate.of(FIRST + 3 + k * 7 + p, 6, 1), partners[p].name() + ": visit " + k, null,
                        k % 2 == 0 ? DiplomacyMarker.Kind.VISIT : DiplomacyMarker.Kind.PARTNERSHIP, Set.of("Vietnam", partners[p].name())));
        }
        overTime = new TradeChartSettings(ChartKind.OVER_TIME, pairs, logScale, 2005, pairs.get(1), pairs.get(0), pairs.get(0),
                MirrorSide.BOTH, true);
        model = TradeChartModel.build(figures, markers, overTime);
        if (model.series().size() != 3 || model.rows().size() < 3 * 25) throw new IllegalStateException("unexpected benchmark data");
        canvas = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
    }

    /** The export path: model → chart → 1600×900 image → PNG bytes. */
    @Benchmark
    public byte[] renderPng1600x900() {
        return TradeChartExport.png(model, style, 1600, 900, 1);
    }

    /** One switch of view, cycling through all five, each ending in a drawn 1600×900 chart. */
    @Benchmark
    public BufferedImage switchView() {
        ChartKind kind = ChartKind.values()[step++ % ChartKind.values().length];
        return draw(TradeChartModel.build(figures, markers, overTime.withKind(kind)));
    }

    /** One switch of the chosen pairs in the over-time view (drop one pair, or bring all three back). */
    @Benchmark
    public BufferedImage switchPairs() {
        int s = step++ % 4;
        List<TradePair> chosen = s == 3 ? pairs : List.of(pairs.get(s), pairs.get((s + 1) % 3));
        return draw(TradeChartModel.build(figures, markers, overTime.withPairs(chosen)));
    }

    private BufferedImage draw(TradeChartModel m) {
        JFreeChart chart = TradeChartFactory.create(m, style);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, 1600, 900));
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
