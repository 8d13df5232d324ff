package org.entente.controls.network;

import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.entente.controls.network.impl.NetworkViewSkin;

/**
 * A network diagram drawn on a canvas: nodes labelled with name and code, sized by a measure;
 * edges coloured and widened by level, with a legend; a caption (the date shown) always visible.
 * Edges that appear, change level or end, and nodes that move, animate briefly. Users drag nodes
 * (which pins them), zoom with the wheel, pan by dragging the background, hover an edge for its
 * history and click nodes and edges.
 *
 * <p>It knows nothing of where the data comes from: give it {@link NetworkNode}s,
 * {@link NetworkEdge}s and positions (in any coordinate frame; the view fits them to its size).
 * Colours, widths and the label font are CSS properties (see {@code network-view.css}).
 */
public class NetworkView extends Control {
    private static final StyleablePropertyFactory<NetworkView> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObservableList<NetworkNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<NetworkEdge> edges = FXCollections.observableArrayList();
    private final ObjectProperty<Map<Long, Point2D>> positions = new SimpleObjectProperty<>(this, "positions", Map.of());
    private final ObservableSet<Long> pinned = FXCollections.observableSet();
    private final ObjectProperty<NetworkNode> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<NetworkEdge> selectedEdge = new SimpleObjectProperty<>(this, "selectedEdge");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty sizeLegend = new SimpleStringProperty(this, "sizeLegend", "");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty focusSelection = new SimpleBooleanProperty(this, "focusSelection", false);
    private final ObjectProperty<EventHandler<NetworkEvent>> onNodeClicked = handler(NetworkEvent.NODE_CLICKED, "onNodeClicked");
    private final ObjectProperty<EventHandler<NetworkEvent>> onEdgeClicked = handler(NetworkEvent.EDGE_CLICKED, "onEdgeClicked");
    private final ObjectProperty<EventHandler<NetworkEvent>> onNodeMoved = handler(NetworkEvent.NODE_MOVED, "onNodeMoved");

    private final StyleableProperty<Color> backgroundColor = CSS.createStyleableColorProperty(this, "backgroundColor", "-en-background-color", s -> s.backgroundColor, Color.WHITE);
    private final StyleableProperty<Color> nodeFill = CSS.createStyleableColorProperty(this, "nodeFill", "-en-node-fill", s -> s.nodeFill, Color.web("#fdfdfd"));
    private final StyleableProperty<Color> nodeStroke = CSS.createStyleableColorProperty(this, "nodeStroke", "-en-node-stroke", s -> s.nodeStroke, Color.web("#37474f"));
    private final StyleableProperty<Color> nodeCodeColor = CSS.createStyleableColorProperty(this, "nodeCodeColor", "-en-node-code-color", s -> s.nodeCodeColor, Color.web("#263238"));
    private final StyleableProperty<Color> inactiveColor = CSS.createStyleableColorProperty(this, "inactiveColor", "-en-inactive-color", s -> s.inactiveColor, Color.web("#b0bec5"));
    private final StyleableProperty<Color> labelColor = CSS.createStyleableColorProperty(this, "labelColor", "-en-label-color", s -> s.labelColor, Color.web("#1c2833"));
    private final StyleableProperty<Color> selectionColor = CSS.createStyleableColorProperty(this, "selectionColor", "-en-selection-color", s -> s.selectionColor, Color.web("#1565c0"));
    private final StyleableProperty<Color> captionColor = CSS.createStyleableColorProperty(this, "captionColor", "-en-caption-color", s -> s.captionColor, Color.web("#1c2833"));
    private final StyleableProperty<Color> mutedColor = CSS.createStyleableColorProperty(this, "mutedColor", "-en-muted-color", s -> s.mutedColor, Color.web("#607d8b"));
    private final StyleableProperty<Color> ftaColor = CSS.createStyleableColorProperty(this, "freeTradeAgreementColor", "-en-level-free-trade-agreement-color", s -> s.ftaColor, Color.web("#9e9e9e"));
    private final StyleableProperty<Color> comprehensiveColor = CSS.createStyleableColorProperty(this, "comprehensiveColor", "-en-level-comprehensive-color", s -> s.comprehensiveColor, Color.web("#6fa8dc"));
    private final StyleableProperty<Color> strategicColor = CSS.createStyleableColorProperty(this, "strategicColor", "-en-level-strategic-color", s -> s.strategicColor, Color.web("#e69b2e"));
    private final StyleableProperty<Color> comprehensiveStrategicColor = CSS.createStyleableColorProperty(this, "comprehensiveStrategicColor", "-en-level-comprehensive-strategic-color", s -> s.comprehensiveStrategicColor, Color.web("#c73e4e"));
    private final StyleableProperty<Color> allianceColor = CSS.createStyleableColorProperty(this, "allianceColor", "-en-level-alliance-color", s -> s.allianceColor, Color.web("#6d3b8c"));
    private final StyleableProperty<Color> sharedEventsColor = CSS.createStyleableColorProperty(this, "sharedEventsColor", "-en-shared-events-color", s -> s.sharedEventsColor, Color.web("#4e8f7a"));
    /** The cooperation–conflict ties' colours by the band of their mean Goldstein score (TieKind.GOLDSTEIN). */
    private final StyleableProperty<Color> cooperationColor = CSS.createStyleableColorProperty(this, "cooperationColor", "-en-cooperation-color", s -> s.cooperationColor, NetworkStyle.DEFAULT_COOPERATION);
    private final StyleableProperty<Color> mixedColor = CSS.createStyleableColorProperty(this, "mixedColor", "-en-mixed-color", s -> s.mixedColor, NetworkStyle.DEFAULT_MIXED);
    private final StyleableProperty<Color> conflictColor = CSS.createStyleableColorProperty(this, "conflictColor", "-en-conflict-color", s -> s.conflictColor, NetworkStyle.DEFAULT_CONFLICT);
    private final StyleableProperty<Number> unfocusedOpacity = CSS.createStyleableNumberProperty(this, "unfocusedOpacity", "-en-unfocused-opacity", s -> s.unfocusedOpacity, 0.2);
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(this, "labelFont", "-en-label-font", s -> s.labelFont, Font.font("System", 13));

