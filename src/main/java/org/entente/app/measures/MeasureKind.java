package org.entente.app.measures;

import java.util.Locale;
import java.util.Optional;

/** The measures of a relationship between two countries, by year or (coded events) by month. */
public enum MeasureKind {
    /** UN General Assembly voting agreement: share of shared roll calls with the same vote. */
    UN_AGREEMENT("un-agreement", "UN vote agreement"),
    /** Total trade as the first country of the pair reports it, in US dollars. */
    TRADE("trade", "Trade"),
    /** Events both took part in (roll calls of the UN votes left out: they are the agreement measure). */
    EVENTS("events", "Events together"),
    /** Coded (GDELT) events both took part in, per month; a month without any is 0 inside the months the library holds coded events for. */
    EVENT_COUNT("event-count", "Coded events per month"),
    /** The mean Goldstein score (−10 conflict … +10 cooperation) of the coded events both took part in, per month; a month without a scored event is a gap. */
    GOLDSTEIN("goldstein", "Mean Goldstein score");

    private final String key;
    private final String label;

    MeasureKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** Whether its points are months (the coded-event measures) rather than years. */
    public boolean monthly() { return this == EVENT_COUNT || this == GOLDSTEIN; }

    public static Optional<MeasureKind> byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (MeasureKind m : values()) if (m.key.equals(k)) return Optional.of(m);
        return Optional.empty();
    }
}
