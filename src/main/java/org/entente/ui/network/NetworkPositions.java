package org.entente.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;

import org.entente.analysis.Point;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.NetworkPosition;

/**
 * Where the nodes stand and which of them the user pinned by dragging, and their saved copy in the
 * library (one per layout kind). Saved positions are view state, not library content: they are
 * written without bumping the library's version, so no other view reloads.
 */
final class NetworkPositions {
    private final TaskExecutor tasks;
    private final ObjectProperty<Map<Long, Point2D>> positions = new SimpleObjectProperty<>(this, "positions", Map.of());
    private final ObservableSet<Long> pinned = FXCollections.observableSet();

    NetworkPositions(TaskExecutor tasks) { this.tasks = tasks; }

    /** Starts from a layout's saved positions, keeping those of actors the network has. */
    void restore(List<NetworkPosition> saved, Map<Long, ?> actors) {
        Map<Long, Point2D> seed = new HashMap<>();
        pinned.clear();
        for (NetworkPosition p : saved) {
            if (!actors.containsKey(p.actorId())) continue;
            seed.put(p.actorId(), new Point2D(p.x(), p.y()));
            if (p.pinned()) pinned.add(p.actorId());
        }
        positions.set(seed);
    }

    /** Another layout kind chosen: its saved pins, the positions left for it to start from. */
    void pinSaved(List<NetworkPosition> saved) {
        pinned.clear();
        for (NetworkPosition p : saved) if (p.pinned()) pinned.add(p.actorId());
    }

    /** A node dragged by hand: pinned there, and the layout's positions saved in the library. */
    void moved(Map<Long, Point2D> newPositions, Set<Long> nowPinned, Library lib, String layoutKey) {
        positions.set(Map.copyOf(newPositions));
        pinned.addAll(nowPinned);
        if (lib == null) return;
        List<NetworkPosition> rows = new ArrayList<>();
        for (var e : positions.get().entrySet())
            rows.add(new NetworkPosition(e.getKey(), e.getValue().getX(), e.getValue().getY(), pinned.contains(e.getKey())));
        tasks.run(I18n.t("network.task.save-positions"), () -> {
            lib.networkPositions().save(layoutKey, rows);
            return null;
        }, v -> { });
    }

    /** Every pin let go, and the layout's saved positions forgotten. */
    void unpinAll(Library lib, String layoutKey) {
        pinned.clear();
        if (lib != null) tasks.run(I18n.t("network.task.forget-positions"), () -> {
            lib.networkPositions().clear(layoutKey);
            return null;
        }, v -> { });
    }

    /** The positions as a layout's seed. */
    Map<Long, Point> points() {
        Map<Long, Point> seed = new HashMap<>();
        for (var e : positions.get().entrySet()) seed.put(e.getKey(), new Point(e.getValue().getX(), e.getValue().getY()));
        return seed;
    }

    /** A layout's result shown. */
    void setPoints(Map<Long, Point> result) {
        Map<Long, Point2D> next = new HashMap<>();
        for (var en : result.entrySet()) next.put(en.getKey(), new Point2D(en.getValue().x(), en.getValue().y()));
        positions.set(next);
    }

    /** The positions as the graph writers take them: {x, y} by actor. */
    Map<Long, double[]> xy() {
        Map<Long, double[]> xy = new HashMap<>();
        for (var e : positions.get().entrySet()) xy.put(e.getKey(), new double[] {e.getValue().getX(), e.getValue().getY()});
        return xy;
    }

    boolean isEmpty() { return positions.get().isEmpty(); }

    ObjectProperty<Map<Long, Point2D>> positions() { return positions; }
    ObservableSet<Long> pinned() { return pinned; }
}
