package org.entente.ui.trade;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasurePoint;
import org.entente.i18n.I18n;
import org.entente.model.EventDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The coded-events chart, on the agreement chart's conventions ({@link AgreementChartFactory}): one
 * line per pair over the months (a month's value at its middle on a time axis in years), dots, a
 * hollow triangle for an unsure month, legends below. Mean Goldstein score: fixed −10 (conflict) …
 * +10 (cooperation) with a line at 0; a month without a scored event is a gap, never a zero.
 * Events per month: from 0, every month the library holds coded events for.
 */
public final class CodedEventsChartFactory {
    private CodedEventsChartFactory() {}

    /** The most months a line is drawn with a dot at each. */
    static final int DOTS_UP_TO = 120;

    /** The chart's title for a measure, in the interface language. */
    public static String title(MeasureKind kind) {
        return kind == MeasureKind.GOLDSTEIN ? I18n.t("measures.coded.title.goldstein") : I18n.t("measures.coded.title.count");
    }

    /** A month as the interface writes it: "March 2024", "tháng 3 năm 2024". */
    static String month(MeasurePoint p) { return EventDate.ofMonth(p.year(), p.month()).display(I18n.locale()); }

    public static JFreeChart create(List<AgreementViewModel.Series> series, MeasureKind kind, ChartStyle style) {
        boolean goldstein = kind == MeasureKind.GOLDSTEIN;
        XYPlot plot = TradeChartFactory.plot(style);

        NumberAxis time = new NumberAxis(I18n.t("measures.coded.axis.month"));
        time.setStandardTickUnits(TradeChartFactory.yearTickUnits());
        time.setAutoRangeIncludesZero(false);
        double first = Double.MAX_VALUE, last = -Double.MAX_VALUE;
        for (AgreementViewModel.Series s : series)
            for (MeasurePoint p : s.points()) {
                first = Math.min(first, p.time());
                last = Math.max(last, p.time());
            }
        // whole years shown, the ticks at the years' starts
        if (first <= last) time.setRange(Math.floor(first), Math.floor(last) + 1);
        else time.setRange(2015, 2025);
        TradeChartFactory.styleAxis(time, style);
        plot.setDomainAxis(time);

        NumberAxis values = new NumberAxis(goldstein ? I18n.t("measures.coded.axis.goldstein") : I18n.t("measures.coded.axis.count"));
        DecimalFormat ticks = new DecimalFormat("0", DecimalFormatSymbols.getInstance(I18n.locale()));
        if (goldstein) {
            values.setRange(-10.5, 10.5);
            values.setTickUnit(new NumberTickUnit(2.5, new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(I18n.locale()))));
            ValueMarker zero = new ValueMarker(0, style.muted(), new BasicStroke((float) (1.5 * style.typeScale())));
            plot.addRangeMarker(zero);
        } else {
            values.setAutoRangeIncludesZero(true);
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(I18n.locale()));
            values.setNumberFormatOverride(TradeChartFactory.valueFormat());
        }
        TradeChartFactory.styleAxis(values, style);
        plot.setRangeAxis(values);

        List<List<MeasurePoint>> items = new ArrayList<>();
        // a run of months without a scored event: the break a month before the next month with one
        XYSeriesCollection dataset = AgreementChartFactory.brokenLines(series, p -> p.year() * 12 + p.month() - 1, MeasurePoint::time,
                (previous, p) -> p.time() - 1 / 12.0, p -> p.value(), items);
        AgreementChartFactory.UnsureLineRenderer renderer = new AgreementChartFactory.UnsureLineRenderer(items, style);
        for (int i = 0; i < series.size(); i++) renderer.setSeriesPaint(i, style.seriesColour(i));
        // a few years of months: small dots; more than a decade (120 months): a plain line with the
        // unsure months still marked — hundreds of dots hide the line and cost most of a redraw
        renderer.setDefaultShape(AgreementChartFactory.dot(style.shapeRadius() * 0.7));
        renderer.setUnsureShapesOnly(items.stream().anyMatch(l -> l.size() > DOTS_UP_TO));
        renderer.setDefaultToolTipGenerator((d, s, i) -> {
            MeasurePoint p = items.get(s).get(i);
            if (p == null) return null;
            int events = p.counts().get("events").intValue(), scored = p.counts().get("scored").intValue();
            if (!goldstein) return I18n.t("measures.coded.tooltip.count", d.getSeriesKey(s), month(p), events, scored);
            return I18n.t(p.unsure() ? "measures.coded.tooltip.goldstein.unsure" : "measures.coded.tooltip.goldstein", d.getSeriesKey(s), month(p),
                    I18n.fixed(p.value(), 1), scored, events, CooperationConflict.UNSURE_BELOW);
        });
        plot.setDataset(dataset);
        plot.setRenderer(renderer);

        return AgreementChartFactory.pairsChart(title(kind), plot, series,
                goldstein ? I18n.t("measures.coded.subtitle.goldstein") : I18n.t("measures.coded.subtitle.count"),
                I18n.t("measures.coded.citation"), I18n.t("measures.coded.empty"),
                I18n.t("measures.coded.legend.unsure", CooperationConflict.UNSURE_BELOW), style);
    }
}
