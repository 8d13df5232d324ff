package org.entente.model;

/** The kinds of record a note can be attached to. */
public enum RecordKind {
    EVENT, PARTNERSHIP, TRADE_FIGURE, ACTOR, SOURCE, PERIOD;

    /** In words, for messages: "event", "trade figure". */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }
}
