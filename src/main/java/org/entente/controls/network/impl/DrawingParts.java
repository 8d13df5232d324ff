package org.entente.controls.network.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import javafx.geometry.Point2D;
import javafx.scene.paint.Color;

import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkNode;
import org.entente.controls.network.NetworkStyle;
import org.entente.i18n.I18n;

/**
 * The pieces of a {@link Drawing} from the control's nodes and edges: shared by the skin (which
 * animates between two states) and {@code NetworkPicture} (one settled state, off screen), so the
 * screen, the PNG, the SVG and the replay's frames look alike.
 */
public final class DrawingParts {
    private DrawingParts() {}

    public static Drawing.Colours colours(NetworkStyle s) {
        // Label pills are the background, slightly see-through, so they read in any theme.
        return new Drawing.Colours(s.background(), s.label(), NetworkPainter.fade(s.background(), 0.82), s.selection(), s.caption(), s.muted(),
                s.nodeCode());
    }

    /** Node radius in pixels: area proportional to the measure, between a floor and a ceiling scaled with the type size. */
    public static double radius(double measure, double max, double fs) {
        double min = fs * 1.3, top = fs * 3.0;
        if (max <= 0) return min + fs * 0.3;
        return min + (top - min) * Math.sqrt(measure / max);
    }

    public static double edgeWidth(NetworkEdge e, double fs) {
        double unit = fs / 13;
        // shared-event and cooperation–conflict ties: wider for more events
        if (e.levelKey() == null || e.levelKey().startsWith("goldstein-")) return unit * Math.min(11, 1 + 1.6 * Math.sqrt(Math.max(0, e.weight())));
        return unit * (1.2 + Math.max(0, e.rank()) / 10.0 * 1.3);
    }

    /** How opaque a node is drawn once settled: countries without ties on the date are faded. */
    public static double nodeAlpha(NetworkNode n) { return n.active() ? 1 : 0.55; }

    /**
     * An edge between two drawn nodes, each given as {x, y, r, alpha}; null when it would not show.
     * A tie to a faded node fades with it.
     */
    public static Drawing.Edge edge(double[] a, double[] b, double alpha, Color colour, double width, boolean selected) {
        double shown = alpha * Math.min(a[3], b[3]) / Math.max(0.55, Math.min(1, Math.max(a[3], b[3])));
        if (shown <= 0.01) return null;
        return new Drawing.Edge(a[0], a[1], b[0], b[1], NetworkPainter.fade(colour, Math.min(1, shown) * 0.92), width, selected);
    }

    /** A node drawn at {x, y, r, alpha}; null when it would not show. */
    public static Drawing.Node node(double[] a, NetworkNode n, NetworkStyle s, boolean selected, boolean pinned) {
        if (a == null || a[3] <= 0.01) return null;
        double alpha = a[3];
        boolean active = n.active();
        return new Drawing.Node(a[0], a[1], a[2], n.name(), n.code(), NetworkPainter.fade(s.nodeFill(), Math.min(1, alpha + 0.3)),
                NetworkPainter.fade(active ? s.nodeStroke() : s.inactive(), alpha),
                NetworkPainter.fade(active ? s.label() : s.muted(), Math.min(1, alpha + 0.2)),
                s.fontSize() / 13 * (active ? 1.8 : 1.2), selected, pinned);
    }

    /**
     * The nodes that stay full while focus on the selection is on: the selected node and its
     * neighbours, and a selected tie's two ends; null when nothing is selected (nothing dims).
     */
    public static Set<Long> inFocus(NetworkNode selectedNode, NetworkEdge selectedEdge, List<NetworkEdge> edges) {
        if (selectedNode == null && selectedEdge == null) return null;
        Set<Long> out = new HashSet<>();
        if (selectedEdge != null) {
            out.add(selectedEdge.source());
            out.add(selectedEdge.target());
        }
        if (selectedNode != null) {
            out.add(selectedNode.id());
            for (NetworkEdge e : edges) {
                if (e.source() == selectedNode.id()) out.add(e.target());
                else if (e.target() == selectedNode.id()) out.add(e.source());
            }
        }
        return out;
    }

