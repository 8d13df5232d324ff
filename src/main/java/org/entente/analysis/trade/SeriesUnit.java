package org.entente.analysis.trade;

/** What a series' values measure. */
public enum SeriesUnit {
    /** US dollars. */
    USD,
    /** An index: the base year's value is 100. */
    INDEX,
    /** A percentage (one series as a share of another, or a relative gap). */
    PERCENT
}
