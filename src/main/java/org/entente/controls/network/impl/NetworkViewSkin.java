package org.entente.controls.network.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.entente.i18n.I18n;

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
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(view.selectedNodeProperty(), view.selectedEdgeProperty(), view.focusSelectionProperty(), view.captionProperty(),
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
        SVGGraphics2D g = new SVGGraphics2D(canvas.getWidth(), canvas.getHeight());
        recordDrawing().accept(g);
        return g.getSVGDocument();
    }

    /** The drawing built now (a record of what to draw), painted later on any thread with Java2D. */
    public java.util.function.Consumer<java.awt.Graphics2D> recordDrawing() {
        finishTransitions();
        Drawing drawing = build(canvas.getWidth(), canvas.getHeight(), scale, tx, ty);
        String family = getSkinnable().getLabelFont().getFamily();
        return g -> NetworkPainter.paint(drawing, new AwtPen(g, family));
    }

    public double drawingWidth() { return canvas.getWidth(); }

    public double drawingHeight() { return canvas.getHeight(); }

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
            double r = DrawingParts.radius(n.measure(), max, fs);
            double alpha = DrawingParts.nodeAlpha(n);
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
        org.entente.controls.network.NetworkStyle style = v.style();
        for (NetworkEdge e : v.getEdges()) {
            String k = key(e.source(), e.target());
            EdgeState s = edgeStates.get(k);
            Color colour = style.levelColor(e.levelKey(), e.rank());
            double width = DrawingParts.edgeWidth(e, fs);
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

    // ---- the frame ---------------------------------------------------------------------------------

    /** The drawing at the current transition progress, for a surface of {@code w × h}. */
    public Drawing build(double w, double h, double scale, double tx, double ty) {
        NetworkView v = getSkinnable();
        double t = ease(progress);
        org.entente.controls.network.NetworkStyle style = v.style();
        NetworkNode selNode = v.getSelectedNode();
        NetworkEdge selEdge = v.getSelectedEdge();

        Map<Long, double[]> at = new HashMap<>();
        for (var en : nodeStates.entrySet()) {
            NodeState s = en.getValue();
            Point2D p = interpolate(s.from, s.to, t);
            if (p == null) continue;
            at.put(en.getKey(), new double[] {p.getX() * scale + tx, p.getY() * scale + ty, lerp(s.fromR, s.toR, t), lerp(s.fromAlpha, s.toAlpha, t)});
        }

        // Focus on the selection: the nodes that stay full (null: nothing dims).
        java.util.Set<Long> focused = v.isFocusSelection() ? DrawingParts.inFocus(selNode, selEdge, v.getEdges()) : null;
        double dim = v.getUnfocusedOpacity();

        List<EdgeState> edgeOrder = new ArrayList<>(edgeStates.values());
        edgeOrder.sort(Comparator.comparingDouble((EdgeState s) -> s.toWidth));
        List<Drawing.Edge> edges = new ArrayList<>(edgeOrder.size());
        for (EdgeState s : edgeOrder) {
            double[] a = at.get(s.edge.source()), b = at.get(s.edge.target());
            if (a == null || b == null) continue;
            Drawing.Edge e = DrawingParts.edge(a, b, lerp(s.fromAlpha, s.toAlpha, t), s.fromColour.interpolate(s.toColour, t),
                    lerp(s.fromWidth, s.toWidth, t), selEdge != null && selEdge.samePair(s.edge));
            if (e != null && focused != null && !DrawingParts.edgeInFocus(s.edge, selNode, selEdge)) e = DrawingParts.dim(e, dim);
            if (e != null) edges.add(e);
        }

        List<Drawing.Node> nodes = new ArrayList<>(nodeStates.size());
        List<NodeState> order = new ArrayList<>(nodeStates.values());
        Comparator<NetworkNode> paintOrder = DrawingParts.paintOrder(selNode == null ? Long.MIN_VALUE : selNode.id());
        order.sort((x, y) -> paintOrder.compare(x.node, y.node));
        for (NodeState s : order) {
            NetworkNode n = s.node;
            Drawing.Node d = DrawingParts.node(at.get(n.id()), n, style, selNode != null && selNode.id() == n.id(), v.getPinned().contains(n.id()));
            if (d != null && focused != null && !focused.contains(n.id())) d = DrawingParts.dim(d, dim, style.background());
            if (d != null) nodes.add(d);
        }
        double fs = style.fontSize();
        Drawing.Colours colours = DrawingParts.colours(style);
        List<Drawing.LegendEntry> legend = DrawingParts.legend(v.getEdges(), style);
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
        List<Point2D> targets = new ArrayList<>(nodeStates.size());
        for (NodeState s : nodeStates.values()) targets.add(s.to);
        double[] f = DrawingParts.fit(w, h, fontSize(), targets);
        if (f == null) {
            scale = 1;
            tx = w / 2;
            ty = h / 2;
            return;
        }
        scale = f[0];
        tx = f[1];
        ty = f[2];
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
        if (edge.levelKey() == null) sb.append("\n").append(I18n.t("network.tooltip.shared-events", I18n.decimal(edge.weight(), 1)));
        for (NetworkEdge.HistoryItem h : edge.history()) {
            sb.append("\n• ").append(h.period()).append(": ").append(h.level());
            if (h.sources() != null && !h.sources().isBlank()) sb.append("\n   ").append(h.sources());
        }
        return sb.toString();
    }

    /** The tooltip the skin shows on hover (for tests). */
    public Tooltip tooltip() { return tooltip; }

    @Override
    public void dispose() {
        timer.stop();
        hideTooltip();
        super.dispose();
    }
}
