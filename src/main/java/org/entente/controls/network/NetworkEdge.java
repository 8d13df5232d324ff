package org.entente.controls.network;

import java.util.List;

/**
 * An undirected edge as the {@link NetworkView} draws it.
 *
 * @param source     one node's id
 * @param target     the other node's id
 * @param levelKey   the level's key (its colour comes from CSS), or null for a shared-events tie
 * @param levelLabel the level's label for the legend and tooltip, or null
 * @param rank       the level's rank (width grows with it), or 0
 * @param weight     for shared-events ties the event count (width grows with it); else the level strength
 * @param history    the pair's level history, oldest first, for the tooltip
 */
public record NetworkEdge(long source, long target, String levelKey, String levelLabel, int rank, double weight,
                          List<HistoryItem> history) {
    public NetworkEdge {
        if (source == target) throw new IllegalArgumentException("an edge needs two different nodes");
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The unordered pair, for matching one date's edges with the next date's. */
    public long pairKeyLow() { return Math.min(source, target); }

    public long pairKeyHigh() { return Math.max(source, target); }

    public boolean samePair(NetworkEdge o) { return pairKeyLow() == o.pairKeyLow() && pairKeyHigh() == o.pairKeyHigh(); }

    /**
     * One line of a pair's history.
     *
     * @param period  "2001-03 – 2012-07" or "since 2012-07"
     * @param level   the level's label (or the pair's own wording)
     * @param sources citations, shortly
     */
    public record HistoryItem(String period, String level, String sources) {}
}
