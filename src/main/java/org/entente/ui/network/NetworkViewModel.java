package org.entente.ui.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;

import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Measure;
import org.entente.analysis.SharedEvents;
import org.entente.analysis.TieKind;
import org.entente.app.AtomicFile;
import org.entente.app.network.NetworkData;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkNode;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.RecordKind;
import org.entente.store.Library;

/**
 * The network view's state and logic, free of scene-graph nodes: the date shown, what ties and
 * node sizes show, the layout, and the nodes, edges and positions the {@code NetworkView} control
 * draws. A date step recomputes ties and measures in memory; the layout then runs in a background
 * task, seeded with the current positions so nodes move only as far as the change asks.
 *
 * <p>It composes the parts that do each job and keeps the one set of properties the view binds to:
 * {@link NetworkPlayback} (the slider's date, play and step), {@link NetworkGraph} and
 * {@link NetworkFrames} (the library's network and the ties and nodes of one date),
 * {@link NetworkLayoutRunner} (the background layout), {@link NetworkPositions} (positions and pins,
 * saved in the library), {@link NetworkDetails} (the side panel) and {@link NetworkExport} (files).
 */
public final class NetworkViewModel {
    /** How the slider steps when playing. */
    public enum Step {
        MONTH("network.step.month"), YEAR("network.step.year");

        private final String textKey;

        Step(String textKey) { this.textKey = textKey; }

        /** Its name in the interface language (the step lists show it). */
        @Override
        public String toString() { return I18n.t(textKey); }
    }

    public enum LayoutKind {
        FORCE("network.layout.force", NetworkData.FORCE_LAYOUT), EGO("network.layout.ego", NetworkData.EGO_LAYOUT);

        private final String textKey;
        private final String key;

        LayoutKind(String textKey, String key) {
            this.textKey = textKey;
            this.key = key;
        }

        /** The key its saved node positions are stored under. */
        public String key() { return key; }

        /** Its name in the interface language (the layout list shows it). */
        @Override
        public String toString() { return I18n.t(textKey); }
    }

    /** The nodes and edges for one date: the in-memory work of one slider step (no layout). */
    public record Frame(GraphSnapshot snapshot, List<NetworkNode> nodes, List<NetworkEdge> edges, String subtitle, String sizeLegend) {}

    /** A day as the caption and texts show it: "1 July 2024", "1 tháng 7 năm 2024". */
    public static String dateText(LocalDate day) {
        return EventDate.ofDay(EventDate.historicalYear(day.getYear()), day.getMonthValue(), day.getDayOfMonth()).display(I18n.locale());
    }

    /** A measure's name in the interface language: "Weighted ties", "Độ trung gian". */
    public static String measureName(Measure measure) {
        return switch (measure) {
            case DEGREE -> I18n.t("network.measure.degree");
            case WEIGHTED_DEGREE -> I18n.t("network.measure.weighted-degree");
            case BETWEENNESS -> I18n.t("network.measure.betweenness");
            case TRADE_VOLUME -> I18n.t("network.measure.trade");
        };
    }

    /** A kind of tie's name in the interface language: "Partnerships", "Sự kiện chung". */
    public static String tieKindName(TieKind kind) {
        return switch (kind) {
            case PARTNERSHIP -> I18n.t("network.ties.partnership");
            case CO_PARTICIPATION -> I18n.t("network.ties.shared-events");
            case UN_AGREEMENT -> I18n.t("network.ties.un-agreement");
            case GOLDSTEIN -> I18n.t("network.ties.goldstein");
        };
    }

    /** An event's start at its own precision ("July 2012", not a made-up 1 July 2012; "tháng 7 năm 2012"). */
    public static String startText(EventHeader h) {
        LocalDate d = LocalDate.ofEpochDay(h.startDay());
        int year = EventDate.historicalYear(d.getYear());
        EventDate start = switch (h.startPrecision()) {
            case DAY -> new EventDate(year, d.getMonthValue(), d.getDayOfMonth(), h.startPrecision(), h.approximate());
            case MONTH -> new EventDate(year, d.getMonthValue(), 0, h.startPrecision(), h.approximate());
            case YEAR -> new EventDate(year, 0, 0, h.startPrecision(), h.approximate());
        };
        return start.display(I18n.locale());
    }

