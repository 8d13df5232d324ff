package org.entente.analysis;

/** What a node's size shows. */
public enum Measure {
    DEGREE("Number of ties"),
    WEIGHTED_DEGREE("Weighted ties"),
    BETWEENNESS("Betweenness"),
    TRADE_VOLUME("Trade with focus country");

    private final String label;

    Measure(String label) { this.label = label; }

    public String label() { return label; }

    @Override
    public String toString() { return label; }
}
