package org.entente.controls.network;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;

import org.entente.controls.network.impl.AwtPen;
import org.entente.controls.network.impl.Drawing;
import org.entente.controls.network.impl.DrawingParts;
import org.entente.controls.network.impl.NetworkPainter;

/**
 * The network as a {@link NetworkView} draws it once its transitions have settled, painted into a
 * picture with Java2D: on any thread, with no control or scene (the replay's frames are drawn in a
 * background task). Nothing is selected or pinned in it.
 */
public final class NetworkPicture {
    private NetworkPicture() {}

    /** What one picture shows: the control's lists and texts, and a view transform (see {@link #fit}). */
    public record Content(List<NetworkNode> nodes, List<NetworkEdge> edges, Map<Long, Point2D> positions, String caption,
                          String subtitle, String sizeLegend) {}

    /**
     * The transform {scale, tx, ty} that fits {@code positions} into a {@code width × height}
     * drawing in {@code style}'s type, as the view's fit button does; null with nothing to fit.
     */
    public static double[] fit(double width, double height, NetworkStyle style, Iterable<Point2D> positions) {
        return DrawingParts.fit(width, height, style.fontSize(), positions);
    }

    /**
     * Paints {@code content} on a {@code pixelWidth × pixelHeight} RGB picture. The drawing is laid
     * out at {@code pixelWidth / zoom × pixelHeight / zoom} (where {@code transform} applies) and
     * enlarged by {@code zoom}, so type and lines grow with the picture.
     */
    public static BufferedImage paint(NetworkStyle style, Content content, double[] transform, int pixelWidth, int pixelHeight, double zoom) {
        double w = pixelWidth / zoom, h = pixelHeight / zoom;
        double scale = transform == null ? 1 : transform[0], tx = transform == null ? w / 2 : transform[1], ty = transform == null ? h / 2 : transform[2];
        double fs = style.fontSize();
        double max = 0;
        for (NetworkNode n : content.nodes()) max = Math.max(max, n.measure());
        Map<Long, double[]> at = new HashMap<>();
        for (NetworkNode n : content.nodes()) {
            Point2D p = content.positions().get(n.id());
            if (p != null) at.put(n.id(), new double[] {p.getX() * scale + tx, p.getY() * scale + ty, DrawingParts.radius(n.measure(), max, fs),
                    DrawingParts.nodeAlpha(n)});
        }
        List<NetworkEdge> byWidth = new ArrayList<>(content.edges());
        byWidth.sort(Comparator.comparingDouble(e -> DrawingParts.edgeWidth(e, fs)));
        List<Drawing.Edge> edges = new ArrayList<>(byWidth.size());
        for (NetworkEdge e : byWidth) {
            double[] a = at.get(e.source()), b = at.get(e.target());
            if (a == null || b == null) continue;
            Drawing.Edge d = DrawingParts.edge(a, b, 1, style.levelColor(e.levelKey(), e.rank()), DrawingParts.edgeWidth(e, fs), false);
            if (d != null) edges.add(d);
        }
        List<NetworkNode> order = new ArrayList<>(content.nodes());
        order.sort(DrawingParts.paintOrder(Long.MIN_VALUE));
        List<Drawing.Node> nodes = new ArrayList<>(order.size());
        for (NetworkNode n : order) {
            Drawing.Node d = DrawingParts.node(at.get(n.id()), n, style, false, false);
            if (d != null) nodes.add(d);
        }
        Drawing drawing = new Drawing(w, h, fs, DrawingParts.colours(style), edges, nodes, content.caption(), content.subtitle(),
                DrawingParts.legend(content.edges(), style), content.sizeLegend());

        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(zoom, zoom);
            NetworkPainter.paint(drawing, new AwtPen(g, style.fontFamily()));
        } finally {
            g.dispose();
        }
        return image;
    }
}
