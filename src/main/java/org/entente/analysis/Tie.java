package org.entente.analysis;

import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;

/**
 * One undirected tie between two actors in a {@link GraphSnapshot}; {@code low < high} always, so a
 * pair has one key however its partnership was recorded.
 *
 * @param low    the smaller actor id
 * @param high   the larger actor id
 * @param kind   partnership or shared events
 * @param level  the level in force (partnership ties), else null
 * @param weight the tie's strength: the level's rank / 10 for partnerships, the event count otherwise
 * @param spell  the spell in force (partnership ties), else null
 */
public record Tie(long low, long high, TieKind kind, PartnershipLevel level, double weight, Partnership spell) {
    public Tie {
        if (low == high) throw new IllegalArgumentException("a tie needs two different actors");
        if (low > high) {
            long t = low;
            low = high;
            high = t;
        }
        if (kind == null) throw new IllegalArgumentException("a tie needs a kind");
    }

    public static Tie of(Partnership p) {
        return new Tie(p.a().id(), p.b().id(), TieKind.PARTNERSHIP, p.level(), weightOf(p.level()), p);
    }

    /** Strength of a partnership level for weighted measures: comprehensive 1, strategic 2, comprehensive-strategic 3. */
    public static double weightOf(PartnershipLevel level) { return Math.max(level.rank(), 1) / 10.0; }

    /** A key unique to the unordered pair. */
    public PairKey key() { return new PairKey(low, high); }

    public boolean touches(long actorId) { return low == actorId || high == actorId; }

    public long other(long actorId) { return low == actorId ? high : low; }

    /** An unordered pair of actor ids. */
    public record PairKey(long low, long high) {
        public PairKey {
            if (low > high) {
                long t = low;
                low = high;
                high = t;
            }
        }
    }
}
