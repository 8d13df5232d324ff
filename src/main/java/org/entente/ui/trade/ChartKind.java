package org.entente.ui.trade;

/** The trade views a user can switch between. */
public enum ChartKind {
    OVER_TIME("Over time"),
    INDEXED("Indexed"),
    SHARE("Share"),
    FLOWS("Exports · imports · balance"),
    MIRROR("Mirror statistics");

    private final String label;

    ChartKind(String label) { this.label = label; }

    public String label() { return label; }

    /** Whether the primary axis can be logarithmic (a balance can be negative, so the flows view cannot). */
    public boolean allowsLog() { return this != FLOWS; }
}
