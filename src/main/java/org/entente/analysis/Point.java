package org.entente.analysis;

/** A node's place in layout coordinates (the frame a layout works in, not screen pixels). */
public record Point(double x, double y) {
    public double distanceTo(Point o) { return Math.hypot(x - o.x, y - o.y); }
}
