package org.entente.model;

import java.util.Locale;

/** Direction of a trade figure, from the reporter's point of view. */
public enum TradeFlow {
    EXPORT, IMPORT, TOTAL;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static TradeFlow of(String key) { return valueOf(key.strip().toUpperCase(Locale.ROOT)); }
}
