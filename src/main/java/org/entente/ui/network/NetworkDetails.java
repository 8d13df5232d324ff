package org.entente.ui.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Measure;
import org.entente.analysis.TieKind;
import org.entente.app.task.TaskExecutor;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkNode;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.EventHeader;
import org.entente.store.Library;

/**
 * The side panel's content: the clicked tie's history and the events both its actors took part
 * in, the clicked country's figures, or, with nothing selected, a summary of the date.
 */
final class NetworkDetails {
    private final TaskExecutor tasks;
    private final StringProperty pairTitle = new SimpleStringProperty(this, "pairTitle", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", I18n.t("network.side.hint"));
    private final ObservableList<EventHeader> pairEvents = FXCollections.observableArrayList();

    NetworkDetails(TaskExecutor tasks) { this.tasks = tasks; }

    /** A tie clicked: its history, and the events both actors took part in, read in the background. */
    void showPair(Library lib, NetworkEdge edge, Map<Long, Actor> actors, LocalDate date) {
        if (lib == null || edge == null) {
            pairEvents.clear();
            pairTitle.set("");
            return;
        }
        Actor a = actors.get(edge.source()), b = actors.get(edge.target());
        String title = (a == null ? "?" : a.name()) + " – " + (b == null ? "?" : b.name());
        pairTitle.set(title);
        StringBuilder sb = new StringBuilder();
        if (edge.levelKey() != null) sb.append(I18n.t("network.side.on-date", edge.levelLabel(), NetworkViewModel.dateText(date))).append('\n');
        else sb.append(I18n.t("network.side.shared-events", (long) edge.weight(), NetworkViewModel.dateText(date))).append('\n');
        for (NetworkEdge.HistoryItem h : edge.history()) {
            sb.append("\n").append(h.period()).append("\n  ").append(h.level());
            if (!h.sources().isBlank()) sb.append("\n  ").append(I18n.t("network.side.source", h.sources()));
        }
        details.set(sb.toString());
        long x = edge.source(), y = edge.target();
        tasks.run(I18n.t("network.task.pair-events"), () -> lib.events().byActor(x).stream()
                .filter(h -> Arrays.stream(h.actorIds()).anyMatch(id -> id == y)).toList(), pairEvents::setAll);
    }

    /** A country clicked: its ties on the date and its size measure. */
    void showNode(NetworkNode node, GraphSnapshot snapshot, LocalDate date, Measure measure) {
        pairEvents.clear();
        pairTitle.set(node == null ? "" : node.name() + (node.code() == null ? "" : " (" + node.code() + ")"));
        if (node == null || snapshot == null) return;
        long ties = snapshot.ties().stream().filter(t -> t.touches(node.id())).count();
        details.set(I18n.t("network.side.node", ties, NetworkViewModel.dateText(date), NetworkViewModel.measureName(measure),
                formatMeasure(node.measure(), measure)));
    }

    /** Nothing selected: the summary of the frame shown, if there is one. */
    void clearSelection(NetworkViewModel.Frame shown, LocalDate date, TieKind tieKind) {
        pairTitle.set("");
        pairEvents.clear();
        if (shown != null) details.set(summary(shown, date, tieKind));
    }

    /** A new frame shown: its summary, unless a tie's or country's details are up. */
    void frameShown(NetworkViewModel.Frame f, LocalDate date, TieKind tieKind) {
        if (pairTitle.get().isEmpty()) details.set(summary(f, date, tieKind));
    }

    /** The text when nothing is selected: the ties in force by level, and what to click. */
    private static String summary(NetworkViewModel.Frame f, LocalDate date, TieKind tieKind) {
        StringBuilder sb = new StringBuilder(I18n.t("network.side.on-date", f.subtitle(), NetworkViewModel.dateText(date))).append('\n');
        if (tieKind == TieKind.PARTNERSHIP) {
            TreeMap<Integer, int[]> byRank = new TreeMap<>(Comparator.reverseOrder());
            Map<Integer, String> labels = new HashMap<>();
            for (NetworkEdge e : f.edges()) {
                byRank.computeIfAbsent(e.rank(), r -> new int[1])[0]++;
                labels.put(e.rank(), e.levelLabel());
            }
            for (var en : byRank.entrySet()) sb.append("\n").append(en.getValue()[0]).append(" × ").append(labels.get(en.getKey()));
        }
        sb.append("\n\n").append(I18n.t("network.side.hint"));
        return sb.toString();
    }

    private static String formatMeasure(double v, Measure measure) {
        if (measure == Measure.TRADE_VOLUME) return v == 0 ? I18n.t("network.side.no-figure") : I18n.t("common.usd.billions", I18n.fixed(v / 1e9, 2));
        return v == Math.rint(v) ? I18n.integer((long) v) : I18n.fixed(v, 2);
    }

    StringProperty pairTitle() { return pairTitle; }
    StringProperty details() { return details; }
    ObservableList<EventHeader> pairEvents() { return pairEvents; }
}