    /** Whether a tie stays full while focusing: it is the selected tie or one of the selected node's. */
    public static boolean edgeInFocus(NetworkEdge e, NetworkNode selectedNode, NetworkEdge selectedEdge) {
        return (selectedEdge != null && selectedEdge.samePair(e))
                || (selectedNode != null && (e.source() == selectedNode.id() || e.target() == selectedNode.id()));
    }

    /** A tie out of focus: at {@code opacity} times its alpha. */
    public static Drawing.Edge dim(Drawing.Edge e, double opacity) {
        return new Drawing.Edge(e.x1(), e.y1(), e.x2(), e.y2(), NetworkPainter.fade(e.colour(), opacity), e.width(), e.selected());
    }

    /**
     * A node out of focus: its ring and label {@code opacity} of the way from the background, and
     * its fill kept opaque (mixed toward the background), so the faint ties under it stay hidden.
     */
    public static Drawing.Node dim(Drawing.Node n, double opacity, Color background) {
        return new Drawing.Node(n.x(), n.y(), n.r(), n.name(), n.code(), toward(n.fill(), background, opacity),
                toward(n.stroke(), background, opacity), toward(n.text(), background, opacity), n.strokeWidth(), n.selected(), n.pinned());
    }

    /** {@code c} as it shows over the background, then {@code share} of the way from the background: opaque. */
    private static Color toward(Color c, Color background, double share) {
        Color ground = Color.color(background.getRed(), background.getGreen(), background.getBlue());
        Color over = ground.interpolate(Color.color(c.getRed(), c.getGreen(), c.getBlue()), c.getOpacity());
        return ground.interpolate(over, share);
    }

    /** Inactive nodes first, the selected one last: the most relevant are drawn on top. */
    public static Comparator<NetworkNode> paintOrder(long selectedId) {
        return Comparator.comparingInt((NetworkNode n) -> n.active() ? 1 : 0).thenComparingInt(n -> n.id() == selectedId ? 1 : 0);
    }

    /** One legend line per level shown (strongest first), and one for shared-event ties. */
    public static List<Drawing.LegendEntry> legend(List<NetworkEdge> edges, NetworkStyle s) {
        double fs = s.fontSize();
        TreeMap<Integer, Drawing.LegendEntry> levels = new TreeMap<>(Comparator.reverseOrder());
        boolean shared = false;
        for (NetworkEdge e : edges) {
            if (e.levelKey() == null) shared = true;
            else levels.putIfAbsent(e.rank(), new Drawing.LegendEntry(s.levelColor(e.levelKey(), e.rank()), edgeWidth(e, fs),
                    e.levelLabel() == null ? e.levelKey() : e.levelLabel()));
        }
        List<Drawing.LegendEntry> legend = new ArrayList<>(levels.values());
        if (shared) legend.add(new Drawing.LegendEntry(s.sharedEvents(), fs / 13 * 4, I18n.t("network.legend.shared-events")));
        return legend;
    }

    /**
     * The view transform {scale, tx, ty} (screen = layout × scale + t) that shows every position on a
     * {@code w × h} surface, with room for the caption above, labels below and the legend on the right;
     * null when there is nothing to fit or no room.
     */
    public static double[] fit(double w, double h, double fs, Iterable<Point2D> positions) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : positions) {
            if (p == null) continue;
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        if (minX > maxX || w < 10 || h < 10) return null;
        // In large type (the app's type size) the margins are capped, so the drawing keeps most of the view.
        double left = Math.min(fs * 5, w * 0.08), right = Math.min(w > 900 ? fs * 19 : fs * 5, w * 0.25),
                top = Math.min(fs * 6, h * 0.2), bottom = Math.min(fs * 4, h * 0.12);
        double availW = Math.max(50, w - left - right), availH = Math.max(50, h - top - bottom);
        double spanX = Math.max(1, maxX - minX), spanY = Math.max(1, maxY - minY);
        double scale = Math.min(availW / spanX, availH / spanY);
        return new double[] {scale, left + (availW - spanX * scale) / 2 - minX * scale, top + (availH - spanY * scale) / 2 - minY * scale};
    }
}
