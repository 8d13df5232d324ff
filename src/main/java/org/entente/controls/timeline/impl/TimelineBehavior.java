package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.entente.controls.timeline.TimelineEvent;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineRange;
import org.entente.controls.timeline.TimelineView;
import java.time.LocalDate;
import org.entente.model.DatePrecision;
import org.entente.time.DateText;
import org.entente.time.LaneLayout;
import org.entente.i18n.I18n;

/**
 * The timeline's mouse, touch and keyboard handling: wheel and pinch zoom, drag to pan with
 * kinetic scrolling, Shift-drag to choose a range of days, click to select, double-click to
 * activate, lane reordering and the lane menu.
 */
final class TimelineBehavior {
    private final TimelineViewSkin skin;

    TimelineBehavior(TimelineViewSkin skin) { this.skin = skin; }

    static final PseudoClass PANNING = PseudoClass.getPseudoClass("panning");
    static final double DRAG_THRESHOLD = 4;
    int hoverItem = -1;
    int hoverLane = -1, hoverCluster = -1;
    /** Whether the pointer is over a lane's name (its tooltip then gives a name cut to fit). */
    boolean hoverHeader;
    double hoverX, hoverY;
    boolean hoverInside;
    double pressX, pressY, lastDragX, lastDragY;
    boolean dragging, pressedOnHeader;
    /** A press with Shift over the dated area: dragged, it chooses a range instead of panning (a click still adds an item). */
    boolean rangeDrag;
    int draggedLane = -1;
    double dragLaneY;
    long lastDragNanos;
    double velocity; // px per second of content movement
    final AnimationTimer kinetic = new AnimationTimer() {
        private long last;

        @Override
        public void start() {
            last = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last == 0) {
                last = now;
                return;
            }
            double dt = (now - last) / 1e9;
            last = now;
            velocity *= Math.exp(-dt / 0.35);
            if (Math.abs(velocity) < 15) {
                stop();
                skin.getSkinnable().pseudoClassStateChanged(PANNING, false);
                return;
            }
            skin.getSkinnable().panBy(-velocity * dt);
        }
    };

    ContextMenu laneMenu;

    void installHandlers() {
        TimelineView c = skin.getSkinnable();
        c.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        c.addEventHandler(ZoomEvent.ZOOM, e -> {
            c.zoomBy(e.getZoomFactor(), e.getX());
            e.consume();
        });
        c.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        c.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        c.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        c.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        c.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        c.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverInside = false;
            hoverItem = -1;
            hoverCluster = -1;
            hoverHeader = false;
            skin.markDirty();
        });
        c.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    void onScroll(ScrollEvent e) {
        TimelineView c = skin.getSkinnable();
        if (e.getTouchCount() > 0 && e.isInertia()) return;
        kinetic.stop();
        double dx = e.getDeltaX(), dy = e.getDeltaY();
        if (e.getX() - skin.canvas.getLayoutX() < skin.frame.scale.left() || (e.isControlDown() && !e.isShiftDown())) {
            scrollBy(-dy);
        } else if (Math.abs(dx) > Math.abs(dy)) {
            c.panBy(-dx);
        } else if (dy != 0) {
            // one wheel notch (deltaY = multiplier, 40 px on most platforms) zooms by 15 %; trackpads give fractions
            double notches = dy / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
            notches = Math.max(-3, Math.min(3, notches));
            c.zoomBy(Math.pow(1.15, notches), e.getX());
        }
        e.consume();
    }

    void scrollBy(double dy) {
        double viewH = skin.canvas.getHeight() - skin.frame.lanesTop;
        double before = skin.frame.scrollY;
        skin.frame.scrollY = Math.max(0, Math.min(skin.frame.scrollY + dy, skin.frame.contentHeight - viewH));
        if (skin.frame.scrollY != before) skin.markDirty();
    }

    void onPressed(MouseEvent e) {
        TimelineView c = skin.getSkinnable();
        c.requestFocus();
        kinetic.stop();
        c.pseudoClassStateChanged(PANNING, false);
        pressX = lastDragX = e.getX();
        pressY = lastDragY = e.getY();
        lastDragNanos = System.nanoTime();
        velocity = 0;
        dragging = false;
        TimelineHitTest.Hit hit = skin.hits.hitTest(e.getX(), e.getY());
        pressedOnHeader = hit.header();
        rangeDrag = e.isShiftDown() && e.getButton() == MouseButton.PRIMARY && !hit.header() && e.getX() >= c.timeAreaLeft();
        draggedLane = -1;
        if (laneMenu != null) laneMenu.hide();
        if (e.getButton() == MouseButton.SECONDARY && hit.header() && !c.getLanes().isEmpty()) {
            showLaneMenu(hit.shownLane(), e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }

    void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        TimelineView c = skin.getSkinnable();
        double dx = e.getX() - lastDragX, dy = e.getY() - lastDragY;
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            if (rangeDrag) {
                // no panning: the pointer draws the range
            } else if (pressedOnHeader && !c.getLanes().isEmpty()) {
                TimelineHitTest.Hit hit = skin.hits.hitTest(pressX, pressY);
                draggedLane = hit.shownLane();
            } else {
                c.pseudoClassStateChanged(PANNING, true);
            }
        }
        if (!dragging) return;
        long now = System.nanoTime();
        if (rangeDrag) {
            c.setSelectedRange(rangeBetween(pressX, e.getX()));
        } else if (draggedLane >= 0) {
            // reordering lanes by dragging a header
            int target = skin.hits.laneAt(e.getY() - skin.canvas.getLayoutY());
            if (target >= 0 && target != draggedLane) {
                moveLane(draggedLane, target);
                draggedLane = target;
            }
        } else {
            c.panBy(-dx);
            if (dy != 0) scrollBy(-dy);
            double dt = Math.max(1e-3, (now - lastDragNanos) / 1e9);
            // smoothed velocity of the pointer, for the kinetic glide after release
            velocity = 0.75 * (dx / dt) + 0.25 * velocity;
        }
        lastDragX = e.getX();
        lastDragY = e.getY();
        lastDragNanos = now;
        e.consume();
    }

    void onReleased(MouseEvent e) {
        TimelineView c = skin.getSkinnable();
        if (dragging && draggedLane < 0 && !rangeDrag) {
            boolean recent = System.nanoTime() - lastDragNanos < 80_000_000L;
            if (recent && Math.abs(velocity) > 150) {
                velocity = Math.max(-6000, Math.min(6000, velocity));
                kinetic.start();
            } else {
                c.pseudoClassStateChanged(PANNING, false);
            }
        }
        if (draggedLane >= 0) {
            draggedLane = -1;
            skin.markDirty();
        }
    }

    void onClicked(MouseEvent e) {
        TimelineView c = skin.getSkinnable();
        if (e.getButton() != MouseButton.PRIMARY || dragging) return;
        TimelineHitTest.Hit hit = skin.hits.hitTest(e.getX(), e.getY());
        if (hit.header()) {
            TimelineLane lane = skin.frame.shownLanes.get(hit.shownLane());
            if (lane != skin.frame.implicitLane) lane.setCollapsed(!lane.isCollapsed());
            e.consume();
            return;
        }
        // a plain click puts the chosen range away (Shift-click adds an item and keeps it)
        if (!e.isShiftDown()) c.setSelectedRange(null);
        if (hit.item() >= 0) {
            TimelineItem item = skin.itemIndex.items.get(hit.item());
            if (e.isControlDown() || e.isMetaDown()) {
                if (c.getSelectedItems().contains(item)) c.getSelectedItems().remove(item);
                else c.getSelectedItems().add(item);
            } else if (e.isShiftDown()) {
                if (!c.getSelectedItems().contains(item)) c.getSelectedItems().add(item);
            } else if (c.getSelectedItems().size() != 1 || c.getSelectedItem() != item) {
                c.setSelectedItem(item);
            }
            if (e.getClickCount() == 2) fireItemActivated(item);
        } else if (hit.cluster() >= 0) {
            activateCluster(hit.shownLane(), hit.cluster());
        } else if (!e.isControlDown() && !e.isShiftDown()) {
            c.getSelectedItems().clear();
        }
        e.consume();
    }

    void fireItemActivated(TimelineItem item) {
        TimelineView c = skin.getSkinnable();
        Event.fireEvent(c, new TimelineEvent(c, c, TimelineEvent.ITEM_ACTIVATED, item, null, item.laneKey(),
                item.startDay(), c.effectiveEnd(item)));
    }

    void activateCluster(int s, int q) {
        TimelineView c = skin.getSkinnable();
        LaneLayout out = skin.frame.layouts[s];
        double from = out.clusterFirstStart[q], to = out.clusterLastStart[q] + 1;
        TimelineEvent ev = new TimelineEvent(c, c, TimelineEvent.CLUSTER_ACTIVATED, null, skin.hits.clusterItems(s, q),
                skin.frame.shownLanes.get(s).getKey(), from, to);
        Event.fireEvent(c, ev);
        if (!ev.isConsumed()) {
            double margin = Math.max(1, (to - from) * 0.15);
            c.zoomTo(from - margin, to + margin);
        }
    }

    void onMoved(MouseEvent e) {
        hoverInside = true;
        hoverX = e.getX() - skin.canvas.getLayoutX();
        hoverY = e.getY() - skin.canvas.getLayoutY();
        TimelineHitTest.Hit hit = skin.hits.hitTest(e.getX(), e.getY());
        hoverItem = hit.item();
        hoverLane = hit.shownLane();
        hoverCluster = hit.cluster();
        hoverHeader = hit.header();
        skin.getSkinnable().setCursor(hit.header() || hit.item() >= 0 || hit.cluster() >= 0 ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
        skin.markDirty();
    }

    void onKey(KeyEvent e) {
        TimelineView c = skin.getSkinnable();
        KeyCode code = e.getCode();
        double centre = c.timeAreaLeft() + c.timeAreaWidth() / 2;
        boolean handled = true;
        boolean modifier = e.isControlDown() || e.isAltDown() || e.isMetaDown();
        switch (code) {
            case PLUS, ADD, EQUALS -> c.zoomBy(1.5, centre);
            case MINUS, SUBTRACT -> c.zoomBy(1 / 1.5, centre);
            case LEFT -> {
                if (modifier) c.selectPrevious();
                else c.panBy(-c.timeAreaWidth() * (e.isShiftDown() ? 0.5 : 0.1));
            }
            case RIGHT -> {
                if (modifier) c.selectNext();
                else c.panBy(c.timeAreaWidth() * (e.isShiftDown() ? 0.5 : 0.1));
            }
            case UP -> scrollBy(-c.getRowHeight() * 2);
            case DOWN -> scrollBy(c.getRowHeight() * 2);
            case PAGE_UP -> scrollBy(-(skin.canvas.getHeight() - skin.frame.lanesTop) * 0.9);
            case PAGE_DOWN -> scrollBy((skin.canvas.getHeight() - skin.frame.lanesTop) * 0.9);
            case HOME -> c.fitAll();
            case TAB -> handled = !modifier && skin.step(e.isShiftDown() ? -1 : +1);
            case ENTER -> {
                if (c.getSelectedItem() != null) fireItemActivated(c.getSelectedItem());
                else handled = false;
            }
            case ESCAPE -> {
                if (c.getSelectedRange() != null) c.setSelectedRange(null);
                else if (c.getSelectedItems().isEmpty()) handled = false;
                else c.getSelectedItems().clear();
            }
            default -> {
                if ("+".equals(e.getText())) c.zoomBy(1.5, centre);
                else if ("-".equals(e.getText())) c.zoomBy(1 / 1.5, centre);
                else handled = false;
            }
        }
        if (handled) e.consume();
    }

    /**
     * The range between two x positions of a Shift-drag, snapped outwards to the finest of days,
     * months or years that is wide enough on screen to aim at (a day from 6 px, a month from 12 px).
     */
    TimelineRange rangeBetween(double xa, double xb) {
        TimelineView c = skin.getSkinnable();
        double left = c.timeAreaLeft(), right = left + c.timeAreaWidth();
        double a = c.dayForX(Math.max(left, Math.min(right, Math.min(xa, xb))));
        double b = c.dayForX(Math.max(left, Math.min(right, Math.max(xa, xb))));
        double pixelsPerDay = c.timeAreaWidth() / (c.getVisibleEnd() - c.getVisibleStart());
        DatePrecision unit = pixelsPerDay >= 6 ? DatePrecision.DAY : pixelsPerDay * 30.44 >= 12 ? DatePrecision.MONTH : DatePrecision.YEAR;
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(a));
        first = switch (unit) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(1);
            case YEAR -> first.withDayOfYear(1);
        };
        return new TimelineRange(first.toEpochDay(), DateText.unitEnd((long) Math.floor(b), unit), unit);
    }

    void showLaneMenu(int s, double screenX, double screenY) {
        TimelineView c = skin.getSkinnable();
        TimelineLane lane = skin.frame.shownLanes.get(s);
        MenuItem up = new MenuItem(I18n.t("timeline.lane-menu.up"));
        up.setDisable(s == 0);
        up.setOnAction(a -> moveLane(s, s - 1));
        MenuItem down = new MenuItem(I18n.t("timeline.lane-menu.down"));
        down.setDisable(s == skin.frame.shownLanes.size() - 1);
        down.setOnAction(a -> moveLane(s, s + 1));
        MenuItem toggle = new MenuItem(lane.isCollapsed() ? I18n.t("timeline.lane-menu.expand") : I18n.t("timeline.lane-menu.collapse"));
        toggle.setOnAction(a -> lane.setCollapsed(!lane.isCollapsed()));
        MenuItem others = new MenuItem(I18n.t("timeline.lane-menu.collapse-others"));
        others.setOnAction(a -> {
            for (TimelineLane l : c.getLanes()) l.setCollapsed(l != lane);
        });
        MenuItem all = new MenuItem(I18n.t("timeline.lane-menu.expand-all"));
        all.setOnAction(a -> {
            for (TimelineLane l : c.getLanes()) l.setCollapsed(false);
        });
        laneMenu = new ContextMenu(up, down, new SeparatorMenuItem(), toggle, others, all);
        laneMenu.show(c, screenX, screenY);
    }

    /** Moves a lane to another position in the control's lane list. */
    void moveLane(int from, int to) {
        ObservableList<TimelineLane> lanes = skin.getSkinnable().getLanes();
        if (from < 0 || to < 0 || from >= lanes.size() || to >= lanes.size() || from == to) return;
        TimelineLane l = lanes.get(from);
        List<TimelineLane> copy = new ArrayList<>(lanes);
        copy.remove(from);
        copy.add(to, l);
        lanes.setAll(copy);
    }
}