    private final TaskExecutor tasks;
    private final NetworkPlayback playback = new NetworkPlayback();
    private final NetworkLayoutRunner layoutRunner;
    private final NetworkPositions positions;
    private final NetworkDetails details;
    private final NetworkExport export;

    private Library library;
    /** Replaced as a whole when a library is read (frames made off the FX thread hold the old one). */
    private NetworkGraph graph = NetworkGraph.EMPTY;
    /** Partnership spells and events the user annotated (read in the background). */
    private Set<Long> annotatedSpells = Set.of();
    private SharedEvents annotatedEvents = SharedEvents.NONE;
    private GraphSnapshot snapshot;
    private Frame lastFrame;
    /** From a load's start until its data is in: what changes meanwhile draws nothing; the end of {@link #show} draws once. */
    private boolean loading;
    /** A reload of the same library (after an edit elsewhere) keeps the drawing where it is. */
    private boolean keepPositions;
    /** The library's read running now (null when none), the number of the newest, and whether one was stopped before its end. */
    private java.util.concurrent.Future<?> reading;
    private long readGeneration;
    private boolean readStopped;

    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.WEIGHTED_DEGREE);
    private final ObjectProperty<TieKind> tieKind = new SimpleObjectProperty<>(this, "tieKind", TieKind.PARTNERSHIP);
    /** The lowest share of the same vote that makes a UN-agreement tie. */
    private final DoubleProperty agreementThreshold = new SimpleDoubleProperty(this, "agreementThreshold", 0.8);
    private final ObjectProperty<LayoutKind> layout = new SimpleObjectProperty<>(this, "layout", LayoutKind.FORCE);
    private final ObjectProperty<Actor> focusActor = new SimpleObjectProperty<>(this, "focusActor");
    private final BooleanProperty linked = new SimpleBooleanProperty(this, "linked");
    private final BooleanProperty annotatedOnly = new SimpleBooleanProperty(this, "annotatedOnly");
    private final ObservableList<Actor> countries = FXCollections.observableArrayList();
    private final ObservableList<NetworkNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<NetworkEdge> edges = FXCollections.observableArrayList();
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty sizeLegend = new SimpleStringProperty(this, "sizeLegend", "");
    /** Set when a layout result should be fitted to the view (a new layout kind, a new library). */
    private final BooleanProperty fitRequested = new SimpleBooleanProperty(this, "fitRequested");

    public NetworkViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
        this.layoutRunner = new NetworkLayoutRunner(tasks);
        this.positions = new NetworkPositions(tasks);
        this.details = new NetworkDetails(tasks);
        this.export = new NetworkExport(tasks);
        playback.date().addListener((o, was, now) -> refresh());
        measure.addListener((o, was, now) -> refresh());
        tieKind.addListener((o, was, now) -> refresh());
        agreementThreshold.addListener((o, was, now) -> {
            if (tieKind.get() == TieKind.UN_AGREEMENT) refresh();
        });
        annotatedOnly.addListener((o, was, now) -> refresh());
        focusActor.addListener((o, was, now) -> {
            if (layout.get() == LayoutKind.EGO) fitRequested.set(true);
            refresh();
        });
        layout.addListener((o, was, now) -> {
            NetworkData data = graph.data();
            positions.pinSaved(data == null ? List.of() : data.saved().getOrDefault(now.key(), List.of()));
            fitRequested.set(true);
            relayout();
        });
    }

    // ---- loading -----------------------------------------------------------------------------------

    /**
     * Reads the library in the background, with progress, and shows it. A read still running for an
     * older call stops: at ten million events it held the library for many seconds (issue #15).
     */
    public void load(Library lib, LocalDate initialDate) {
        keepPositions = lib == this.library && !positions.isEmpty();
        this.library = lib;
        loading = true;
        stopReading();
        readStopped = false;
        long generation = ++readGeneration;
        reading = tasks.execute(BackgroundTask.of(I18n.t("network.task.load"), progress -> NetworkData.read(lib, progress)).onSuccess(d -> {
            // A read that ended just as a newer one began is not shown.
            if (generation != readGeneration) return;
            reading = null;
            show(d, initialDate);
        }));
    }

    /**
     * Stops the library's read if one is running (the person left the view): SQLite lets go of the
     * library within milliseconds. {@link #readStopped()} then tells the view to read again when it
     * is shown.
     */
    public void stopReading() {
        if (reading == null) return;
        // A read that has ended (its result on its way to the FX thread) is let be.
        if (!reading.isDone()) {
            reading.cancel(false);
            readGeneration++;
            readStopped = true;
        }
        reading = null;
    }

    /** Whether the last read was stopped before it ended: nothing, or an older library's network, is shown. */
    public boolean readStopped() { return readStopped; }

    /** Reads which spells and events the user annotated, in the background; redraws if the filter is on. */
    public void loadAnnotations(Library lib) {
        if (lib == null) return;
        tasks.run(I18n.t("network.task.annotations"), () -> new Object[] {lib.annotations().annotatedIds(RecordKind.PARTNERSHIP),
                SharedEvents.of(lib.events().annotatedHeaders())}, read -> {
            @SuppressWarnings("unchecked") Set<Long> spells = (Set<Long>) read[0];
            annotatedSpells = spells;
            annotatedEvents = (SharedEvents) read[1];
            if (annotatedOnly.get() && graph.data() != null) refresh();
        });
    }

    /** Shows data read from a library (on the FX thread). */
    public void show(NetworkData d, LocalDate initialDate) {
        loading = true;
        graph = NetworkGraph.of(d);
        countries.setAll(graph.actors().values().stream().sorted(Comparator.comparing(Actor::name)).toList());
        playback.span(LocalDate.ofEpochDay(d.firstDay()), LocalDate.ofEpochDay(d.lastDay()));
        // The focus country: the one chosen if the library still has it, else the one with the most ties over time.
        Actor focus = focusActor.get() == null ? null : graph.actors().get(focusActor.get().id());
        if (focus == null) focus = graph.mostTied();
        if (!keepPositions) positions.restore(d.saved().getOrDefault(layout.get().key(), List.of()), graph.actors());
        keepPositions = false;
        focusActor.set(focus);
        LocalDate start = playback.within(initialDate != null ? initialDate : playback.lastDate().get());
        loading = false;
        if (positions.isEmpty()) fitRequested.set(true);
        if (start.equals(playback.date().get())) refresh();
        else playback.date().set(start);
    }

    /** Whether a library's network has been read (a replay needs it). */
    public boolean hasData() { return graph.data() != null; }

    // ---- one date ---------------------------------------------------------------------------------

    /** Recomputes ties and node sizes for the date shown, then lays out in the background. */
    void refresh() {
        if (loading || graph.data() == null) return;
        LocalDate day = playback.date().get();
        Frame f = frame(day);
        snapshot = f.snapshot();
        nodes.setAll(f.nodes());
        edges.setAll(f.edges());
        caption.set(dateText(day));
        subtitle.set(f.subtitle());
        sizeLegend.set(f.sizeLegend());
        lastFrame = f;
        details.frameShown(f, day, tieKind.get());
        relayout();
    }

    public Frame frame(LocalDate day) { return frames().apply(day); }

    /**
     * The frames of the data and settings shown now, for any date: a function that may run on any
     * thread (the replay's export makes its frames in the background) while the view goes on.
     */
    public Function<LocalDate, Frame> frames() {
        NetworkFrames source = new NetworkFrames(graph, annotatedSpells, annotatedEvents, annotatedOnly.get(), tieKind.get(),
                measure.get(), focusActor.get(), agreementThreshold.get());
        return source::frame;
    }

    /** Starts a layout of the current snapshot in the background, stopping one still running. */
    public void relayout() {
        if (snapshot == null) return;
        long focusId = focusActor.get() == null ? -1 : focusActor.get().id();
        layoutRunner.run(snapshot, positions.points(), Set.copyOf(positions.pinned()), layout.get(), focusId, positions::setPoints);
    }

    /** Whether a layout is still running (tests wait for it). */
    public boolean isLayingOut() { return layoutRunner.isRunning(); }

    public void stepForward() { playback.stepForward(); }

    public void stepBack() { playback.stepBack(); }

    // ---- user edits and selection ------------------------------------------------------------------

    /** A node dragged by hand: pinned there, and the layout's positions saved in the library. */
    public void nodeMoved(Map<Long, Point2D> newPositions, Set<Long> nowPinned) {
        positions.moved(newPositions, nowPinned, library, layout.get().key());
    }

    public void unpinAll() {
        positions.unpinAll(library, layout.get().key());
        relayout();
    }

    /** Loads the events both actors of a tie took part in, for the side panel. */
    public void showPair(NetworkEdge edge) { details.showPair(library, edge, graph.actors(), playback.date().get()); }

    /** Nothing selected: the side panel shows the summary of the date. */
    public void clearSelection() { details.clearSelection(lastFrame, playback.date().get(), tieKind.get()); }

    public void showNode(NetworkNode node) { details.showNode(node, snapshot, playback.date().get(), measure.get()); }

    // ---- exports -----------------------------------------------------------------------------------

    /** Writes a file in the background, all or nothing (a temporary file moved into place). */
    public Future<Path> export(String title, Path target, AtomicFile.Writing writing) { return export.write(title, target, writing); }

    /** GEXF 1.3 of every partnership spell over time, with the current positions. */
    public Future<Path> exportGexf(Path target) {
        return export.gexf(graph.data() == null ? List.of() : graph.data().spells(), positions.xy(), target);
    }

    /** GraphML of the ties shown on the current date. */
    public Future<Path> exportGraphMl(Path target) { return export.graphMl(snapshot, positions.xy(), target); }

    // ---- properties ---------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> date() { return playback.date(); }
    public ObjectProperty<LocalDate> firstDate() { return playback.firstDate(); }
    public ObjectProperty<LocalDate> lastDate() { return playback.lastDate(); }
    public ObjectProperty<Step> step() { return playback.step(); }
    public BooleanProperty playing() { return playback.playing(); }
    public ObjectProperty<Measure> measure() { return measure; }
    public ObjectProperty<TieKind> tieKind() { return tieKind; }
    /** The lowest share of the same vote that makes a UN-agreement tie (0.5–1). */
    public DoubleProperty agreementThreshold() { return agreementThreshold; }
    public ObjectProperty<LayoutKind> layout() { return layout; }
    public ObjectProperty<Actor> focusActor() { return focusActor; }
    public BooleanProperty linked() { return linked; }
    /** "My annotations": only partnership ties whose spell, or shared-event ties whose events, the user annotated. */
    public BooleanProperty annotatedOnly() { return annotatedOnly; }
    public ObservableList<Actor> countries() { return countries; }
    public ObservableList<NetworkNode> nodes() { return nodes; }
    public ObservableList<NetworkEdge> edges() { return edges; }
    public ObjectProperty<Map<Long, Point2D>> positions() { return positions.positions(); }
    public ObservableSet<Long> pinned() { return positions.pinned(); }
    public StringProperty caption() { return caption; }
    public StringProperty subtitle() { return subtitle; }
    public StringProperty sizeLegend() { return sizeLegend; }
    public StringProperty pairTitle() { return details.pairTitle(); }
    public StringProperty details() { return details.details(); }
    public ObservableList<EventHeader> pairEvents() { return details.pairEvents(); }
    public BooleanProperty fitRequested() { return fitRequested; }
    public Map<Long, Actor> actors() { return graph.actors(); }
}
