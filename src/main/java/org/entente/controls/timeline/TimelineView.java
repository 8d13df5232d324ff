package org.entente.controls.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.entente.i18n.I18n;
import org.entente.time.DateText;

/**
 * A zoomable, pannable timeline of {@link TimelineItem}s in {@link TimelineLane}s, drawn on a
 * canvas so that it stays smooth with a million items: items too dense to label collapse into
 * "+N" clusters that open as one zooms in.
 *
 * <p>The visible range ({@link #visibleStartProperty()}, {@link #visibleEndProperty()}, epoch days)
 * and the selection are properties, so other views can follow them. Every colour and size is a CSS
 * property of {@code .timeline-view} in the user-agent stylesheet {@code timeline.css}; category,
 * period and tier colours come from the classes {@code .tl-category-<key>}, {@code .tl-period-<class>}
 * and {@code .tl-tier-<rank>} (their {@code -fx-background-color}).
 */
public class TimelineView extends Control {

    private static final String STYLE_CLASS = "timeline-view";
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass HAS_SELECTION = PseudoClass.getPseudoClass("has-selection");
    private static final PseudoClass HAS_RANGE = PseudoClass.getPseudoClass("has-range");
    static final PseudoClass PANNING = PseudoClass.getPseudoClass("panning");

    /** Narrowest visible span: a few hours. */
    public static final double MIN_SPAN_DAYS = 0.25;
    /** Widest visible span: 200,000 years. */
    public static final double MAX_SPAN_DAYS = 365.2425 * 200_000;

    private final ObjectProperty<ObservableList<TimelineItem>> items =
            new SimpleObjectProperty<>(this, "items", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<TimelineLane>> lanes =
            new SimpleObjectProperty<>(this, "lanes", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<TimelinePeriod>> periods =
            new SimpleObjectProperty<>(this, "periods", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<TimelineLink>> links =
            new SimpleObjectProperty<>(this, "links", FXCollections.observableArrayList());

    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart",
            LocalDate.of(2008, 1, 1).toEpochDay());
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd",
            LocalDate.of(2025, 1, 1).toEpochDay());

    private final ObservableList<TimelineItem> selectedItems = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<TimelineRange> selectedRange = new SimpleObjectProperty<>(this, "selectedRange");
    private boolean syncingSelection;

    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", I18n.locale());
    private final BooleanProperty showTiers = new SimpleBooleanProperty(this, "showTiers", true);
    private final BooleanProperty showLinks = new SimpleBooleanProperty(this, "showLinks", true);
    private final BooleanProperty showPeriods = new SimpleBooleanProperty(this, "showPeriods", true);
    private final BooleanProperty showToday = new SimpleBooleanProperty(this, "showToday", true);
    private final BooleanProperty focusSelection = new SimpleBooleanProperty(this, "focusSelection", false);
    private final javafx.beans.property.StringProperty emptyText =
            new javafx.beans.property.SimpleStringProperty(this, "emptyText", I18n.t("timeline.canvas.empty"));
    private final ObjectProperty<Function<TimelineItem, String>> tooltipText =
            new SimpleObjectProperty<>(this, "tooltipText", this::defaultTooltipText);

    private final ObjectProperty<EventHandler<TimelineEvent>> onItemActivated = new EventHandlerProperty("onItemActivated", TimelineEvent.ITEM_ACTIVATED);
    private final ObjectProperty<EventHandler<TimelineEvent>> onClusterActivated = new EventHandlerProperty("onClusterActivated", TimelineEvent.CLUSTER_ACTIVATED);

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription(I18n.t("timeline.accessible.role"));
        ListChangeListener<TimelineItem> emptyWatcher = c -> pseudoClassStateChanged(EMPTY, getItems().isEmpty());
        items.addListener((obs, old, now) -> {
            if (old != null) old.removeListener(emptyWatcher);
            if (now != null) now.addListener(emptyWatcher);
            pseudoClassStateChanged(EMPTY, now == null || now.isEmpty());
        });
        getItems().addListener(emptyWatcher);
        pseudoClassStateChanged(EMPTY, true);

        selectedItems.addListener((ListChangeListener<TimelineItem>) c -> {
            pseudoClassStateChanged(HAS_SELECTION, !selectedItems.isEmpty());
            if (syncingSelection) return;
            syncingSelection = true;
            try {
                selectedItem.set(selectedItems.isEmpty() ? null : selectedItems.get(selectedItems.size() - 1));
            } finally {
                syncingSelection = false;
            }
        });
        selectedItem.addListener((obs, old, now) -> {
            if (!syncingSelection) {
                syncingSelection = true;
                try {
                    if (now == null) selectedItems.clear();
                    else selectedItems.setAll(List.of(now));
                } finally {
                    syncingSelection = false;
                }
            }
            updateAccessibleText();
        });
        selectedRange.addListener((obs, old, now) -> {
            pseudoClassStateChanged(HAS_RANGE, now != null);
            updateAccessibleText();
        });
    }

