package org.entente.app.edit;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.entente.model.RecordRef;
import org.entente.store.RowDelta;

/**
 * One user edit as the undo history keeps it: what to call it, which records it changed, when,
 * and the rows of the library before and after it (ids included), to revert and re-apply it exactly.
 * Immutable.
 */
public final class Change {
    private final String description;
    private final Set<RecordRef> touched;
    private final Instant at;
    private final RowDelta rows;

    Change(String description, Set<RecordRef> touched, Instant at, RowDelta rows) {
        this.description = Objects.requireNonNull(description);
        this.touched = Set.copyOf(touched);
        this.at = Objects.requireNonNull(at);
        this.rows = Objects.requireNonNull(rows);
    }

    /** What the user did, e.g. {@code Add event “Tô Lâm visits Moscow”} or {@code Delete 3 events}. */
    public String description() { return description; }

    /** The records it changed. */
    public Set<RecordRef> touched() { return touched; }

    /** When it was made. */
    public Instant at() { return at; }

    /** The rows before and after. */
    RowDelta rows() { return rows; }

    @Override
    public String toString() { return description + " (" + at + ")"; }
}
