package org.entente.model;

/** The kinds of record a note can be attached to. */
public enum RecordKind {
    EVENT, PARTNERSHIP, TRADE_FIGURE, ACTOR, SOURCE, PERIOD
}