    // ---------------------------------------------------------------- data

    /** The items to draw; replace the list (or {@code setAll}) in one step for big changes. */
    public final ObjectProperty<ObservableList<TimelineItem>> itemsProperty() { return items; }
    public final ObservableList<TimelineItem> getItems() { return items.get(); }
    public final void setItems(ObservableList<TimelineItem> value) { items.set(value == null ? FXCollections.observableArrayList() : value); }

    /** The lanes, top to bottom. With no lanes, all items share one unnamed lane. Items whose lane key matches no lane are not drawn. */
    public final ObjectProperty<ObservableList<TimelineLane>> lanesProperty() { return lanes; }
    public final ObservableList<TimelineLane> getLanes() { return lanes.get(); }
    public final void setLanes(ObservableList<TimelineLane> value) { lanes.set(value == null ? FXCollections.observableArrayList() : value); }

    public final ObjectProperty<ObservableList<TimelinePeriod>> periodsProperty() { return periods; }
    public final ObservableList<TimelinePeriod> getPeriods() { return periods.get(); }
    public final void setPeriods(ObservableList<TimelinePeriod> value) { periods.set(value == null ? FXCollections.observableArrayList() : value); }

    public final ObjectProperty<ObservableList<TimelineLink>> linksProperty() { return links; }
    public final ObservableList<TimelineLink> getLinks() { return links.get(); }
    public final void setLinks(ObservableList<TimelineLink> value) { links.set(value == null ? FXCollections.observableArrayList() : value); }

    // ---------------------------------------------------------------- visible range

    /** First visible instant, in epoch days (fractional). */
    public final DoubleProperty visibleStartProperty() { return visibleStart; }
    public final double getVisibleStart() { return visibleStart.get(); }
    public final void setVisibleStart(double value) { visibleStart.set(value); }

    /** Last visible instant, in epoch days (fractional). */
    public final DoubleProperty visibleEndProperty() { return visibleEnd; }
    public final double getVisibleEnd() { return visibleEnd.get(); }
    public final void setVisibleEnd(double value) { visibleEnd.set(value); }

