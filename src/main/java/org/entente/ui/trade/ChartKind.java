package org.entente.ui.trade;

import org.entente.i18n.I18n;

/** The trade views a user can switch between. */
public enum ChartKind {
    OVER_TIME("measures.kind.over-time"),
    INDEXED("measures.kind.indexed"),
    SHARE("measures.kind.share"),
    FLOWS("measures.kind.flows"),
    MIRROR("measures.kind.mirror");

    private final String key;

    ChartKind(String key) { this.key = key; }

    /** The view's name on its button, in the interface language. */
    public String label() { return I18n.t(key); }

    /** Whether the primary axis can be logarithmic (a balance can be negative, so the flows view cannot). */
    public boolean allowsLog() { return this != FLOWS; }
}
