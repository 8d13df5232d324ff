package org.entente.app.measures;

import java.util.Locale;
import java.util.Optional;

/** The measures of a relationship between two countries, by year. */
public enum MeasureKind {
    /** UN General Assembly voting agreement: share of shared roll calls with the same vote. */
    UN_AGREEMENT("un-agreement", "UN vote agreement"),
    /** Total trade as the first country of the pair reports it, in US dollars. */
    TRADE("trade", "Trade"),
    /** Events both took part in (roll calls of the UN votes left out: they are the agreement measure). */
    EVENTS("events", "Events together");

    private final String key;
    private final String label;

    MeasureKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    public static Optional<MeasureKind> byKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (MeasureKind m : values()) if (m.key.equals(k)) return Optional.of(m);
        return Optional.empty();
    }
}
