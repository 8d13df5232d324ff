package org.entente.analysis.trade;

/**
 * Mirror statistics: the same trade as each side reports it. {@code gap} is the partner's figure
 * minus the first side's, in US dollars; {@code relativeGap} is that gap as a percentage of the
 * first side's figure. Both have values only in years where both sides report.
 */
public record MirrorComparison(TradeSeries byFirst, TradeSeries bySecond, TradeSeries gap, TradeSeries relativeGap) {}
