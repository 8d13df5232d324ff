package org.entente.store;

import org.entente.model.EventHeader;

/** One search result: the event and its FTS5 rank (lower is better). */
public record SearchHit(EventHeader event, double rank) {}
