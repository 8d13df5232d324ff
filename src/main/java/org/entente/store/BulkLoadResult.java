package org.entente.store;

/**
 * What a bulk insert stored.
 *
 * @param events      number of events added
 * @param firstId     id of the first event added (0 when none)
 * @param lastId      id of the last event added (0 when none)
 * @param rowsNanos   time spent writing the rows (events, participants, tags, citations, R*Tree)
 * @param indexNanos  time spent filling the full-text index
 */
public record BulkLoadResult(long events, long firstId, long lastId, long rowsNanos, long indexNanos) {
    /** The same, with {@code nanos} more spent on indexes. */
    BulkLoadResult withMoreIndexTime(long nanos) {
        return new BulkLoadResult(events, firstId, lastId, rowsNanos, indexNanos + nanos);
    }

    /** Events per second over the whole load. */
    public double eventsPerSecond() {
        long nanos = rowsNanos + indexNanos;
        return nanos == 0 ? 0 : events * 1e9 / nanos;
    }
}
