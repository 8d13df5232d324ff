package org.entente.ui.trade;

import java.util.List;

/**
 * What the user chose to see: everything a {@link TradeChartModel} is built from besides the data.
 *
 * @param kind       the view
 * @param pairs      pairs for the over-time and indexed views
 * @param logScale   logarithmic primary axis (ignored where the view does not allow it)
 * @param baseYear   the indexed view's base year (= 100)
 * @param sharePart  the share view's numerator pair
 * @param shareWhole the share view's denominator pair
 * @param focusPair  the pair of the flows and mirror views
 * @param mirrorSide whose figures the mirror view shows
 * @param showEvents whether partnership changes and visits are marked
 */
public record TradeChartSettings(ChartKind kind, List<TradePair> pairs, boolean logScale, int baseYear, TradePair sharePart,
                                 TradePair shareWhole, TradePair focusPair, MirrorSide mirrorSide, boolean showEvents) {
    public TradeChartSettings {
        if (kind == null) kind = ChartKind.OVER_TIME;
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        if (mirrorSide == null) mirrorSide = MirrorSide.BOTH;
    }

    public TradeChartSettings withKind(ChartKind k) {
        return new TradeChartSettings(k, pairs, logScale, baseYear, sharePart, shareWhole, focusPair, mirrorSide, showEvents);
    }

    public TradeChartSettings withLogScale(boolean log) {
        return new TradeChartSettings(kind, pairs, log, baseYear, sharePart, shareWhole, focusPair, mirrorSide, showEvents);
    }

    public TradeChartSettings withPairs(List<TradePair> p) {
        return new TradeChartSettings(kind, p, logScale, baseYear, sharePart, shareWhole, focusPair, mirrorSide, showEvents);
    }

    public TradeChartSettings withFocusPair(TradePair p) {
        return new TradeChartSettings(kind, pairs, logScale, baseYear, sharePart, shareWhole, p, mirrorSide, showEvents);
    }

    public TradeChartSettings withShowEvents(boolean show) {
        return new TradeChartSettings(kind, pairs, logScale, baseYear, sharePart, shareWhole, focusPair, mirrorSide, show);
    }
}
