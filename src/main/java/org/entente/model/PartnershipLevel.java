package org.entente.model;

import java.util.List;
import java.util.Locale;

/**
 * A tier in an ordered vocabulary of ties. Higher {@link #rank} means closer. Vietnam's ladder is
 * comprehensive partnership &lt; strategic partnership &lt; comprehensive strategic partnership;
 * other kinds (an alliance, a free-trade agreement) fit in by rank. The wording a pair chose
 * ("Comprehensive Strategic Cooperative Partnership") is kept on the {@link Partnership} itself.
 *
 * @param key   stable key, e.g. {@code comprehensive-strategic}
 * @param label reader's label
 * @param rank  order in the ladder; higher is closer
 */
public record PartnershipLevel(String key, String label, int rank) implements Comparable<PartnershipLevel> {

    public static final PartnershipLevel FREE_TRADE_AGREEMENT = new PartnershipLevel("free-trade-agreement", "Free-trade agreement", 5);
    public static final PartnershipLevel COMPREHENSIVE = new PartnershipLevel("comprehensive", "Comprehensive partnership", 10);
    public static final PartnershipLevel STRATEGIC = new PartnershipLevel("strategic", "Strategic partnership", 20);
    public static final PartnershipLevel COMPREHENSIVE_STRATEGIC = new PartnershipLevel("comprehensive-strategic", "Comprehensive strategic partnership", 30);
    public static final PartnershipLevel ALLIANCE = new PartnershipLevel("alliance", "Alliance", 40);

    public static final List<PartnershipLevel> DEFAULTS =
            List.of(FREE_TRADE_AGREEMENT, COMPREHENSIVE, STRATEGIC, COMPREHENSIVE_STRATEGIC, ALLIANCE);

    public PartnershipLevel {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a level needs a key");
        key = key.strip().toLowerCase(Locale.ROOT);
        if (label == null || label.isBlank()) label = key;
    }

    /** The default level with this key. */
    public static PartnershipLevel of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (PartnershipLevel l : DEFAULTS) if (l.key.equals(k)) return l;
        throw new IllegalArgumentException("unknown partnership level \"" + key + "\"; known: "
                + DEFAULTS.stream().map(PartnershipLevel::key).toList());
    }

    @Override
    public int compareTo(PartnershipLevel o) { return Integer.compare(rank, o.rank); }

    @Override
    public String toString() { return label; }
}
