package org.entente.analysis.trade;

import java.util.List;

/**
 * Mirror statistics: the same trade as each side reports it. {@code gap} is the partner's figure
 * minus the first side's, in US dollars; {@code relativeGap} is that gap as a percentage of the
 * first side's figure. Both have values only in years where both sides report. {@code years}
 * puts both sides' levels, computed growth and reported growth side by side, one entry per year
 * in which either side gives a level or a reported change, oldest first.
 */
public record MirrorComparison(TradeSeries byFirst, TradeSeries bySecond, TradeSeries gap, TradeSeries relativeGap, List<MirrorYear> years) {
    public MirrorComparison {
        years = years == null ? List.of() : List.copyOf(years);
    }
}