    public NetworkView() {
        getStyleClass().add("network-view");
        setFocusTraversable(true);
        // A selection must name something shown: drop it when its node or edge goes away.
        nodes.addListener((javafx.collections.ListChangeListener<NetworkNode>) c -> {
            NetworkNode s = getSelectedNode();
            if (s != null) setSelectedNode(nodes.stream().filter(n -> n.id() == s.id()).findFirst().orElse(null));
        });
        edges.addListener((javafx.collections.ListChangeListener<NetworkEdge>) c -> {
            NetworkEdge s = getSelectedEdge();
            if (s != null) setSelectedEdge(edges.stream().filter(s::samePair).findFirst().orElse(null));
        });
    }

    private ObjectProperty<EventHandler<NetworkEvent>> handler(javafx.event.EventType<NetworkEvent> type, String name) {
        return new SimpleObjectProperty<>(this, name) {
            @Override
            protected void invalidated() { setEventHandler(type, get()); }
        };
    }

    @Override
    protected Skin<?> createDefaultSkin() { return new NetworkViewSkin(this); }

    @Override
    public String getUserAgentStylesheet() {
        return NetworkView.class.getResource("network-view.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    // ---- data ----------------------------------------------------------------------------------

    public ObservableList<NetworkNode> getNodes() { return nodes; }

    public ObservableList<NetworkEdge> getEdges() { return edges; }

    /** Node positions by id, in layout coordinates; nodes without one are not drawn. */
    public ObjectProperty<Map<Long, Point2D>> positionsProperty() { return positions; }
    public Map<Long, Point2D> getPositions() { return positions.get(); }
    public void setPositions(Map<Long, Point2D> value) { positions.set(value == null ? Map.of() : Map.copyOf(value)); }

    /** Nodes the user placed by hand: layouts must keep them where they are. */
    public ObservableSet<Long> getPinned() { return pinned; }

    public ObjectProperty<NetworkNode> selectedNodeProperty() { return selectedNode; }
    public NetworkNode getSelectedNode() { return selectedNode.get(); }
    public void setSelectedNode(NetworkNode n) { selectedNode.set(n); }

    public ObjectProperty<NetworkEdge> selectedEdgeProperty() { return selectedEdge; }
    public NetworkEdge getSelectedEdge() { return selectedEdge.get(); }
    public void setSelectedEdge(NetworkEdge e) { selectedEdge.set(e); }

    /** Large text drawn in the top-left corner: the date shown. */
    public StringProperty captionProperty() { return caption; }
    public String getCaption() { return caption.get(); }
    public void setCaption(String s) { caption.set(s); }

    /** A line under the caption, e.g. "Partnerships in force · 14 ties". */
    public StringProperty subtitleProperty() { return subtitle; }
    public String getSubtitle() { return subtitle.get(); }
    public void setSubtitle(String s) { subtitle.set(s); }

    /** What node size shows, for the legend, e.g. "Node size: betweenness". */
    public StringProperty sizeLegendProperty() { return sizeLegend; }
    public String getSizeLegend() { return sizeLegend.get(); }
    public void setSizeLegend(String s) { sizeLegend.set(s); }

    /** Whether changes animate (off for exports, tests and reduced motion). */
    public BooleanProperty animatedProperty() { return animated; }
    public boolean isAnimated() { return animated.get(); }
    public void setAnimated(boolean b) { animated.set(b); }

    /**
     * Focus on the selection (View › Focus on Selection): while on and a node or tie is selected,
     * everything but the selected node, its ties and its neighbours (or the selected tie and its
     * two countries) is drawn at {@link #getUnfocusedOpacity()}. Nothing selected: nothing dims.
     */
    public BooleanProperty focusSelectionProperty() { return focusSelection; }
    public boolean isFocusSelection() { return focusSelection.get(); }
    public void setFocusSelection(boolean b) { focusSelection.set(b); }

    public ObjectProperty<EventHandler<NetworkEvent>> onNodeClickedProperty() { return onNodeClicked; }
    public void setOnNodeClicked(EventHandler<NetworkEvent> h) { onNodeClicked.set(h); }
    public ObjectProperty<EventHandler<NetworkEvent>> onEdgeClickedProperty() { return onEdgeClicked; }
    public void setOnEdgeClicked(EventHandler<NetworkEvent> h) { onEdgeClicked.set(h); }
    public ObjectProperty<EventHandler<NetworkEvent>> onNodeMovedProperty() { return onNodeMoved; }
    public void setOnNodeMoved(EventHandler<NetworkEvent> h) { onNodeMoved.set(h); }

    // ---- actions -------------------------------------------------------------------------------

    private NetworkViewSkin skin() {
        if (getSkin() == null) setSkin(createDefaultSkin());
        return (NetworkViewSkin) getSkin();
    }

    /** Scales and centres the drawing to show every node. */
    public void zoomToFit() { skin().zoomToFit(); }

    /** Finishes running transitions at once (before an export or a snapshot). */
    public void finishTransitions() { skin().finishTransitions(); }

    /** The drawing at {@code scale} times its size on screen (2 for slides); on the FX thread. */
    public WritableImage renderImage(double scale) { return skin().renderImage(scale); }

    /** The same drawing as an SVG document (JFreeSVG), at the view's size; on the FX thread. */
    public String renderSvg() { return skin().renderSvg(); }

    /**
     * The diagram as shown (transitions finished), as shapes and text: read now, drawn into a
     * {@link #drawingWidth()} × {@link #drawingHeight()} area of a Java2D graphics on any thread
     * (the same drawing as {@link #renderSvg()}).
     */
    public java.util.function.Consumer<java.awt.Graphics2D> recordDrawing() { return skin().recordDrawing(); }

    /** Width of the drawing {@link #recordDrawing()} makes: the canvas's, in pixels. */
    public double drawingWidth() { return skin().drawingWidth(); }

    /** Height of the drawing {@link #recordDrawing()} makes. */
    public double drawingHeight() { return skin().drawingHeight(); }

    /** Where a node is drawn on screen, in this control's coordinates, or null (for tests and tools). */
    public Point2D nodeLocation(long id) { return skin().screenPosition(id); }

    // ---- CSS colours (read by the skin) ----------------------------------------------------------

    public Color getBackgroundColor() { return backgroundColor.getValue(); }
    public Color getNodeFill() { return nodeFill.getValue(); }
    public Color getNodeStroke() { return nodeStroke.getValue(); }
    public Color getNodeCodeColor() { return nodeCodeColor.getValue(); }
    public Color getInactiveColor() { return inactiveColor.getValue(); }
    public Color getLabelColor() { return labelColor.getValue(); }
    public Color getSelectionColor() { return selectionColor.getValue(); }
    public Color getCaptionColor() { return captionColor.getValue(); }
    public Color getMutedColor() { return mutedColor.getValue(); }
    public Color getSharedEventsColor() { return sharedEventsColor.getValue(); }
    public Font getLabelFont() { return labelFont.getValue(); }
    /** How much of a node or tie out of focus shows while {@link #focusSelectionProperty() focus} is on (0 to 1; CSS {@code -en-unfocused-opacity}). */
    public double getUnfocusedOpacity() { return Math.max(0, Math.min(1, unfocusedOpacity.getValue().doubleValue())); }

    /** The colour of a level: by key for the default ladder, else by the nearest default rank. */
    public Color levelColor(String key, int rank) { return style().levelColor(key, rank); }

    /** The colours and type CSS gave this view, for drawing it elsewhere (on any thread). */
    public NetworkStyle style() {
        return new NetworkStyle(getBackgroundColor(), getNodeFill(), getNodeStroke(), getNodeCodeColor(), getInactiveColor(), getLabelColor(),
                getSelectionColor(), getCaptionColor(), getMutedColor(), getSharedEventsColor(), ftaColor.getValue(), comprehensiveColor.getValue(),
                strategicColor.getValue(), comprehensiveStrategicColor.getValue(), allianceColor.getValue(), getLabelFont().getFamily(),
                getLabelFont().getSize(), cooperationColor.getValue(), mixedColor.getValue(), conflictColor.getValue());
    }
}