    /** Shows the span [start, end) (epoch days), clamped to the zoom limits. */
    public void zoomTo(double startDay, double endDay) {
        if (!(endDay > startDay)) {
            double mid = startDay;
            startDay = mid - MIN_SPAN_DAYS / 2;
            endDay = mid + MIN_SPAN_DAYS / 2;
        }
        double span = endDay - startDay;
        double clamped = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span));
        double mid = (startDay + endDay) / 2;
        if (clamped != span) {
            startDay = mid - clamped / 2;
            endDay = mid + clamped / 2;
        }
        // set the end first when moving right so start < end holds for listeners at every step
        if (startDay >= getVisibleEnd()) {
            visibleEnd.set(endDay);
            visibleStart.set(startDay);
        } else {
            visibleStart.set(startDay);
            visibleEnd.set(endDay);
        }
    }

    /** Shows the days of two dates, {@code from} inclusive to {@code to} inclusive. */
    public void zoomTo(LocalDate from, LocalDate to) {
        zoomTo(from.toEpochDay(), to.toEpochDay() + 1);
    }

    /** Shows all items (and periods) with a small margin. */
    public void fitAll() { skinOp().fitAll(); }

    /** The drawing as shown (range, lanes, filters), {@code scale} times its size and drawn at that size; on the FX thread. */
    public javafx.scene.image.WritableImage renderImage(double scale) { return skinOp().renderImage(scale); }

    /**
     * The drawing as shown, recorded now (on the FX thread): what it returns draws it with Java2D as
     * shapes and text (for SVG and PDF) into a {@link #drawingWidth()} × {@link #drawingHeight()}
     * area at a graphics' origin, on any thread, so the slow Java2D part can run in the background.
     */
    public java.util.function.Consumer<java.awt.Graphics2D> recordDrawing() { return skinOp().recordDrawing(); }

    /** The drawing as shown, drawn with Java2D into {@code g}; on the FX thread. */
    public void paint(java.awt.Graphics2D g) { recordDrawing().accept(g); }

    /** An SVG document of shapes and text (JFreeSVG) of {@code drawing}, {@code width × height}; on any thread. */
    public static String svgOf(java.util.function.Consumer<java.awt.Graphics2D> drawing, double width, double height) {
        org.jfree.svg.SVGGraphics2D g = new org.jfree.svg.SVGGraphics2D(width, height);
        drawing.accept(g);
        return g.getSVGDocument();
    }

    /** The drawing as shown, as an SVG document of shapes and text (JFreeSVG); on the FX thread. */
    public String renderSvg() { return svgOf(recordDrawing(), drawingWidth(), drawingHeight()); }

    /** Width of the drawing {@link #paint} makes: the canvas's, in pixels. */
    public double drawingWidth() { return skinOp().canvas().getWidth(); }

    /** Height of the drawing {@link #paint} makes. */
    public double drawingHeight() { return skinOp().canvas().getHeight(); }

    /** Shows the selected items with a margin; does nothing without a selection. */
    public void zoomToSelection() {
        if (selectedItems.isEmpty()) return;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (TimelineItem it : selectedItems) {
            lo = Math.min(lo, it.startDay());
            hi = Math.max(hi, effectiveEnd(it));
        }
        double margin = Math.max(15, (hi - lo) * 0.15);
        zoomTo(lo - margin, hi + margin);
    }

    /**
     * Zooms by {@code factor} (> 1 zooms in) keeping the date under {@code anchorX} (a x coordinate in
     * this control) in place.
     */
    public void zoomBy(double factor, double anchorX) {
        if (!(factor > 0)) return;
        double anchorDay = dayForX(anchorX);
        double start = getVisibleStart(), end = getVisibleEnd();
        double newSpan = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, (end - start) / factor));
        double f = (anchorDay - start) / (end - start);
        zoomTo(anchorDay - f * newSpan, anchorDay - f * newSpan + newSpan);
    }

    /** Moves the view by {@code pixels} (positive moves the content left, i.e. shows later dates). */
    public void panBy(double pixels) {
        double daysPerPixel = (getVisibleEnd() - getVisibleStart()) / Math.max(1, timeAreaWidth());
        double d = pixels * daysPerPixel;
        zoomTo(getVisibleStart() + d, getVisibleEnd() + d);
    }

    /** Brings an item into view and zooms in until it is drawn on its own rather than inside a "+N" cluster. */
    public void revealAndZoom(TimelineItem item) {
        if (item != null) skinOp().revealDrawn(item);
    }

    /**
     * Centres the view on an item when it is not fully visible, keeping the zoom, and scrolls its
     * lane into view when the lanes are taller than the control.
     */
    public void reveal(TimelineItem item) {
        if (item == null) return;
        double s = item.startDay(), e = effectiveEnd(item);
        double vs = getVisibleStart(), ve = getVisibleEnd(), span = ve - vs;
        if (s < vs || e > ve) {
            if (e - s > span * 0.9) {
                zoomTo(s - (e - s) * 0.05, e + (e - s) * 0.05);
            } else {
                double mid = (s + e) / 2;
                zoomTo(mid - span / 2, mid + span / 2);
            }
        }
        skinOp().scrollLaneIntoView(item);
    }

    /** The x coordinate (in this control) of an epoch day. */
    public double xForDay(double day) {
        double left = timeAreaLeft();
        return left + (day - getVisibleStart()) / (getVisibleEnd() - getVisibleStart()) * timeAreaWidth();
    }

    /** The epoch day at an x coordinate of this control. */
    public double dayForX(double x) {
        double left = timeAreaLeft();
        return getVisibleStart() + (x - left) / timeAreaWidth() * (getVisibleEnd() - getVisibleStart());
    }

    /**
     * The most of the drawing's width the lane names take (names longer than that end in "…", with
     * the whole name as the pointer's tooltip): at 200 % type on a 1280-pixel window the 15.7 em
     * column took 40 %, and the dates got what the side panels left of the rest.
     */
    public static final double MAX_LANE_HEADER_SHARE = 0.3;

    /** Width of the lane names' column in a drawing {@code width} wide: {@link #getLaneHeaderWidth()}, at most {@link #MAX_LANE_HEADER_SHARE} of it. */
    public double laneHeaderWidthIn(double width) {
        return Math.min(getLaneHeaderWidth(), Math.max(60, width * MAX_LANE_HEADER_SHARE));
    }

    /** Left edge of the dated area (right of the lane headers). */
    public double timeAreaLeft() {
        return snappedLeftInset() + laneHeaderWidthIn(getWidth() - snappedLeftInset() - snappedRightInset());
    }

    /** Width of the dated area. */
    public double timeAreaWidth() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double w = inner - laneHeaderWidthIn(inner);
        return w > 1 ? w : 1;
    }

    // ---------------------------------------------------------------- selection

    /** The selected items, in selection order; Ctrl/Shift-click adds to them. */
    public final ObservableList<TimelineItem> getSelectedItems() { return selectedItems; }

    /** The last selected item; setting it selects only that item. */
    public final ObjectProperty<TimelineItem> selectedItemProperty() { return selectedItem; }
    public final TimelineItem getSelectedItem() { return selectedItem.get(); }
    public final void setSelectedItem(TimelineItem value) { selectedItem.set(value); }

    /** The first item with this id, or null. */
    /**
     * The span of days chosen by a Shift-drag over the dated area (drawn as a shaded band with its
     * dates), or null when none; Esc or a plain click clears it. Setting it draws it too.
     */
    public final ObjectProperty<TimelineRange> selectedRangeProperty() { return selectedRange; }
    public final TimelineRange getSelectedRange() { return selectedRange.get(); }
    public final void setSelectedRange(TimelineRange value) { selectedRange.set(value); }

    public TimelineItem findItem(long id) { return skinOp().findItem(id); }

    /** Selects the item after the selected one (in start order, among the shown lanes) and reveals it. */
    public void selectNext() { skinOp().step(+1); }

    /** Selects the item before the selected one and reveals it. */
    public void selectPrevious() { skinOp().step(-1); }

    // ---------------------------------------------------------------- options

    /** Today, where ongoing items end and the "today" line is drawn. */
    public final ObjectProperty<LocalDate> todayProperty() { return today; }
    public final LocalDate getToday() { return today.get(); }
    public final void setToday(LocalDate value) { today.set(Objects.requireNonNull(value)); }

    /**
     * Locale of month names on the axis and of dates in tooltips: the interface language's unless
     * set. The control's other texts ("Today", the lane menu) are always the interface language's.
     */
    public final ObjectProperty<Locale> localeProperty() { return locale; }
    public final Locale getLocale() { return locale.get(); }
    public final void setLocale(Locale value) { locale.set(Objects.requireNonNull(value)); }

    /**
     * Focus: while an item is selected, every other item and "+N" chip is drawn faint
     * ({@code -tl-unfocused-opacity}), so that a class sees the one the lecturer talks about.
     */
    public final BooleanProperty focusSelectionProperty() { return focusSelection; }
    public final boolean isFocusSelection() { return focusSelection.get(); }
    public final void setFocusSelection(boolean value) { focusSelection.set(value); }

    /**
     * What the timeline says in its middle when it has no items ("No events to show"); empty or
     * null says nothing, for a sign laid over it that says more (the library still opening, the
     * first events being read).
     */
    public final javafx.beans.property.StringProperty emptyTextProperty() { return emptyText; }
    public final String getEmptyText() { return emptyText.get(); }
    public final void setEmptyText(String value) { emptyText.set(value); }

    public final BooleanProperty showTiersProperty() { return showTiers; }
    public final boolean isShowTiers() { return showTiers.get(); }
    public final void setShowTiers(boolean value) { showTiers.set(value); }

    public final BooleanProperty showLinksProperty() { return showLinks; }
    public final boolean isShowLinks() { return showLinks.get(); }
    public final void setShowLinks(boolean value) { showLinks.set(value); }

    public final BooleanProperty showPeriodsProperty() { return showPeriods; }
    public final boolean isShowPeriods() { return showPeriods.get(); }
    public final void setShowPeriods(boolean value) { showPeriods.set(value); }

    public final BooleanProperty showTodayProperty() { return showToday; }
    public final boolean isShowToday() { return showToday.get(); }
    public final void setShowToday(boolean value) { showToday.set(value); }

    /** Text of the hover tooltip for an item; by default its title and its dates at their precision. */
    public final ObjectProperty<Function<TimelineItem, String>> tooltipTextProperty() { return tooltipText; }
    public final Function<TimelineItem, String> getTooltipText() { return tooltipText.get(); }
    public final void setTooltipText(Function<TimelineItem, String> value) { tooltipText.set(value); }

    /** Double-click or Enter on an item. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onItemActivatedProperty() { return onItemActivated; }
    public final EventHandler<TimelineEvent> getOnItemActivated() { return onItemActivated.get(); }
    public final void setOnItemActivated(EventHandler<TimelineEvent> value) { onItemActivated.set(value); }

    /** Click on a "+N" cluster; unless consumed, the view then zooms into it. */
    public final ObjectProperty<EventHandler<TimelineEvent>> onClusterActivatedProperty() { return onClusterActivated; }
    public final EventHandler<TimelineEvent> getOnClusterActivated() { return onClusterActivated.get(); }
    public final void setOnClusterActivated(EventHandler<TimelineEvent> value) { onClusterActivated.set(value); }

    /** The text the tooltip shows by default: "Title\n19 June 2024" or "Title\nJuly 2012 – ongoing". */
    public String defaultTooltipText(TimelineItem item) {
        return item.title() + "\n" + describeDates(item); // two lines: the title is drawn in bold
    }

    /** The item's dates at their precision in the control's locale. */
    public String describeDates(TimelineItem item) {
        return DateText.describe(item.startDay(), item.endDay(), item.startPrecision(), item.endPrecision(),
                item.approximate(), item.ongoing(), getLocale());
    }

    /** Where an item ends on screen: its end, or today when ongoing. */
    public double effectiveEnd(TimelineItem item) {
        return item.ongoing() ? Math.max(item.startDay() + 1, getToday().toEpochDay() + 1) : item.endDay();
    }

    private void updateAccessibleText() {
        TimelineItem it = getSelectedItem();
        String text = it == null ? I18n.t("timeline.accessible.none") : I18n.t("timeline.accessible.selected", it.title(), describeDates(it));
        TimelineRange range = getSelectedRange();
        setAccessibleText(range == null ? text : I18n.t("timeline.accessible.with-range", text, range.describe(getLocale())));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    // ---------------------------------------------------------------- skin and CSS

    @Override
    protected Skin<?> createDefaultSkin() { return new TimelineViewSkin(this); }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm();
    }

    private TimelineViewSkin skinOp() {
        if (!(getSkin() instanceof TimelineViewSkin)) {
            // operations before the control is shown still work: create the skin now
            setSkin(createDefaultSkin());
        }
        return (TimelineViewSkin) getSkin();
    }

    private final class EventHandlerProperty extends ObjectPropertyBase<EventHandler<TimelineEvent>> {
        private final String name;
        private final javafx.event.EventType<TimelineEvent> type;

        EventHandlerProperty(String name, javafx.event.EventType<TimelineEvent> type) {
            this.name = name;
            this.type = type;
        }

        @Override
        protected void invalidated() { setEventHandler(type, get()); }

        @Override
        public Object getBean() { return TimelineView.this; }

        @Override
        public String getName() { return name; }
    }

    // ---------------------------------------------------------------- styleable properties

    private static final StyleablePropertyFactory<TimelineView> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableObjectProperty<Paint> canvasBackground = paint("canvasBackground", "-tl-background", s -> s.canvasBackground, Color.WHITE);
    private final StyleableObjectProperty<Paint> laneAltBackground = paint("laneAltBackground", "-tl-lane-alt-background", s -> s.laneAltBackground, Color.web("#f6f8fa"));
    private final StyleableObjectProperty<Paint> laneSeparatorColor = paint("laneSeparatorColor", "-tl-lane-separator-color", s -> s.laneSeparatorColor, Color.web("#d0d7de"));
    private final StyleableObjectProperty<Paint> laneHeaderBackground = paint("laneHeaderBackground", "-tl-lane-header-background", s -> s.laneHeaderBackground, Color.web("#f6f8fa"));
    private final StyleableObjectProperty<Paint> laneHeaderTextColor = paint("laneHeaderTextColor", "-tl-lane-header-text-color", s -> s.laneHeaderTextColor, Color.web("#1f2328"));
    private final StyleableObjectProperty<Paint> laneHeaderSubtextColor = paint("laneHeaderSubtextColor", "-tl-lane-header-subtext-color", s -> s.laneHeaderSubtextColor, Color.web("#656d76"));
    private final StyleableObjectProperty<Paint> axisBackground = paint("axisBackground", "-tl-axis-background", s -> s.axisBackground, Color.web("#ffffff"));
    private final StyleableObjectProperty<Paint> axisColor = paint("axisColor", "-tl-axis-color", s -> s.axisColor, Color.web("#8c959f"));
    private final StyleableObjectProperty<Paint> axisTextColor = paint("axisTextColor", "-tl-axis-text-color", s -> s.axisTextColor, Color.web("#424a53"));
    private final StyleableObjectProperty<Paint> axisMajorTextColor = paint("axisMajorTextColor", "-tl-axis-major-text-color", s -> s.axisMajorTextColor, Color.web("#1f2328"));
    private final StyleableObjectProperty<Paint> gridColor = paint("gridColor", "-tl-grid-color", s -> s.gridColor, Color.web("#eaeef2"));
    private final StyleableObjectProperty<Paint> majorGridColor = paint("majorGridColor", "-tl-major-grid-color", s -> s.majorGridColor, Color.web("#d0d7de"));
    private final StyleableObjectProperty<Paint> itemTextColor = paint("itemTextColor", "-tl-item-text-color", s -> s.itemTextColor, Color.web("#1f2328"));
    private final StyleableObjectProperty<Paint> selectionColor = paint("selectionColor", "-tl-selection-color", s -> s.selectionColor, Color.web("#0969da"));
    private final StyleableObjectProperty<Paint> hoverColor = paint("hoverColor", "-tl-hover-color", s -> s.hoverColor, Color.web("#0969da66"));
    private final StyleableObjectProperty<Paint> clusterColor = paint("clusterColor", "-tl-cluster-color", s -> s.clusterColor, Color.web("#eaeef2"));
    private final StyleableObjectProperty<Paint> clusterTextColor = paint("clusterTextColor", "-tl-cluster-text-color", s -> s.clusterTextColor, Color.web("#424a53"));
    private final StyleableObjectProperty<Paint> todayColor = paint("todayColor", "-tl-today-color", s -> s.todayColor, Color.web("#cf222e"));
    private final StyleableObjectProperty<Paint> linkColor = paint("linkColor", "-tl-link-color", s -> s.linkColor, Color.web("#8250df"));
    private final StyleableObjectProperty<Paint> periodTextColor = paint("periodTextColor", "-tl-period-text-color", s -> s.periodTextColor, Color.web("#57606a"));
    private final StyleableObjectProperty<Paint> rangeFill = paint("rangeFill", "-tl-range-fill", s -> s.rangeFill, Color.web("#0969da1f"));
    private final StyleableObjectProperty<Paint> rangeColor = paint("rangeColor", "-tl-range-color", s -> s.rangeColor, Color.web("#0969da"));
    private final StyleableObjectProperty<Paint> rangeTextColor = paint("rangeTextColor", "-tl-range-text-color", s -> s.rangeTextColor, Color.WHITE);
    private final StyleableObjectProperty<Paint> annotationColor = paint("annotationColor", "-tl-annotation-color", s -> s.annotationColor, Color.web("#bf8700"));

    private final StyleableObjectProperty<Font> itemFont = font("itemFont", "-tl-item-font", s -> s.itemFont, Font.font(12));
    private final StyleableObjectProperty<Font> axisFont = font("axisFont", "-tl-axis-font", s -> s.axisFont, Font.font(11));
    private final StyleableObjectProperty<Font> axisMajorFont = font("axisMajorFont", "-tl-axis-major-font", s -> s.axisMajorFont, Font.font(12));
    private final StyleableObjectProperty<Font> laneHeaderFont = font("laneHeaderFont", "-tl-lane-header-font", s -> s.laneHeaderFont, Font.font(13));
    private final StyleableObjectProperty<Font> clusterFont = font("clusterFont", "-tl-cluster-font", s -> s.clusterFont, Font.font(11));

    private final StyleableProperty<Number> laneHeaderWidth = CSS.createStyleableNumberProperty(this, "laneHeaderWidth", "-tl-lane-header-width", s -> s.laneHeaderWidth, 180);
    private final StyleableProperty<Number> rowHeight = CSS.createStyleableNumberProperty(this, "rowHeight", "-tl-row-height", s -> s.rowHeight, 24);
    private final StyleableProperty<Number> axisHeight = CSS.createStyleableNumberProperty(this, "axisHeight", "-tl-axis-height", s -> s.axisHeight, 48);
    private final StyleableProperty<Number> maxRows = CSS.createStyleableNumberProperty(this, "maxRows", "-tl-max-rows", s -> s.maxRows, 6);
    private final StyleableProperty<Number> tierHeight = CSS.createStyleableNumberProperty(this, "tierHeight", "-tl-tier-height", s -> s.tierHeight, 16);
    private final StyleableProperty<Number> markerSize = CSS.createStyleableNumberProperty(this, "markerSize", "-tl-marker-size", s -> s.markerSize, 10);
    private final StyleableProperty<Number> collapsedLaneHeight = CSS.createStyleableNumberProperty(this, "collapsedLaneHeight", "-tl-collapsed-lane-height", s -> s.collapsedLaneHeight, 30);
    private final StyleableProperty<Number> unfocusedOpacity = CSS.createStyleableNumberProperty(this, "unfocusedOpacity", "-tl-unfocused-opacity", s -> s.unfocusedOpacity, 0.2);

    private StyleableObjectProperty<Paint> paint(String name, String css, Function<TimelineView, StyleableProperty<Paint>> f, Paint initial) {
        return (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(this, name, css, f, initial);
    }

    private StyleableObjectProperty<Font> font(String name, String css, Function<TimelineView, StyleableProperty<Font>> f, Font initial) {
        return (StyleableObjectProperty<Font>) CSS.createStyleableFontProperty(this, name, css, f, initial);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    public final ObjectProperty<Paint> canvasBackgroundProperty() { return canvasBackground; }
    public final Paint getCanvasBackground() { return canvasBackground.get(); }
    public final ObjectProperty<Paint> laneAltBackgroundProperty() { return laneAltBackground; }
    public final Paint getLaneAltBackground() { return laneAltBackground.get(); }
    public final ObjectProperty<Paint> laneSeparatorColorProperty() { return laneSeparatorColor; }
    public final Paint getLaneSeparatorColor() { return laneSeparatorColor.get(); }
    public final ObjectProperty<Paint> laneHeaderBackgroundProperty() { return laneHeaderBackground; }
    public final Paint getLaneHeaderBackground() { return laneHeaderBackground.get(); }
    public final ObjectProperty<Paint> laneHeaderTextColorProperty() { return laneHeaderTextColor; }
    public final Paint getLaneHeaderTextColor() { return laneHeaderTextColor.get(); }
    public final ObjectProperty<Paint> laneHeaderSubtextColorProperty() { return laneHeaderSubtextColor; }
    public final Paint getLaneHeaderSubtextColor() { return laneHeaderSubtextColor.get(); }
    public final ObjectProperty<Paint> axisBackgroundProperty() { return axisBackground; }
    public final Paint getAxisBackground() { return axisBackground.get(); }
    public final ObjectProperty<Paint> axisColorProperty() { return axisColor; }
    public final Paint getAxisColor() { return axisColor.get(); }
    public final ObjectProperty<Paint> axisTextColorProperty() { return axisTextColor; }
    public final Paint getAxisTextColor() { return axisTextColor.get(); }
    public final ObjectProperty<Paint> axisMajorTextColorProperty() { return axisMajorTextColor; }
    public final Paint getAxisMajorTextColor() { return axisMajorTextColor.get(); }
    public final ObjectProperty<Paint> gridColorProperty() { return gridColor; }
    public final Paint getGridColor() { return gridColor.get(); }
    public final ObjectProperty<Paint> majorGridColorProperty() { return majorGridColor; }
    public final Paint getMajorGridColor() { return majorGridColor.get(); }
    public final ObjectProperty<Paint> itemTextColorProperty() { return itemTextColor; }
    public final Paint getItemTextColor() { return itemTextColor.get(); }
    public final ObjectProperty<Paint> selectionColorProperty() { return selectionColor; }
    public final Paint getSelectionColor() { return selectionColor.get(); }
    public final ObjectProperty<Paint> hoverColorProperty() { return hoverColor; }
    public final Paint getHoverColor() { return hoverColor.get(); }
    public final ObjectProperty<Paint> clusterColorProperty() { return clusterColor; }
    public final Paint getClusterColor() { return clusterColor.get(); }
    public final ObjectProperty<Paint> clusterTextColorProperty() { return clusterTextColor; }
    public final Paint getClusterTextColor() { return clusterTextColor.get(); }
    public final ObjectProperty<Paint> todayColorProperty() { return todayColor; }
    public final Paint getTodayColor() { return todayColor.get(); }
    public final ObjectProperty<Paint> linkColorProperty() { return linkColor; }
    public final Paint getLinkColor() { return linkColor.get(); }
    public final ObjectProperty<Paint> periodTextColorProperty() { return periodTextColor; }
    public final Paint getPeriodTextColor() { return periodTextColor.get(); }
    public final ObjectProperty<Paint> rangeFillProperty() { return rangeFill; }
    public final Paint getRangeFill() { return rangeFill.get(); }
    public final ObjectProperty<Paint> rangeColorProperty() { return rangeColor; }
    public final Paint getRangeColor() { return rangeColor.get(); }
    public final ObjectProperty<Paint> rangeTextColorProperty() { return rangeTextColor; }
    public final Paint getRangeTextColor() { return rangeTextColor.get(); }
    public final ObjectProperty<Paint> annotationColorProperty() { return annotationColor; }
    public final Paint getAnnotationColor() { return annotationColor.get(); }

    public final ObjectProperty<Font> itemFontProperty() { return itemFont; }
    public final Font getItemFont() { return itemFont.get(); }
    public final ObjectProperty<Font> axisFontProperty() { return axisFont; }
    public final Font getAxisFont() { return axisFont.get(); }
    public final ObjectProperty<Font> axisMajorFontProperty() { return axisMajorFont; }
    public final Font getAxisMajorFont() { return axisMajorFont.get(); }
    public final ObjectProperty<Font> laneHeaderFontProperty() { return laneHeaderFont; }
    public final Font getLaneHeaderFont() { return laneHeaderFont.get(); }
    public final ObjectProperty<Font> clusterFontProperty() { return clusterFont; }
    public final Font getClusterFont() { return clusterFont.get(); }

    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> laneHeaderWidthProperty() { return (ObjectProperty<Number>) laneHeaderWidth; }
    public final double getLaneHeaderWidth() { return laneHeaderWidth.getValue().doubleValue(); }
    public final void setLaneHeaderWidth(double value) { laneHeaderWidth.setValue(value); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> rowHeightProperty() { return (ObjectProperty<Number>) rowHeight; }
    /** How much of an item not in focus shows while {@link #focusSelectionProperty() focus} is on (0 to 1). */
    public final double getUnfocusedOpacity() { return unfocusedOpacity.getValue().doubleValue(); }
    public final double getRowHeight() { return rowHeight.getValue().doubleValue(); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> axisHeightProperty() { return (ObjectProperty<Number>) axisHeight; }
    public final double getAxisHeight() { return axisHeight.getValue().doubleValue(); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> maxRowsProperty() { return (ObjectProperty<Number>) maxRows; }
    public final int getMaxRows() { return Math.max(1, maxRows.getValue().intValue()); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> tierHeightProperty() { return (ObjectProperty<Number>) tierHeight; }
    public final double getTierHeight() { return tierHeight.getValue().doubleValue(); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> markerSizeProperty() { return (ObjectProperty<Number>) markerSize; }
    public final double getMarkerSize() { return markerSize.getValue().doubleValue(); }
    @SuppressWarnings("unchecked")
    public final ObjectProperty<Number> collapsedLaneHeightProperty() { return (ObjectProperty<Number>) collapsedLaneHeight; }
    public final double getCollapsedLaneHeight() { return collapsedLaneHeight.getValue().doubleValue(); }
}
