package org.entente.store;

/**
 * A node's saved place in a network layout.
 *
 * @param actorId the actor
 * @param x       layout x
 * @param y       layout y
 * @param pinned  whether the user placed it by hand (layouts keep it there)
 */
public record NetworkPosition(long actorId, double x, double y, boolean pinned) {
    public NetworkPosition {
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new IllegalArgumentException("a position needs finite coordinates");
    }
}
