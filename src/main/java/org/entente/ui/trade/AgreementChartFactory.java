package org.entente.ui.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasurePoint;
import org.entente.i18n.I18n;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The UN-vote agreement chart, on the trade charts' conventions: one line per pair over the years
 * (a year's value at the year's number, steps of 1, 2, 5 or 10 years), the same colours, fonts and
 * strokes ({@link ChartStyle}); a year with no shared roll call is a gap in the line, never a zero;
 * a year with fewer than {@link org.entente.analysis.UnAgreement#UNSURE_BELOW} shared roll calls is
 * a hollow triangle, as an unsure trade figure is, with its legend entry.
 */
public final class AgreementChartFactory {
    private AgreementChartFactory() {}

    /** The chart's title, in the interface language. */
    public static String title() { return I18n.t("measures.agreement.title"); }

    /** Where the votes come from (the dataset's own name stays in English in every language). */
    static String citation() { return I18n.t("measures.agreement.citation"); }

    public static JFreeChart create(List<AgreementViewModel.Series> series, AgreementViewModel.Index index, ChartStyle style) {
        XYPlot plot = TradeChartFactory.plot(style);

        NumberAxis years = new NumberAxis(I18n.t("measures.axis.year"));
        years.setStandardTickUnits(TradeChartFactory.yearTickUnits());
        years.setAutoRangeIncludesZero(false);
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (AgreementViewModel.Series s : series)
            for (MeasurePoint p : s.points()) {
                first = Math.min(first, p.year());
                last = Math.max(last, p.year());
            }
        if (first <= last) years.setRange(first - 0.5, last + 0.5);
        else years.setRange(1945.5, 2020.5);
        TradeChartFactory.styleAxis(years, style);
        plot.setDomainAxis(years);

        NumberAxis values = new NumberAxis(index.axisLabel());
        values.setRange(index.lower() - 0.05, index.upper() + 0.05);
        // ticks in the interface language: "0.5" in English, "0,5" in Vietnamese
        values.setNumberFormatOverride(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(I18n.locale())));
        values.setTickUnit(new NumberTickUnit(index.lower() < 0 ? 0.5 : 0.2, new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(I18n.locale()))));
        TradeChartFactory.styleAxis(values, style);
        plot.setRangeAxis(values);

        List<List<MeasurePoint>> items = new ArrayList<>();
        // a run of years without a shared roll call: the break just after the last year with one
        XYSeriesCollection dataset = brokenLines(series, MeasurePoint::year, MeasurePoint::year, (previous, p) -> previous + 1.0, p -> {
            double v = index.of(p);
            return Double.isNaN(v) ? null : Double.valueOf(v);
        }, items);
        UnsureLineRenderer renderer = new UnsureLineRenderer(items, style);
        for (int i = 0; i < series.size(); i++) renderer.setSeriesPaint(i, style.seriesColour(i));
        renderer.setDefaultToolTipGenerator((d, s, i) -> {
            MeasurePoint p = items.get(s).get(i);
            if (p == null) return null;
            // the year as it is written ("2015", never "2,015"); the counts and the index in the interface language
            return I18n.t(p.unsure() ? "measures.agreement.tooltip.unsure" : "measures.agreement.tooltip", d.getSeriesKey(s),
                    Integer.toString(p.year()), index.label(), I18n.fixed(index.of(p), 2), p.counts().get("same_votes").intValue(),
                    p.counts().get("shared_roll_calls").intValue(), UnAgreement.UNSURE_BELOW);
        });
        plot.setDataset(dataset);
        plot.setRenderer(renderer);

        return pairsChart(title(), plot, series, I18n.t("measures.agreement.subtitle", index.label()), citation(),
                I18n.t("measures.agreement.empty"), I18n.t("measures.agreement.legend.unsure", UnAgreement.UNSURE_BELOW), style);
    }

    /**
     * Each pair's points as a line over {@code x}, broken by one null item in each run of missing
     * steps (years, months): a gap, never a zero. {@code items} gets each series' point behind
     * each item (null at a break), for the tooltips and the unsure shapes.
     *
     * @param step    a point's step: consecutive steps are joined
     * @param breakAt where the null item goes, from the step before the run and the point after it
     * @param value   a point's plotted value, or null for none
     */
    static XYSeriesCollection brokenLines(List<AgreementViewModel.Series> series, ToIntFunction<MeasurePoint> step,
                                          ToDoubleFunction<MeasurePoint> x, BiFunction<Integer, MeasurePoint, Double> breakAt,
                                          Function<MeasurePoint, Double> value, List<List<MeasurePoint>> items) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (AgreementViewModel.Series s : series) {
            XYSeries xy = new XYSeries(s.pair().label(), true, false);
            List<MeasurePoint> plotted = new ArrayList<>();
            int previous = Integer.MIN_VALUE;
            for (MeasurePoint p : s.points()) {
                int at = step.applyAsInt(p);
                if (previous != Integer.MIN_VALUE && at > previous + 1) {
                    xy.add(breakAt.apply(previous, p), null);
                    plotted.add(null);
                }
                xy.add(Double.valueOf(x.applyAsDouble(p)), value.apply(p));
                plotted.add(p);
                previous = at;
            }
            dataset.addSeries(xy);
            items.add(plotted);
        }
        return dataset;
    }

    /**
     * A chart of pairs (agreement, coded events) around {@code plot}: {@code title} on the left,
     * {@code subtitle} and {@code citation} under it, {@code empty} as a warning when nothing is
     * plotted, and the legend below: a dot and line per pair (a click on it selects the series,
     * see SeriesFocus) and, when a point is unsure, the hollow triangle's entry {@code unsureLegend}.
     */
    static JFreeChart pairsChart(String title, XYPlot plot, List<AgreementViewModel.Series> series, String subtitle, String citation,
                                 String empty, String unsureLegend, ChartStyle style) {
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
        chart.setBackgroundPaint(style.background());
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setPaint(style.foreground());
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(TradeChartFactory.subtitle(subtitle, style, style.muted()));
        chart.addSubtitle(TradeChartFactory.subtitle(citation, style, style.muted()));
        if (series.isEmpty() || series.stream().allMatch(s -> s.points().isEmpty()))
            chart.addSubtitle(TradeChartFactory.subtitle("⚠ " + empty, style, style.partnershipMarker()));
        styleLegend(chart, style);
        LegendItemCollection legendItems = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            Shape dot = dot(style.shapeRadius());
            Color c = style.seriesColour(i);
            LegendItem item = new LegendItem(series.get(i).pair().label(), null, null, null, true, dot, true, c,
                    false, c, new BasicStroke(1f), true, new Line2D.Double(-7, 0, 7, 0), style.lineStroke(), c);
            // a click on it selects the series (SeriesFocus)
            item.setSeriesKey(series.get(i).pair().label());
            legendItems.add(item);
        }
        if (series.stream().anyMatch(s -> s.points().stream().anyMatch(MeasurePoint::unsure))) {
            Color fg = style.foreground();
            legendItems.add(new LegendItem(unsureLegend, null, null, null, true,
                    TradeChartFactory.FlaggedLineRenderer.triangle(style.shapeRadius() * 1.45), false, fg, true, fg, new BasicStroke(1.5f), false,
                    new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1f), fg));
        }
        plot.setFixedLegendItems(legendItems);
        return chart;
    }

    /** A round dot of radius {@code r}, centred. */
    static Shape dot(double r) { return new Ellipse2D.Double(-r, -r, r * 2, r * 2); }


    /** The legend below the chart, in the style's font and colours, without a frame. */
    static void styleLegend(JFreeChart chart, ChartStyle style) {
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(style.legendFont());
        legend.setItemPaint(style.foreground());
        legend.setBackgroundPaint(style.background());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }

    /** Lines broken at null items; solid dots, hollow triangles for unsure years. */
    static final class UnsureLineRenderer extends XYLineAndShapeRenderer {
        private final transient List<List<MeasurePoint>> items;
        private final double radius;

        UnsureLineRenderer(List<List<MeasurePoint>> items, ChartStyle style) {
            super(true, true);
            this.items = items;
            this.radius = style.shapeRadius();
            TradeChartFactory.styleLines(this, style);
        }

        MeasurePoint point(int series, int item) {
            List<MeasurePoint> l = series < items.size() ? items.get(series) : null;
            return l == null || item >= l.size() ? null : l.get(item);
        }

        /** Dense lines (a decade of months and more): dots only where a figure is unsure, the rest a plain line. */
        private boolean unsureShapesOnly;

        void setUnsureShapesOnly(boolean only) { this.unsureShapesOnly = only; }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            if (!unsureShapesOnly) return super.getItemShapeVisible(series, item);
            MeasurePoint p = point(series, item);
            return p != null && p.unsure();
        }

        @Override
        public Shape getItemShape(int series, int item) {
            MeasurePoint p = point(series, item);
            return p != null && p.unsure() ? TradeChartFactory.FlaggedLineRenderer.triangle(radius * 1.45) : super.getItemShape(series, item);
        }

        @Override
        public Paint getItemFillPaint(int series, int item) {
            MeasurePoint p = point(series, item);
            return p != null && !p.unsure() ? getItemPaint(series, item) : super.getItemFillPaint(series, item);
        }
    }
}
