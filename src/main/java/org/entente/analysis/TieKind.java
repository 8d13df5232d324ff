package org.entente.analysis;

/** What a tie in the network stands for. */
public enum TieKind {
    /** A partnership in force on the date shown; its weight grows with the level's rank. */
    PARTNERSHIP,
    /** Two actors took part in the same events in a period; its weight is how many. */
    CO_PARTICIPATION,
    /** Two countries voted alike in the UN General Assembly in the year shown; its weight is the share of the same vote. */
    UN_AGREEMENT,
    /** Two countries took part in coded (GDELT) events in the 12 months up to the date; its weight is how many, its colour their mean Goldstein score. */
    GOLDSTEIN;

    public String label() {
        return switch (this) {
            case PARTNERSHIP -> "Partnerships";
            case CO_PARTICIPATION -> "Shared events";
            case UN_AGREEMENT -> "UN vote agreement";
            case GOLDSTEIN -> "Cooperation–conflict (Goldstein)";
        };
    }
}
