package org.entente.store;

/** How many records of each kind a library holds. */
public record LibraryCounts(long events, long actors, long partnerships, long tradeFigures, long sources, long notes) {}
