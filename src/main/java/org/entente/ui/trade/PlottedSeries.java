package org.entente.ui.trade;

import org.entente.analysis.trade.TradeSeries;

/**
 * A series as a chart draws it.
 *
 * @param legend the legend text
 * @param series the values
 * @param style  how it is drawn
 */
public record PlottedSeries(String legend, TradeSeries series, Style style) {
    public enum Style {
        /** A line through the points, broken at every missing year. */
        LINE,
        /** Bars on the primary axis. */
        BAR,
        /** Bars on a secondary (right-hand) axis. */
        SECONDARY_BAR
    }
}
