package org.entente.controls.network;

/**
 * A node as the {@link NetworkView} draws it.
 *
 * @param id      the actor's id (also the key of its position)
 * @param name    display name, any script
 * @param code    a short code drawn in the node (ISO alpha-3), or null
 * @param measure the value the node's area shows (≥ 0; the view scales it to the largest)
 * @param active  whether the node has ties on the date shown (inactive nodes are drawn faded)
 */
public record NetworkNode(long id, String name, String code, double measure, boolean active) {
    public NetworkNode {
        if (name == null) throw new IllegalArgumentException("a node needs a name");
        if (!(measure >= 0)) measure = 0;
    }
}
