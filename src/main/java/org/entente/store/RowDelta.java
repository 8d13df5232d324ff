package org.entente.store;

import java.util.List;
import java.util.Set;

import org.entente.model.RecordRef;

/**
 * Every row one recorded write changed, as it was before and as it was after, taken inside the
 * write's transaction by {@link ChangeRecorder}. Immutable; enough to put the library back into
 * either state exactly, ids included.
 */
public final class RowDelta {

    /**
     * One row of one table: its key and its columns before and after, each a JSON object of
     * column name to value (SQLite's {@code json_object}), or null where the row did not exist.
     */
    record Row(String table, String key, String before, String after) {}

    private final List<Row> rows;
    private final Set<RecordRef> touched;

    RowDelta(List<Row> rows, Set<RecordRef> touched) {
        this.rows = List.copyOf(rows);
        this.touched = Set.copyOf(touched);
    }

    List<Row> rows() { return rows; }

    /** The records (events, actors, partnerships, …) whose rows or attached rows changed. */
    public Set<RecordRef> touched() { return touched; }

    /** Whether the write changed nothing at all. */
    public boolean isEmpty() { return rows.isEmpty(); }
}
