package org.entente.controls.network.impl;

import java.util.List;

import javafx.scene.paint.Color;

/**
 * Everything one frame of the network shows, in screen coordinates, with animation already
 * applied: what {@link NetworkPainter} draws onto any {@link Pen}.
 */
public record Drawing(double width, double height, double fontSize, Colours colours, List<Edge> edges, List<Node> nodes,
                      String caption, String subtitle, List<LegendEntry> legend, String sizeLegend) {

    public record Colours(Color background, Color label, Color labelBackground, Color selection, Color caption, Color muted,
                          Color nodeCode) {}

    public record Edge(double x1, double y1, double x2, double y2, Color colour, double width, boolean selected) {}

    /** A node; {@code code} is drawn inside when it fits, else appended to the name. */
    public record Node(double x, double y, double r, String name, String code, Color fill, Color stroke, Color text,
                       double strokeWidth, boolean selected, boolean pinned) {}

    public record LegendEntry(Color colour, double width, String label) {}
}
