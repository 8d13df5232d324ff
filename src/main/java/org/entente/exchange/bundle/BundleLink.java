package org.entente.exchange.bundle;

import org.entente.model.EventLink;
import org.entente.model.LinkKind;

/**
 * A link between two events of a bundle, by their keys: {@code fromEvent} led to / responds to /
 * follows up {@code toEvent}.
 */
public record BundleLink(String fromEvent, String toEvent, LinkKind kind) {
    public BundleLink {
        if (fromEvent == null || toEvent == null) throw new IllegalArgumentException("a link needs two event keys");
        if (kind == null) throw new IllegalArgumentException("a link needs a kind");
        if (fromEvent.equals(toEvent)) throw new IllegalArgumentException("an event cannot link to itself");
    }

    /** The library link between the events stored under these ids. */
    public EventLink toEventLink(long fromEventId, long toEventId) {
        return new EventLink(0, fromEventId, toEventId, kind);
    }
}
