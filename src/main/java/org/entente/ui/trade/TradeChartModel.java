package org.entente.ui.trade;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.entente.analysis.trade.DiplomacyMarker;
import org.entente.analysis.trade.MirrorComparison;
import org.entente.analysis.trade.PairFlows;
import org.entente.analysis.trade.SeriesUnit;
import org.entente.analysis.trade.TradeAnalysis;
import org.entente.analysis.trade.TradePoint;
import org.entente.analysis.trade.TradeSeries;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Exactly what one trade chart shows: its series, axes, markers and notes. The chart, the data
 * table and the CSV export are all made from this one value, so they cannot disagree.
 *
 * @param kind           the view
 * @param title          chart title
 * @param subtitle       what is measured and by whom
 * @param axisLabel      the primary value axis' label
 * @param unit           the primary axis' unit
 * @param logScale       whether the primary axis is logarithmic
 * @param series         plotted series, in legend order
 * @param secondaryLabel the secondary axis' label, or null when there is none
 * @param markers        diplomatic moments to mark, within the plotted years
 * @param notes          what the reader should know: empty series, undefined index, log not available
 */
public record TradeChartModel(ChartKind kind, String title, String subtitle, String axisLabel, SeriesUnit unit, boolean logScale,
                              List<PlottedSeries> series, String secondaryLabel, List<DiplomacyMarker> markers, List<String> notes) {

    /** Trade values are plotted in billions of US dollars: the figures are never finer than that. */
    public static final double BILLION = 1e9;

    public TradeChartModel {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        notes = List.copyOf(notes);
    }

    /** The value as it stands on the chart: US dollars in billions, indices and percentages as they are. */
    public static double chartValue(SeriesUnit unit, double value) { return unit == SeriesUnit.USD ? value / BILLION : value; }

    /**
     * Where a marker stands on the time axis. A year's value is drawn at the year's number, which
     * stands for the whole year from half a unit before to half after: 1 January 2012 is at 2011.5,
     * 1 July 2012 near 2012.0.
     */
    public static double markerX(DiplomacyMarker m) { return m.yearPosition() - 0.5; }

    public static String unitLabel(SeriesUnit unit) {
        return switch (unit) {
            case USD -> "US$ bn";
            case INDEX -> "index";
            case PERCENT -> "%";
        };
    }

    /** "US$ 3.63 bn", "848.4", "2.12 %". */
    public static String format(SeriesUnit unit, double value) {
        DecimalFormatSymbols en = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        return switch (unit) {
            case USD -> "US$ " + new DecimalFormat("#,##0.###", en).format(value / BILLION) + " bn";
            case INDEX -> new DecimalFormat("#,##0.0", en).format(value);
            case PERCENT -> new DecimalFormat("#,##0.##", en).format(value) + " %";
        };
    }

    /** The years the time axis spans: the plotted years and the years of the markers shown; null when nothing is plotted. */
    public int[] domain() {
        int[] r = yearRange();
        if (r == null) return null;
        for (DiplomacyMarker m : markers) {
            int y = (int) Math.round(markerX(m));
            r[0] = Math.min(r[0], y);
            r[1] = Math.max(r[1], y);
        }
        return r;
    }

    private static boolean isPair(TradeFigure f, TradePair p) {
        String r = f.reporter().name(), q = f.partner().name(), h = p.home().name(), o = p.partner().name();
        return (r.equals(h) && q.equals(o)) || (r.equals(o) && q.equals(h));
    }

    /** First and last plotted year, or null when nothing is plotted. */
    public int[] yearRange() {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (PlottedSeries p : series)
            if (!p.series().isEmpty()) {
                lo = Math.min(lo, p.series().firstYear());
                hi = Math.max(hi, p.series().lastYear());
            }
        return lo > hi ? null : new int[] {lo, hi};
    }

    public boolean hasFlaggedPoints() {
        return series.stream().anyMatch(p -> p.series().points().stream().anyMatch(TradePoint::flagged));
    }

    /** One row per plotted point, series by series, in year order. */
    public List<PlottedRow> rows() {
        List<PlottedRow> rows = new ArrayList<>();
        for (PlottedSeries p : series) {
            SeriesUnit u = p.series().unit();
            for (TradePoint pt : p.series().points()) {
                StringBuilder figs = new StringBuilder();
                for (TradeFigure f : pt.basis()) {
                    if (figs.length() > 0) figs.append("; ");
                    figs.append(f.reporter().name()).append('→').append(f.partner().name()).append(' ').append(f.flow().key())
                            .append(' ').append(f.year()).append(": ").append(String.format(Locale.ROOT, "%,d", f.valueUsd())).append(" USD");
                    if (f.quality() != org.entente.model.DataQuality.REPORTED) figs.append(" (").append(f.quality().key()).append(')');
                }
                rows.add(new PlottedRow(p.legend(), pt.year(), chartValue(u, pt.value()), unitLabel(u), pt.quality(), pt.reporters(),
                        figs.toString(), pt.sources()));
            }
        }
        return rows;
    }

    /** Builds the model of the chosen view from the library's figures and markers. */
    public static TradeChartModel build(Collection<TradeFigure> figures, Collection<DiplomacyMarker> allMarkers, TradeChartSettings s) {
        List<PlottedSeries> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<TradePair> involved = new ArrayList<>();
        String title, subtitle, axis, secondary = null;
        SeriesUnit unit;
        boolean log = s.logScale() && s.kind().allowsLog();
        switch (s.kind()) {
            case OVER_TIME, INDEXED -> {
                boolean indexed = s.kind() == ChartKind.INDEXED;
                for (TradePair pair : s.pairs()) {
                    TradeSeries total = TradeAnalysis.total(figures, pair.home(), pair.partner());
                    TradeSeries shown = indexed ? TradeAnalysis.indexed(total, s.baseYear()) : total;
                    if (shown.note() != null) notes.add(shown.note());
                    series.add(new PlottedSeries(pair.label(), shown, PlottedSeries.Style.LINE));
                    involved.add(pair);
                }
                title = indexed ? "Trade indexed to " + s.baseYear() + " = 100" : "Total bilateral trade";
                subtitle = "As reported by " + reporters(s.pairs()) + (indexed ? "" : ", US$ billion") + " · a break in a line is a year with no figure";
                axis = indexed ? "Index (" + s.baseYear() + " = 100)" : "US$ billion" + (log ? " (log scale)" : "");
                unit = indexed ? SeriesUnit.INDEX : SeriesUnit.USD;
                if (s.pairs().isEmpty()) notes.add("Choose at least one pair.");
            }
            case SHARE -> {
                TradePair part = s.sharePart(), whole = s.shareWhole();
                title = "Trade of one pair as a share of another";
                unit = SeriesUnit.PERCENT;
                if (part == null || whole == null) {
                    notes.add("Choose two pairs to compare.");
                    subtitle = "";
                    axis = "%";
                } else {
                    TradeSeries share = TradeAnalysis.share(TradeAnalysis.total(figures, part.home(), part.partner()),
                            TradeAnalysis.total(figures, whole.home(), whole.partner()));
                    if (share.note() != null) notes.add(share.note());
                    series.add(new PlottedSeries(part.label() + " as % of " + whole.label(), share, PlottedSeries.Style.LINE));
                    involved.add(part);
                    involved.add(whole);
                    subtitle = "Only years in which both totals are reported; as reported by " + reporters(List.of(part, whole));
                    axis = "% of " + whole.label() + " trade" + (log ? " (log scale)" : "");
                }
            }
            case FLOWS -> {
                TradePair pair = s.focusPair();
                title = pair == null ? "Exports, imports and balance" : pair.label() + ": exports, imports and balance";
                unit = SeriesUnit.USD;
                axis = "US$ billion";
                if (pair == null) {
                    notes.add("Choose a pair.");
                    subtitle = "";
                } else {
                    PairFlows f = TradeAnalysis.flows(figures, pair.home(), pair.partner());
                    String h = pair.home().name(), p = pair.partner().name();
                    series.add(new PlottedSeries(h + "'s exports to " + p, f.exports(), PlottedSeries.Style.BAR));
                    series.add(new PlottedSeries(h + "'s imports from " + p, f.imports(), PlottedSeries.Style.BAR));
                    series.add(new PlottedSeries("Balance (exports − imports)", f.balance(), PlottedSeries.Style.BAR));
                    for (TradeSeries t : List.of(f.exports(), f.imports(), f.balance())) if (t.note() != null) notes.add(t.note());
                    involved.add(pair);
                    subtitle = "As reported by " + h + ", US$ billion; a balance only where both flows are reported";
                }
                if (s.logScale()) notes.add("No log scale here: a balance can be negative.");
            }
            case MIRROR -> {
                TradePair pair = s.focusPair();
                title = pair == null ? "Mirror statistics" : pair.label() + ": each side's figures";
                unit = SeriesUnit.USD;
                axis = "US$ billion" + (log ? " (log scale)" : "");
                if (pair == null) {
                    notes.add("Choose a pair.");
                    subtitle = "";
                } else {
                    MirrorComparison m = TradeAnalysis.mirror(figures, pair.home(), pair.partner(), TradeFlow.TOTAL);
                    String h = pair.home().name(), p = pair.partner().name();
                    if (s.mirrorSide() != MirrorSide.PARTNER) series.add(new PlottedSeries("Reported by " + h, m.byFirst(), PlottedSeries.Style.LINE));
                    if (s.mirrorSide() != MirrorSide.HOME) series.add(new PlottedSeries("Reported by " + p, m.bySecond(), PlottedSeries.Style.LINE));
                    if (s.mirrorSide() == MirrorSide.BOTH) {
                        series.add(new PlottedSeries("Gap: " + p + "'s figure vs " + h + "'s, %", m.relativeGap(), PlottedSeries.Style.SECONDARY_BAR));
                        secondary = "Gap, % of " + h + "'s figure";
                        if (m.gap().note() != null) notes.add(m.gap().note());
                    }
                    for (PlottedSeries ps : series)
                        if (ps.series().isEmpty() && ps.series().note() != null) notes.add(ps.series().note());
                    involved.add(pair);
                    subtitle = "Total trade, US$ billion: the same trade as each side's statistics give it";
                }
            }
            default -> throw new IllegalStateException("unknown view " + s.kind());
        }
        List<DiplomacyMarker> markers = new ArrayList<>();
        TradeChartModel draft = new TradeChartModel(s.kind(), title, subtitle, axis, unit, log, series, secondary, List.of(), notes);
        int[] years = draft.yearRange();
        if (s.showEvents() && years != null) {
            // a visit after a pair's last plotted figure still belongs on the chart while either side reports that year
            int last = years[1];
            for (TradeFigure f : figures)
                if (involved.stream().anyMatch(p -> isPair(f, p))) last = Math.max(last, f.year());
            for (DiplomacyMarker m : allMarkers) {
                double x = markerX(m);
                if (x < years[0] - 0.5 || x > last + 0.5) continue;
                if (involved.stream().anyMatch(p -> m.concerns(p.home().name(), p.partner().name()))) markers.add(m);
            }
        }
        return new TradeChartModel(s.kind(), title, subtitle, axis, unit, log, series, secondary, markers, notes);
    }

    private static String reporters(List<TradePair> pairs) {
        List<String> names = pairs.stream().map(p -> p.home().name()).distinct().toList();
        return names.isEmpty() ? "—" : String.join(", ", names);
    }
}
