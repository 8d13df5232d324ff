package org.entente.store;

import org.entente.model.EventHeader;

/**
 * One search result: the event and its FTS5 rank (lower is better), or {@link #UNRANKED} when the
 * search matched too many events to be ranked (they come newest first).
 */
public record SearchHit(EventHeader event, double rank) {
    /** The rank of a hit of a search too broad to rank (NaN: compares with no rank). */
    public static final double UNRANKED = Double.NaN;

    public boolean ranked() { return !Double.isNaN(rank); }
}
