package org.entente.model;

/** A directed relation between two events: {@code from} led to / responds to / follows up {@code to}. */
public record EventLink(long id, long fromEventId, long toEventId, LinkKind kind) {
    public EventLink {
        if (kind == null) throw new IllegalArgumentException("a link needs a kind");
        if (fromEventId == toEventId) throw new IllegalArgumentException("an event cannot link to itself");
    }
}
