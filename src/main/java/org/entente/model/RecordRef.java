package org.entente.model;

/** A reference to one record in a library. */
public record RecordRef(RecordKind kind, long id) {
    public RecordRef {
        if (kind == null) throw new IllegalArgumentException("a record reference needs a kind");
    }
}
