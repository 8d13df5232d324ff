package org.entente.controls.network;

import javafx.event.Event;
import javafx.event.EventType;

/** A click on a node or an edge, or a node dragged to a new place, in a {@link NetworkView}. */
public final class NetworkEvent extends Event {
    public static final EventType<NetworkEvent> ANY = new EventType<>(Event.ANY, "NETWORK");
    public static final EventType<NetworkEvent> NODE_CLICKED = new EventType<>(ANY, "NODE_CLICKED");
    public static final EventType<NetworkEvent> EDGE_CLICKED = new EventType<>(ANY, "EDGE_CLICKED");
    /** A node was dragged (and pinned) to a new place; see {@link NetworkView#getPositions()}. */
    public static final EventType<NetworkEvent> NODE_MOVED = new EventType<>(ANY, "NODE_MOVED");

    private final transient NetworkNode node;
    private final transient NetworkEdge edge;

    public NetworkEvent(EventType<NetworkEvent> type, NetworkNode node, NetworkEdge edge) {
        super(type);
        this.node = node;
        this.edge = edge;
    }

    /** The node clicked or moved, or null. */
    public NetworkNode getNode() { return node; }

    /** The edge clicked, or null. */
    public NetworkEdge getEdge() { return edge; }
}
