package org.entente.analysis.trade;

/**
 * Exports, imports and the balance (exports − imports) of one pair, as one reporter gives them.
 * The balance has a value only in years where both exports and imports are reported.
 */
public record PairFlows(TradeSeries exports, TradeSeries imports, TradeSeries balance) {}
