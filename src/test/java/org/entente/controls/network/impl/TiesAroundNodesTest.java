package org.entente.controls.network.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * A tie must not be drawn through a node it does not join: Vietnam–United States drawn straight
 * through Russia read as two false ties (issue #16). The painter bends such a tie around the node.
 */
class TiesAroundNodesTest {
    private static final Drawing.Colours COLOURS = new Drawing.Colours(Color.WHITE, Color.BLACK, Color.WHITE, Color.BLUE, Color.BLACK, Color.GRAY, Color.BLACK);

    private static Drawing.Node node(String name, double x, double y) {
        return new Drawing.Node(x, y, 24, name, null, Color.WHITE, Color.BLACK, Color.BLACK, 2, false, false);
    }

    /** Records every line the painter draws. */
    private static final class Lines implements Pen {
        final List<double[]> segments = new ArrayList<>();

        @Override public void fillRect(double x, double y, double w, double h, Color c) { }
        @Override public void fillRoundRect(double x, double y, double w, double h, double arc, Color c) { }
        @Override public void line(double x1, double y1, double x2, double y2, double width, Color c) { segments.add(new double[] {x1, y1, x2, y2}); }
        @Override public void fillCircle(double cx, double cy, double r, Color c) { }
        @Override public void strokeCircle(double cx, double cy, double r, double width, Color c) { }
        @Override public void text(String s, double x, double y, double size, boolean bold, Color c) { }
        @Override public double textWidth(String s, double size, boolean bold) { return s.length() * size * 0.6; }
    }

    private static double distance(double px, double py, double[] s) {
        double dx = s[2] - s[0], dy = s[3] - s[1], len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - s[0]) * dx + (py - s[1]) * dy) / len2));
        return Math.hypot(px - (s[0] + t * dx), py - (s[1] + t * dy));
    }

    private static List<double[]> paint(List<Drawing.Edge> edges, List<Drawing.Node> nodes) {
        Lines pen = new Lines();
        NetworkPainter.paint(new Drawing(800, 600, 13, COLOURS, edges, nodes, null, null, List.of(), null), pen);
        return pen.segments;
    }

    @Test
    void aTieBendsAroundANodeItWouldCrossAndKeepsItsEnds() {
        Drawing.Node vn = node("Vietnam", 100, 300), ru = node("Russia", 400, 305), us = node("United States", 700, 300);
        List<double[]> drawn = paint(List.of(new Drawing.Edge(100, 300, 700, 300, Color.RED, 4, false)), List.of(vn, ru, us));
        assertThat(drawn).isNotEmpty();
        for (double[] s : drawn)
            assertThat(distance(ru.x(), ru.y(), s)).as("clearance from Russia").isGreaterThanOrEqualTo(ru.r() + 2);
        assertThat(drawn.get(0)[0]).isEqualTo(100);
        assertThat(drawn.get(drawn.size() - 1)[2]).isEqualTo(700);
    }

    @Test
    void aTieClearOfOtherNodesStaysStraight() {
        Drawing.Node vn = node("Vietnam", 100, 300), jp = node("Japan", 400, 100), us = node("United States", 700, 300);
        List<double[]> drawn = paint(List.of(new Drawing.Edge(100, 300, 700, 300, Color.RED, 4, false)), List.of(vn, jp, us));
        assertThat(drawn).hasSize(1);
        assertThat(drawn.get(0)).containsExactly(100, 300, 700, 300);
    }
}
