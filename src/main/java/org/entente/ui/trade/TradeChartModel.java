package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.entente.i18n.I18n;

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

    /**
     * The unit's code in the data table's CSV export: "US$ bn", "index" or "%". It stays the same in
     * every language, as the export's column names do, so a script reading the file need not know
     * the interface's language.
     */
    public static String unitLabel(SeriesUnit unit) {
        return switch (unit) {
            case USD -> "US$ bn";
            case INDEX -> "index";
            case PERCENT -> "%";
        };
    }

    /** In the interface language: "US$ 3.63 bn", "848.4", "2.12 %"; in Vietnamese "3,63 tỷ USD", "848,4", "2,12%". */
    public static String format(SeriesUnit unit, double value) {
        return switch (unit) {
            case USD -> I18n.t("measures.value.usd", I18n.decimal(value / BILLION, 3));
            case INDEX -> I18n.fixed(value, 1);
            case PERCENT -> I18n.t("measures.value.percent", I18n.decimal(value, 2));
        };
    }

    /** A value as the data table shows it, as plotted and with its unit: "3.63 US$ bn" or "3,63 tỷ USD". */
    static String formatPlotted(SeriesUnit unit, double plotted) {
        String number = I18n.decimal(plotted, 3);
        return switch (unit) {
            case USD -> I18n.t("measures.table.value.usd", number);
            case INDEX -> I18n.t("measures.table.value.index", number);
            case PERCENT -> I18n.t("measures.table.value.percent", number);
        };
    }

    /** A stored figure as the data table shows it: "Vietnam→Russia total 2023: 3,630,000,000 USD (approximate)". */
    static String figureText(TradeFigure f) {
        boolean flagged = f.quality() != org.entente.model.DataQuality.REPORTED;
        return I18n.t(flagged ? "measures.table.figure.flagged" : "measures.table.figure", f.reporter().name(), f.partner().name(),
                flowName(f.flow()), Integer.toString(f.year()), I18n.integer(f.valueUsd()), qualityName(f.quality()));
    }

    /** A flow's name in the interface language: "total", "export", "import" in English (its key). */
    public static String flowName(TradeFlow flow) {
        return switch (flow) {
            case TOTAL -> I18n.t("measures.flow.total");
            case EXPORT -> I18n.t("measures.flow.export");
            case IMPORT -> I18n.t("measures.flow.import");
        };
    }

    /** A figure's quality in the interface language: "reported", "approximate", "unsure" in English (its key). */
    public static String qualityName(org.entente.model.DataQuality quality) {
        return switch (quality) {
            case REPORTED -> I18n.t("measures.quality.reported");
            case APPROXIMATE -> I18n.t("measures.quality.approximate");
            case UNSURE -> I18n.t("measures.quality.unsure");
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

    /**
     * One row per plotted point, series by series, in year order. The figures' text is the CSV
     * export's: its numbers unlocalised ("3,630,000,000 USD") and flows and qualities by their keys,
     * whatever the interface's language; the table writes them in the interface language from the basis.
     */
    public List<PlottedRow> rows() {
        List<PlottedRow> rows = new ArrayList<>();
        for (PlottedSeries p : series) {
            SeriesUnit u = p.series().unit();
            for (TradePoint pt : p.series().points()) {
                StringBuilder figs = new StringBuilder();
                List<String> shownFigures = new ArrayList<>();
                for (TradeFigure f : pt.basis()) {
                    shownFigures.add(figureText(f));
                    if (figs.length() > 0) figs.append("; ");
                    figs.append(f.reporter().name()).append('→').append(f.partner().name()).append(' ').append(f.flow().key())
                            .append(' ').append(f.year()).append(": ").append(String.format(Locale.ROOT, "%,d", f.valueUsd())).append(" USD");
                    if (f.quality() != org.entente.model.DataQuality.REPORTED) figs.append(" (").append(f.quality().key()).append(')');
                }
                rows.add(new PlottedRow(p.legend(), pt.year(), chartValue(u, pt.value()), unitLabel(u), pt.quality(), pt.reporters(),
                        figs.toString(), pt.sources(), new PlottedRow.Shown(formatPlotted(u, chartValue(u, pt.value())),
                        qualityName(pt.quality()), String.join("; ", shownFigures))));
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
                String base = Integer.toString(s.baseYear());
                for (TradePair pair : s.pairs()) {
                    TradeSeries total = TradeAnalysis.total(figures, pair.home(), pair.partner());
                    TradeSeries shown = indexed ? TradeAnalysis.indexed(total, s.baseYear()) : total;
                    String h = pair.home().name(), p = pair.partner().name();
                    if (!indexed) note(notes, shown, I18n.t("measures.note.no-total", h, p));
                    else if (shown.note() != null) // indexed() says why it is empty: no figure in the base year, or zero
                        notes.add(I18n.t(total.at(s.baseYear()).isEmpty() ? "measures.note.no-base-figure" : "measures.note.zero-base", h, p, base));
                    series.add(new PlottedSeries(pair.label(), shown, PlottedSeries.Style.LINE));
                    involved.add(pair);
                }
                title = indexed ? I18n.t("measures.title.indexed", base) : I18n.t("measures.title.over-time");
                subtitle = I18n.t(indexed ? "measures.subtitle.indexed" : "measures.subtitle.over-time", reporters(s.pairs()));
                axis = indexed ? I18n.t("measures.axis.index", base) : I18n.t(log ? "measures.axis.usd.log" : "measures.axis.usd");
                unit = indexed ? SeriesUnit.INDEX : SeriesUnit.USD;
                if (s.pairs().isEmpty()) notes.add(I18n.t("measures.note.choose-pairs"));
            }
            case SHARE -> {
                TradePair part = s.sharePart(), whole = s.shareWhole();
                title = I18n.t("measures.title.share");
                unit = SeriesUnit.PERCENT;
                if (part == null || whole == null) {
                    notes.add(I18n.t("measures.note.choose-two-pairs"));
                    subtitle = "";
                    axis = "%";
                } else {
                    TradeSeries share = TradeAnalysis.share(TradeAnalysis.total(figures, part.home(), part.partner()),
                            TradeAnalysis.total(figures, whole.home(), whole.partner()));
                    note(notes, share, I18n.t("measures.note.share-no-common-year", part.home().name(), part.partner().name(),
                            whole.home().name(), whole.partner().name()));
                    series.add(new PlottedSeries(I18n.t("measures.series.share", part.label(), whole.label()), share, PlottedSeries.Style.LINE));
                    involved.add(part);
                    involved.add(whole);
                    subtitle = I18n.t("measures.subtitle.share", reporters(List.of(part, whole)));
                    axis = I18n.t(log ? "measures.axis.share.log" : "measures.axis.share", whole.label());
                }
            }
            case FLOWS -> {
                TradePair pair = s.focusPair();
                title = pair == null ? I18n.t("measures.title.flows") : I18n.t("measures.title.flows.pair", pair.label());
                unit = SeriesUnit.USD;
                axis = I18n.t("measures.axis.usd");
                if (pair == null) {
                    notes.add(I18n.t("measures.note.choose-pair"));
                    subtitle = "";
                } else {
                    PairFlows f = TradeAnalysis.flows(figures, pair.home(), pair.partner());
                    String h = pair.home().name(), p = pair.partner().name();
                    series.add(new PlottedSeries(I18n.t("measures.series.exports", h, p), f.exports(), PlottedSeries.Style.BAR));
                    series.add(new PlottedSeries(I18n.t("measures.series.imports", h, p), f.imports(), PlottedSeries.Style.BAR));
                    series.add(new PlottedSeries(I18n.t("measures.series.balance"), f.balance(), PlottedSeries.Style.BAR));
                    note(notes, f.exports(), I18n.t("measures.note.no-exports", h, p));
                    note(notes, f.imports(), I18n.t("measures.note.no-imports", h, p));
                    note(notes, f.balance(), I18n.t("measures.note.flows-no-common-year", h, p));
                    involved.add(pair);
                    subtitle = I18n.t("measures.subtitle.flows", h);
                }
                if (s.logScale()) notes.add(I18n.t("measures.note.no-log"));
            }
            case MIRROR -> {
                TradePair pair = s.focusPair();
                title = pair == null ? I18n.t("measures.title.mirror") : I18n.t("measures.title.mirror.pair", pair.label());
                unit = SeriesUnit.USD;
                axis = I18n.t(log ? "measures.axis.usd.log" : "measures.axis.usd");
                if (pair == null) {
                    notes.add(I18n.t("measures.note.choose-pair"));
                    subtitle = "";
                } else {
                    MirrorComparison m = TradeAnalysis.mirror(figures, pair.home(), pair.partner(), TradeFlow.TOTAL);
                    String h = pair.home().name(), p = pair.partner().name();
                    String noCommonYear = I18n.t("measures.note.mirror-no-common-year", h, p);
                    java.util.Map<PlottedSeries, String> emptyNotes = new java.util.IdentityHashMap<>();
                    if (s.mirrorSide() != MirrorSide.PARTNER) {
                        series.add(new PlottedSeries(I18n.t("measures.series.reported-by", h), m.byFirst(), PlottedSeries.Style.LINE));
                        emptyNotes.put(series.get(series.size() - 1), I18n.t("measures.note.no-total", h, p));
                    }
                    if (s.mirrorSide() != MirrorSide.HOME) {
                        series.add(new PlottedSeries(I18n.t("measures.series.reported-by", p), m.bySecond(), PlottedSeries.Style.LINE));
                        emptyNotes.put(series.get(series.size() - 1), I18n.t("measures.note.no-total", p, h));
                    }
                    if (s.mirrorSide() == MirrorSide.BOTH) {
                        series.add(new PlottedSeries(I18n.t("measures.series.gap", h, p), m.relativeGap(), PlottedSeries.Style.SECONDARY_BAR));
                        emptyNotes.put(series.get(series.size() - 1), noCommonYear);
                        secondary = I18n.t("measures.axis.gap", h);
                        note(notes, m.gap(), noCommonYear);
                    }
                    for (PlottedSeries ps : series)
                        if (ps.series().isEmpty()) note(notes, ps.series(), emptyNotes.get(ps));
                    involved.add(pair);
                    subtitle = I18n.t("measures.subtitle.mirror");
                }
            }
            default -> throw new IllegalStateException(s.kind().name());
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

    /**
     * Adds {@code text} when the analysis left a note on {@code series}: the analysis says whether a
     * series needs one (it is empty, or cannot be indexed), the chart says it in the interface language.
     */
    private static void note(List<String> notes, TradeSeries series, String text) {
        // Once: the mirror gap and its bar series are empty for the same reason.
        if (series.note() != null && !notes.contains(text)) notes.add(text);
    }

    private static String reporters(List<TradePair> pairs) {
        List<String> names = pairs.stream().map(p -> p.home().name()).distinct().toList();
        return names.isEmpty() ? "—" : String.join(", ", names);
    }
}
