package org.entente.controls.network.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkEvent;
import org.entente.controls.network.NetworkNode;
import org.entente.controls.network.NetworkView;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link NetworkView} on one canvas and handles its mouse input. Changes of nodes, edges
 * and positions are animated: each node and edge keeps where it came from and where it goes, and a
 * short transition interpolates between them (edges fade in and out, change colour and width).
 */
public final class NetworkViewSkin extends SkinBase<NetworkView> {
    private static final double DURATION_NANOS = 450e6;
    private static final double CLICK_SLOP = 4;

    private final Canvas canvas = new Canvas();
    private final Map<String, Double> textWidths = new HashMap<>();
    private final Tooltip tooltip = new Tooltip();

    /** Per node and per edge: the from and to of the running transition. */
    private final Map<Long, NodeState> nodeStates = new LinkedHashMap<>();
    private final Map<String, EdgeState> edgeStates = new LinkedHashMap<>();
    private double progress = 1;
    private long transitionStart;
    private boolean dirty = true;

    // View transform: screen = layout * scale + (tx, ty).
    private double scale = 1, tx, ty;
    private boolean fitted, userMovedView;

    // Mouse gesture state.
    private Long pressedNode;
    private NetworkEdge pressedEdge;
    private double pressX, pressY, lastX, lastY;
    private boolean moved;
    private long draggingNode = Long.MIN_VALUE;
    private NetworkEdge hoveredEdge;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (progress < 1) {
                if (transitionStart == 0) transitionStart = now;
                progress = Math.min(1, (now - transitionStart) / DURATION_NANOS);
                if (progress >= 1) settle();
                dirty = true;
            }
            if (dirty) paint();
            if (progress >= 1 && !dirty) stop();
        }
    };

    public NetworkViewSkin(NetworkView view) {
        super(view);
        getChildren().add(canvas);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.setShowDelay(Duration.ZERO);
        view.getNodes().addListener((ListChangeListener<NetworkNode>) c -> retarget());
        view.getEdges().addListener((ListChangeListener<NetworkEdge>) c -> retarget());
        view.positionsProperty().addListener((o, was, now) -> retarget());
        view.getPinned().addListener((SetChangeListener<Long>) c -> markDirty());
        InvalidationListener repaint = o -> markDirty();
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(view.selectedNodeProperty(), view.selectedEdgeProperty(), view.captionProperty(),
                view.subtitleProperty(), view.sizeLegendProperty())) p.addListener(repaint);
        for (var meta : NetworkView.getClassCssMetaData()) {
            Object prop = meta.getStyleableProperty(cast(view));
            if (prop instanceof javafx.beans.Observable ob && meta.getProperty().startsWith("-en-")) ob.addListener(repaint);
        }
        canvas.widthProperty().addListener(o -> onResize());
        canvas.heightProperty().addListener(o -> onResize());

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        retarget();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S extends javafx.css.Styleable> S cast(NetworkView v) { return (S) (javafx.css.Styleable) v; }

    // ---- layout and repaint ----------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        canvas.setWidth(Math.max(1, w));
        canvas.setHeight(Math.max(1, h));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) { return 800; }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) { return 600; }

    private void onResize() {
        if (!userMovedView) fitted = false;
        markDirty();
    }

    private void markDirty() {
        dirty = true;
        timer.start();
    }

    /** Paints the current frame now (tests, snapshots and the animation timer call it). */
    public void paint() {
        dirty = false;
        if (!fitted) fit();
        NetworkView v = getSkinnable();
        Drawing d = build(canvas.getWidth(), canvas.getHeight(), scale, tx, ty);
        NetworkPainter.paint(d, new FxPen(canvas.getGraphicsContext2D(), v.getLabelFont().getFamily(), textWidths));
    }

    public void finishTransitions() {
        progress = 1;
        settle();
        paint();
    }

    public WritableImage renderImage(double factor) {
        finishTransitions();
        double w = canvas.getWidth(), h = canvas.getHeight();
        Canvas off = new Canvas(Math.ceil(w * factor), Math.ceil(h * factor));
        off.getGraphicsContext2D().scale(factor, factor);
        NetworkPainter.paint(build(w, h, scale, tx, ty), new FxPen(off.getGraphicsContext2D(), getSkinnable().getLabelFont().getFamily(), textWidths));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(getSkinnable().getBackgroundColor());
        return off.snapshot(params, null);
    }

    public String renderSvg() {
        finishTransitions();
        double w = canvas.getWidth(), h = canvas.getHeight();
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        NetworkPainter.paint(build(w, h, scale, tx, ty), new AwtPen(g, getSkinnable().getLabelFont().getFamily()));
        return g.getSVGDocument();
    }

    public Point2D screenPosition(long id) {
        NodeState s = nodeStates.get(id);
        if (s == null || s.to == null) return null;
        if (!fitted) fit();
        return new Point2D(s.to.getX() * scale + tx, s.to.getY() * scale + ty);
    }

    // ---- transitions -----------------------------------------------------------------------------

    private static final class NodeState {
        NetworkNode node;
        Point2D from, to;
        double fromR, toR, fromAlpha, toAlpha;
    }

    private static final class EdgeState {
        NetworkEdge edge;
        Color fromColour, toColour;
        double fromWidth, toWidth, fromAlpha, toAlpha;
    }

    private static double ease(double t) { return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2; }

    private static double lerp(double a, double b, double t) { return a + (b - a) * t; }

    private static String key(long a, long b) { return Math.min(a, b) + "-" + Math.max(a, b); }

    private double fontSize() { return getSkinnable().getLabelFont().getSize(); }

    /** New targets from the control's lists: what is drawn now becomes the start of a transition. */
    private void retarget() {
        NetworkView v = getSkinnable();
        double t = ease(progress);
        double fs = fontSize();
        double max = 0;
        for (NetworkNode n : v.getNodes()) max = Math.max(max, n.measure());
        Map<Long, Point2D> positions = v.getPositions();
        Map<Long, NetworkNode> current = new HashMap<>();
        for (NetworkNode n : v.getNodes()) current.put(n.id(), n);

        for (NodeState s : nodeStates.values()) {
            s.from = interpolate(s.from, s.to, t);
            s.fromR = lerp(s.fromR, s.toR, t);
            s.fromAlpha = lerp(s.fromAlpha, s.toAlpha, t);
        }
        for (NetworkNode n : v.getNodes()) {
            Point2D p = positions.get(n.id());
            NodeState s = nodeStates.get(n.id());
            double r = radius(n.measure(), max, fs);
            double alpha = n.active() ? 1 : 0.55;
            if (s == null) {
                s = new NodeState();
                s.from = p;
                s.fromR = r * 0.3;
                s.fromAlpha = 0;
                nodeStates.put(n.id(), s);
            }
            s.node = n;
            s.to = p == null ? s.from : p;
            if (s.from == null) s.from = s.to;
            s.toR = r;
            s.toAlpha = p == null ? 0 : alpha;
            if (n.id() == draggingNode) s.from = s.to;
        }
        for (var e : nodeStates.entrySet()) if (!current.containsKey(e.getKey())) e.getValue().toAlpha = 0;

        for (EdgeState s : edgeStates.values()) {
            s.fromColour = s.fromColour.interpolate(s.toColour, t);
            s.fromWidth = lerp(s.fromWidth, s.toWidth, t);
            s.fromAlpha = lerp(s.fromAlpha, s.toAlpha, t);
            s.toAlpha = 0; // ends unless the new list has it
        }
        for (NetworkEdge e : v.getEdges()) {
            String k = key(e.source(), e.target());
            EdgeState s = edgeStates.get(k);
            Color colour = v.levelColor(e.levelKey(), e.rank());
            double width = edgeWidth(e, fs);
            if (s == null) {
                s = new EdgeState();
                s.fromColour = colour;
                s.fromWidth = width * 0.2;
                s.fromAlpha = 0;
                edgeStates.put(k, s);
            }
            s.edge = e;
            s.toColour = colour;
            s.toWidth = width;
            s.toAlpha = 1;
        }
        progress = v.isAnimated() && v.getScene() != null ? 0 : 1;
        transitionStart = 0;
        if (progress >= 1) settle();
        markDirty();
    }

    /** Ends the transition: targets become the state, faded-out items go. */
    private void settle() {
        nodeStates.values().removeIf(s -> s.toAlpha == 0 && !getSkinnable().getNodes().contains(s.node));
        for (NodeState s : nodeStates.values()) {
            s.from = s.to;
            s.fromR = s.toR;
            s.fromAlpha = s.toAlpha;
        }
        edgeStates.values().removeIf(s -> s.toAlpha == 0);
        for (EdgeState s : edgeStates.values()) {
            s.fromColour = s.toColour;
            s.fromWidth = s.toWidth;
            s.fromAlpha = s.toAlpha;
        }
    }

    private static Point2D interpolate(Point2D a, Point2D b, double t) {
        if (a == null) return b;
        if (b == null) return a;
        return new Point2D(lerp(a.getX(), b.getX(), t), lerp(a.getY(), b.getY(), t));
    }

    /** Node radius in pixels: area proportional to the measure, between a floor and a ceiling scaled with the type size. */
    static double radius(double measure, double max, double fs) {
        double min = fs * 1.3, top = fs * 3.0;
        if (max <= 0) return min + fs * 0.3;
        return min + (top - min) * Math.sqrt(measure / max);
    }

    static double edgeWidth(NetworkEdge e, double fs) {
        double unit = fs / 13;
        if (e.levelKey() == null) return unit * Math.min(11, 1 + 1.6 * Math.sqrt(Math.max(0, e.weight())));
        return unit * (1.2 + Math.max(0, e.rank()) / 10.0 * 1.3);
    }

    // ---- the frame ---------------------------------------------------------------------------------

    /** The drawing at the current transition progress, for a surface of {@code w × h}. */
    public Drawing build(double w, double h, double scale, double tx, double ty) {
        NetworkView v = getSkinnable();
        double t = ease(progress);
        double fs = fontSize();
        NetworkNode selNode = v.getSelectedNode();
        NetworkEdge selEdge = v.getSelectedEdge();
        Drawing.Colours colours = new Drawing.Colours(v.getBackgroundColor(), v.getLabelColor(),
                // Label pills are the background, slightly see-through, so they read in any theme.
                NetworkPainter.fade(v.getBackgroundColor(), 0.82),
                v.getSelectionColor(), v.getCaptionColor(), v.getMutedColor(), v.getNodeCodeColor());

        Map<Long, double[]> at = new HashMap<>();
        for (var en : nodeStates.entrySet()) {
            NodeState s = en.getValue();
            Point2D p = interpolate(s.from, s.to, t);
            if (p == null) continue;
            at.put(en.getKey(), new double[] {p.getX() * scale + tx, p.getY() * scale + ty, lerp(s.fromR, s.toR, t), lerp(s.fromAlpha, s.toAlpha, t)});
        }

        List<EdgeState> edgeOrder = new ArrayList<>(edgeStates.values());
        edgeOrder.sort(Comparator.comparingDouble((EdgeState s) -> s.toWidth));
        List<Drawing.Edge> edges = new ArrayList<>(edgeOrder.size());
        for (EdgeState s : edgeOrder) {
            double[] a = at.get(s.edge.source()), b = at.get(s.edge.target());
            if (a == null || b == null) continue;
            double alpha = lerp(s.fromAlpha, s.toAlpha, t) * Math.min(a[3], b[3]) / Math.max(0.55, Math.min(1, Math.max(a[3], b[3])));
            if (alpha <= 0.01) continue;
            boolean selected = selEdge != null && selEdge.samePair(s.edge);
            edges.add(new Drawing.Edge(a[0], a[1], b[0], b[1], NetworkPainter.fade(s.fromColour.interpolate(s.toColour, t), Math.min(1, alpha) * 0.92),
                    lerp(s.fromWidth, s.toWidth, t), selected));
        }

        List<Drawing.Node> nodes = new ArrayList<>(nodeStates.size());
        List<Map.Entry<Long, NodeState>> order = new ArrayList<>(nodeStates.entrySet());
        // Inactive nodes first, the selected one last: the most relevant are drawn on top.
        order.sort(Comparator.comparingInt((Map.Entry<Long, NodeState> en) -> en.getValue().node.active() ? 1 : 0)
                .thenComparingInt(en -> selNode != null && selNode.id() == en.getKey() ? 1 : 0));
        for (var en : order) {
            double[] a = at.get(en.getKey());
            if (a == null || a[3] <= 0.01) continue;
            NetworkNode n = en.getValue().node;
            double alpha = a[3];
            boolean active = n.active();
            nodes.add(new Drawing.Node(a[0], a[1], a[2], n.name(), n.code(), NetworkPainter.fade(v.getNodeFill(), Math.min(1, alpha + 0.3)),
                    NetworkPainter.fade(active ? v.getNodeStroke() : v.getInactiveColor(), alpha),
                    NetworkPainter.fade(active ? v.getLabelColor() : v.getMutedColor(), Math.min(1, alpha + 0.2)),
                    fs / 13 * (active ? 1.8 : 1.2), selNode != null && selNode.id() == n.id(), v.getPinned().contains(n.id())));
        }

        TreeMap<Integer, Drawing.LegendEntry> levels = new TreeMap<>(Comparator.reverseOrder());
        boolean shared = false;
        for (NetworkEdge e : v.getEdges()) {
            if (e.levelKey() == null) shared = true;
            else levels.putIfAbsent(e.rank(), new Drawing.LegendEntry(v.levelColor(e.levelKey(), e.rank()), edgeWidth(e, fs),
                    e.levelLabel() == null ? e.levelKey() : e.levelLabel()));
        }
        List<Drawing.LegendEntry> legend = new ArrayList<>(levels.values());
        if (shared) legend.add(new Drawing.LegendEntry(v.getSharedEventsColor(), fs / 13 * 4, "Shared events (wider = more)"));
        return new Drawing(w, h, fs, colours, edges, nodes, v.getCaption(), v.getSubtitle(), legend, v.getSizeLegend());
    }

    // ---- view transform ------------------------------------------------------------------------------

    public void zoomToFit() {
        userMovedView = false;
        fitted = false;
        markDirty();
    }

    private void fit() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeState s : nodeStates.values()) {
            if (s.to == null) continue;
            minX = Math.min(minX, s.to.getX());
            maxX = Math.max(maxX, s.to.getX());
            minY = Math.min(minY, s.to.getY());
            maxY = Math.max(maxY, s.to.getY());
        }
        if (minX > maxX || w < 10 || h < 10) {
            scale = 1;
            tx = w / 2;
            ty = h / 2;
            return;
        }
        double fs = fontSize();
        // Room for the caption above, labels below nodes, the legend at the right on wide views.
        // In large type (the app's type size) the margins are capped, so the drawing keeps most of the view.
        double left = Math.min(fs * 5, w * 0.08), right = Math.min(w > 900 ? fs * 19 : fs * 5, w * 0.25),
                top = Math.min(fs * 6, h * 0.2), bottom = Math.min(fs * 4, h * 0.12);
        double availW = Math.max(50, w - left - right), availH = Math.max(50, h - top - bottom);
        double spanX = Math.max(1, maxX - minX), spanY = Math.max(1, maxY - minY);
        scale = Math.min(availW / spanX, availH / spanY);
        tx = left + (availW - spanX * scale) / 2 - minX * scale;
        ty = top + (availH - spanY * scale) / 2 - minY * scale;
        fitted = true;
    }

    // ---- input -----------------------------------------------------------------------------------------

    private Long nodeAt(double x, double y) {
        Long best = null;
        double bestD = Double.MAX_VALUE;
        for (var en : nodeStates.entrySet()) {
            NodeState s = en.getValue();
            if (s.to == null || s.toAlpha == 0) continue;
            double sx = s.to.getX() * scale + tx, sy = s.to.getY() * scale + ty;
            double d = Math.hypot(x - sx, y - sy);
            if (d <= s.toR + 4 && d < bestD) {
                best = en.getKey();
                bestD = d;
            }
        }
        return best;
    }

    private NetworkEdge edgeAt(double x, double y) {
        NetworkEdge best = null;
        double bestD = Double.MAX_VALUE;
        for (EdgeState s : edgeStates.values()) {
            if (s.toAlpha == 0) continue;
            NodeState a = nodeStates.get(s.edge.source()), b = nodeStates.get(s.edge.target());
            if (a == null || b == null || a.to == null || b.to == null) continue;
            double d = segmentDistance(x, y, a.to.getX() * scale + tx, a.to.getY() * scale + ty, b.to.getX() * scale + tx, b.to.getY() * scale + ty);
            if (d <= Math.max(5, s.toWidth / 2 + 3) && d < bestD) {
                best = s.edge;
                bestD = d;
            }
        }
        return best;
    }

    static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        getSkinnable().requestFocus();
        hideTooltip();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        pressedNode = nodeAt(e.getX(), e.getY());
        pressedEdge = pressedNode == null ? edgeAt(e.getX(), e.getY()) : null;
        if (e.getClickCount() == 2 && pressedNode == null && pressedEdge == null) zoomToFit();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) return;
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) moved = true;
        if (!moved) return;
        if (pressedNode != null) {
            draggingNode = pressedNode;
            canvas.setCursor(Cursor.CLOSED_HAND);
            Map<Long, Point2D> next = new HashMap<>(getSkinnable().getPositions());
            next.put(pressedNode, new Point2D((e.getX() - tx) / scale, (e.getY() - ty) / scale));
            getSkinnable().getPinned().add(pressedNode);
            getSkinnable().setPositions(next);
        } else {
            tx += e.getX() - lastX;
            ty += e.getY() - lastY;
            userMovedView = true;
            canvas.setCursor(Cursor.MOVE);
            markDirty();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        NetworkView v = getSkinnable();
        canvas.setCursor(Cursor.DEFAULT);
        if (pressedNode != null) {
            NetworkNode node = nodeStates.get(pressedNode).node;
            if (moved) {
                draggingNode = Long.MIN_VALUE;
                v.fireEvent(new NetworkEvent(NetworkEvent.NODE_MOVED, node, null));
            } else {
                v.setSelectedEdge(null);
                v.setSelectedNode(node);
                v.fireEvent(new NetworkEvent(NetworkEvent.NODE_CLICKED, node, null));
            }
        } else if (!moved && pressedEdge != null) {
            v.setSelectedNode(null);
            v.setSelectedEdge(pressedEdge);
            v.fireEvent(new NetworkEvent(NetworkEvent.EDGE_CLICKED, null, pressedEdge));
        } else if (!moved) {
            v.setSelectedNode(null);
            v.setSelectedEdge(null);
        }
        pressedNode = null;
        pressedEdge = null;
        draggingNode = Long.MIN_VALUE;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        double factor = Math.exp(e.getDeltaY() * 0.0025);
        double newScale = Math.max(0.02, Math.min(50, scale * factor));
        factor = newScale / scale;
        tx = e.getX() - (e.getX() - tx) * factor;
        ty = e.getY() - (e.getY() - ty) * factor;
        scale = newScale;
        userMovedView = true;
        fitted = true;
        markDirty();
        e.consume();
    }

    private void hover(MouseEvent e) {
        Long node = nodeAt(e.getX(), e.getY());
        NetworkEdge edge = node == null ? edgeAt(e.getX(), e.getY()) : null;
        canvas.setCursor(node != null || edge != null ? Cursor.HAND : Cursor.DEFAULT);
        if (edge == null) {
            hideTooltip();
            return;
        }
        if (hoveredEdge == null || !hoveredEdge.samePair(edge) || !tooltip.isShowing()) {
            hoveredEdge = edge;
            tooltip.setText(tooltipText(edge));
            if (canvas.getScene() != null && canvas.getScene().getWindow() != null)
                tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void hideTooltip() {
        hoveredEdge = null;
        if (tooltip.isShowing()) tooltip.hide();
    }

    /** The tooltip of an edge: the pair, then one line per level with its dates and sources. */
    public String tooltipText(NetworkEdge edge) {
        StringBuilder sb = new StringBuilder();
        NodeState a = nodeStates.get(edge.source()), b = nodeStates.get(edge.target());
        sb.append(a == null ? "?" : a.node.name()).append(" – ").append(b == null ? "?" : b.node.name());
        if (edge.levelKey() == null) sb.append("\n").append(formatCount(edge.weight())).append(" shared events in the period");
        for (NetworkEdge.HistoryItem h : edge.history()) {
            sb.append("\n• ").append(h.period()).append(": ").append(h.level());
            if (h.sources() != null && !h.sources().isBlank()) sb.append("\n   ").append(h.sources());
        }
        return sb.toString();
    }

    private static String formatCount(double w) { return w == Math.rint(w) ? Long.toString((long) w) : String.format("%.1f", w); }

    /** The tooltip the skin shows on hover (for tests). */
    public Tooltip tooltip() { return tooltip; }

    @Override
    public void dispose() {
        timer.stop();
        hideTooltip();
        super.dispose();
    }
}
