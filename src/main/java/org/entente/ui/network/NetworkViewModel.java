package org.entente.ui.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;
import javafx.util.Duration;

import org.entente.analysis.CoParticipation;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.analysis.EgoLayout;
import org.entente.analysis.ForceLayout;
import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Measure;
import org.entente.analysis.NetworkMetrics;
import org.entente.analysis.PartnershipNetwork;
import org.entente.analysis.Point;
import org.entente.analysis.Tie;
import org.entente.analysis.TieKind;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkNode;
import org.entente.exchange.graph.GexfWriter;
import org.entente.exchange.graph.GraphMlWriter;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.RecordKind;
import org.entente.model.Partnership;
import org.entente.store.Library;
import org.entente.store.NetworkPosition;
import org.entente.app.network.NetworkData;
import org.entente.ui.common.Names;

/**
 * The network view's state and logic, free of scene-graph nodes: the date shown, what ties and
 * node sizes show, the layout, and the nodes, edges and positions the {@code NetworkView} control
 * draws. A date step recomputes ties and measures in memory; the layout then runs in a background
 * task, seeded with the current positions so nodes move only as far as the change asks.
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

    private final TaskExecutor tasks;
    private Library library;
    private NetworkData data;
    private PartnershipNetwork network = new PartnershipNetwork(List.of());
    /** Each pair's level history for tooltips; replaced as a whole (frames made off the FX thread hold the old one). */
    private Map<Tie.PairKey, List<NetworkEdge.HistoryItem>> histories = Map.of();
    private Map<Long, Actor> eventActors = Map.of();
    /** The events that make shared-event ties: all but the UN roll calls, which have their own tie kind. */
    private List<EventHeader> sharedEventHeaders = List.of();
    /** The lowest share of the same vote that makes a UN-agreement tie. */
    private final javafx.beans.property.DoubleProperty agreementThreshold =
            new javafx.beans.property.SimpleDoubleProperty(this, "agreementThreshold", 0.8);
    private GraphSnapshot snapshot;
    private Future<Map<Long, Point>> layoutTask;
    /** The newest layout run: an older one that still finishes is dropped. */
    private Object layoutRun;
    private ForceLayout runningLayout;
    private boolean loading;
    private Frame lastFrame;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<LocalDate> firstDate = new SimpleObjectProperty<>(this, "firstDate", LocalDate.now().minusYears(10));
    private final ObjectProperty<LocalDate> lastDate = new SimpleObjectProperty<>(this, "lastDate", LocalDate.now());
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.YEAR);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.WEIGHTED_DEGREE);
    private final ObjectProperty<TieKind> tieKind = new SimpleObjectProperty<>(this, "tieKind", TieKind.PARTNERSHIP);
    private final ObjectProperty<LayoutKind> layout = new SimpleObjectProperty<>(this, "layout", LayoutKind.FORCE);
    private final ObjectProperty<Actor> focusActor = new SimpleObjectProperty<>(this, "focusActor");
    private final BooleanProperty linked = new SimpleBooleanProperty(this, "linked");
    private final BooleanProperty annotatedOnly = new SimpleBooleanProperty(this, "annotatedOnly");
    /** Partnership spells and events the user annotated (read in the background). */
    private Set<Long> annotatedSpells = Set.of(), annotatedEvents = Set.of();
    private final ObservableList<Actor> countries = FXCollections.observableArrayList();

    private final ObservableList<NetworkNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<NetworkEdge> edges = FXCollections.observableArrayList();
    private final ObjectProperty<Map<Long, Point2D>> positions = new SimpleObjectProperty<>(this, "positions", Map.of());
    private final ObservableSet<Long> pinned = FXCollections.observableSet();
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty sizeLegend = new SimpleStringProperty(this, "sizeLegend", "");
    private final StringProperty pairTitle = new SimpleStringProperty(this, "pairTitle", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", I18n.t("network.side.hint"));
    private final ObservableList<EventHeader> pairEvents = FXCollections.observableArrayList();
    /** Set when a layout result should be fitted to the view (a new layout kind, a new library). */
    private final BooleanProperty fitRequested = new SimpleBooleanProperty(this, "fitRequested");

    /** Made when first played: an animation needs the JavaFX toolkit, which the command line's replay does without. */
    private Timeline player;

    public NetworkViewModel(TaskExecutor tasks) {
        this.tasks = tasks;
        playing.addListener((o, was, on) -> {
            if (on) {
                if (!date.get().isBefore(lastDate.get())) date.set(firstDate.get());
                if (player == null) {
                    player = new Timeline(new KeyFrame(Duration.millis(900), e -> stepForward()));
                    player.setCycleCount(Timeline.INDEFINITE);
                }
                player.play();
            } else if (player != null) {
                player.stop();
            }
        });
        date.addListener((o, was, now) -> refresh());
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
            pinned.clear();
            List<NetworkPosition> saved = data == null ? List.of() : data.saved().getOrDefault(now.key(), List.of());
            for (NetworkPosition p : saved) if (p.pinned()) pinned.add(p.actorId());
            fitRequested.set(true);
            relayout();
        });
    }

    // ---- loading -----------------------------------------------------------------------------------

    /** Reads the library in the background and shows it. */
    public void load(Library lib, LocalDate initialDate) {
        // A reload of the same library (after an edit elsewhere) keeps the drawing where it is.
        keepPositions = lib == this.library && !positions.get().isEmpty();
        this.library = lib;
        loading = true;
        tasks.run(I18n.t("network.task.load"), () -> NetworkData.read(lib), d -> show(d, initialDate));
    }

    /** "My annotations": only partnership ties whose spell, or shared-event ties whose events, the user annotated. */
    public BooleanProperty annotatedOnly() { return annotatedOnly; }

    /** Reads which spells and events the user annotated, in the background; redraws if the filter is on. */
    public void loadAnnotations(Library lib) {
        if (lib == null) return;
        tasks.run(I18n.t("network.task.annotations"), () -> new Set[] {lib.annotations().annotatedIds(RecordKind.PARTNERSHIP),
                lib.annotations().annotatedIds(RecordKind.EVENT)}, sets -> {
            @SuppressWarnings("unchecked") Set<Long> spells = sets[0], events = sets[1];
            annotatedSpells = spells;
            annotatedEvents = events;
            if (annotatedOnly.get() && data != null) refresh();
        });
    }

    private boolean keepPositions;

    /** Shows data read from a library (on the FX thread). */
    public void show(NetworkData d, LocalDate initialDate) {
        this.data = d;
        loading = true;
        network = new PartnershipNetwork(d.spells());
        Map<Tie.PairKey, List<NetworkEdge.HistoryItem>> hs = new HashMap<>();
        for (var pair : network.pairs().entrySet()) hs.put(pair.getKey(), history(pair.getValue()));
        histories = hs;
        Map<Long, Actor> ea = new LinkedHashMap<>(network.actors());
        // A roll call's 150-odd voters are no shared event: they tie through UN vote agreement instead,
        // and the nodes stay the library's own countries, not every member of the General Assembly.
        sharedEventHeaders = d.headers().stream().filter(h -> !org.entente.model.Category.UN_VOTE.key().equals(h.category())).toList();
        for (EventHeader h : sharedEventHeaders) for (long id : h.actorIds()) {
            Actor a = d.actors().get(id);
            if (a != null && a.kind() != org.entente.model.ActorKind.PERSON) ea.putIfAbsent(id, a);
        }
        eventActors = ea;
        countries.setAll(ea.values().stream().sorted(java.util.Comparator.comparing(Actor::name)).toList());
        firstDate.set(LocalDate.ofEpochDay(d.firstDay()));
        lastDate.set(LocalDate.ofEpochDay(d.lastDay()));
        // The focus country: the one with the most ties over time (Vietnam in the starter library).
        Map<Long, Integer> spellCount = new HashMap<>();
        for (Partnership p : d.spells()) {
            spellCount.merge(p.a().id(), 1, Integer::sum);
            spellCount.merge(p.b().id(), 1, Integer::sum);
        }
        Actor focus = focusActor.get() == null ? null : ea.get(focusActor.get().id());
        if (focus == null)
            focus = spellCount.entrySet().stream().max(Map.Entry.comparingByValue()).map(en -> ea.get(en.getKey())).orElse(null);
        if (!keepPositions) {
            Map<Long, Point2D> seed = new HashMap<>();
            pinned.clear();
            for (NetworkPosition p : d.saved().getOrDefault(layout.get().key(), List.of())) {
                if (!ea.containsKey(p.actorId())) continue;
                seed.put(p.actorId(), new Point2D(p.x(), p.y()));
                if (p.pinned()) pinned.add(p.actorId());
            }
            positions.set(seed);
        }
        keepPositions = false;
        focusActor.set(focus);
        LocalDate start = initialDate != null ? initialDate : lastDate.get();
        if (start.isBefore(firstDate.get())) start = firstDate.get();
        if (start.isAfter(lastDate.get())) start = lastDate.get();
        loading = false;
        if (positions.get().isEmpty()) fitRequested.set(true);
        if (start.equals(date.get())) refresh();
        else date.set(start);
    }

    /** The tooltip lines of a pair: each level with the dates it held and its sources. */
    private static List<NetworkEdge.HistoryItem> history(List<Partnership> spells) {
        List<NetworkEdge.HistoryItem> out = new ArrayList<>();
        List<PartnershipNetwork.EffectiveSpell> eff = PartnershipNetwork.effective(spells);
        for (int i = 0; i < eff.size(); i++) {
            PartnershipNetwork.EffectiveSpell e = eff.get(i);
            Partnership p = e.spell();
            Locale locale = I18n.locale();
            String from = p.from().display(locale);
            String period;
            if (e.ongoing()) period = I18n.t("network.tie.since", from);
            else if (i + 1 < eff.size() && eff.get(i + 1).startDay() == e.endDay())
                period = I18n.t("network.tie.period", from, eff.get(i + 1).spell().from().display(locale));
            else period = I18n.t("network.tie.period", from,
                    p.until() == null ? dateText(LocalDate.ofEpochDay(e.endDay())) : p.until().display(locale));
            // The pair's own wording of its level, when it differs from the level's name in the library
            String level = p.officialName() != null && !p.officialName().equalsIgnoreCase(p.level().label())
                    ? I18n.t("network.tie.level-named", Names.level(p.level()), p.officialName()) : Names.level(p.level());
            String sources = String.join("; ", p.sources().stream().map(c -> c.source().citation()).toList());
            out.add(new NetworkEdge.HistoryItem(period, level, sources));
        }
        return out;
    }

    // ---- one date ---------------------------------------------------------------------------------

    /** Recomputes ties and node sizes for the date shown, then lays out in the background. */
    void refresh() {
        if (loading || data == null) return;
        Frame f = frame(date.get());
        snapshot = f.snapshot();
        nodes.setAll(f.nodes());
        edges.setAll(f.edges());
        caption.set(dateText(date.get()));
        subtitle.set(f.subtitle());
        sizeLegend.set(f.sizeLegend());
        lastFrame = f;
        if (pairTitle.get().isEmpty()) details.set(summary(f));
        relayout();
    }

    /** The side panel's text when nothing is selected: the ties in force by level, and what to click. */
    private String summary(Frame f) {
        StringBuilder sb = new StringBuilder(I18n.t("network.side.on-date", f.subtitle(), dateText(date.get()))).append('\n');
        if (tieKind.get() == TieKind.PARTNERSHIP) {
            java.util.TreeMap<Integer, int[]> byRank = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
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

    /** The nodes and edges for one date: the in-memory work of one slider step (no layout). */
    public record Frame(GraphSnapshot snapshot, List<NetworkNode> nodes, List<NetworkEdge> edges, String subtitle, String sizeLegend) {}

    public Frame frame(LocalDate day) { return frames().apply(day); }

    /**
     * The frames of the data and settings shown now, for any date: a function that may run on any
     * thread (the replay's export makes its frames in the background) while the view goes on.
     */
    public java.util.function.Function<LocalDate, Frame> frames() {
        FrameSource source = new FrameSource(data, network, histories, eventActors, sharedEventHeaders, annotatedSpells,
                annotatedEvents, annotatedOnly.get(), tieKind.get(), measure.get(), focusActor.get(), agreementThreshold.get());
        return source::frame;
    }

    /** What one frame is made of: the library's data and the view's settings, fixed when it was taken. */
    private record FrameSource(NetworkData data, PartnershipNetwork network, Map<Tie.PairKey, List<NetworkEdge.HistoryItem>> histories,
                               Map<Long, Actor> eventActors, List<EventHeader> sharedEventHeaders, Set<Long> annotatedSpells,
                               Set<Long> annotatedEvents, boolean mine, TieKind tieKind, Measure measure, Actor focusActor, double agreementThreshold) {

        Frame frame(LocalDate day) {
            long d = day.toEpochDay();
            List<EventHeader> headers = !mine ? sharedEventHeaders
                    : sharedEventHeaders.stream().filter(h -> annotatedEvents.contains(h.id())).toList();
            GraphSnapshot s = switch (tieKind) {
                case PARTNERSHIP -> network.asOf(d);
                case CO_PARTICIPATION -> CoParticipation.between(eventActors, headers, day.minusYears(1).toEpochDay() + 1, d + 1);
                case UN_AGREEMENT -> data.agreement() == null ? new GraphSnapshot(d, TieKind.UN_AGREEMENT, countriesShown(), List.of())
                        : data.agreement().network(countriesShown(), day.getYear(), agreementThreshold, d);
                case GOLDSTEIN -> data.coded() == null ? new GraphSnapshot(d, TieKind.GOLDSTEIN, countriesShown(), List.of())
                        : data.coded().network(countriesShown(), day);
            };
            long focusId = focusActor == null ? -1 : focusActor.id();
            Map<Long, Double> m = NetworkMetrics.measure(s, measure, focusId, day.getYear(), data.trade());
            String measureName = measureName(measure).toLowerCase(I18n.locale());
            String sizeLegend = measure == Measure.TRADE_VOLUME && focusActor != null
                    ? I18n.t("network.legend.size.trade", measureName, focusActor.name(), Integer.toString(day.getYear()))
                    : I18n.t("network.legend.size", measureName);
            Set<Long> connected = s.connected();
            List<NetworkNode> ns = new ArrayList<>(s.actors().size());
            for (Actor a : s.actors().values())
                ns.add(new NetworkNode(a.id(), a.name(), a.isoCode(), m.getOrDefault(a.id(), 0.0), connected.contains(a.id())));
            List<NetworkEdge> es = new ArrayList<>(s.ties().size());
            for (Tie t : s.ties()) {
                if (mine && t.kind() == TieKind.PARTNERSHIP && (t.spell() == null || !annotatedSpells.contains(t.spell().id()))) continue;
                if (t.kind() == TieKind.PARTNERSHIP)
                    es.add(new NetworkEdge(t.low(), t.high(), t.level().key(), Names.level(t.level()), t.level().rank(), t.weight(),
                            histories.getOrDefault(t.key(), List.of())));
                else if (t.kind() == TieKind.UN_AGREEMENT)
                    es.add(agreementEdge(t, day.getYear()));
                else if (t.kind() == TieKind.GOLDSTEIN)
                    es.add(goldsteinEdge(data.coded(), t, day));
                else
                    es.add(new NetworkEdge(t.low(), t.high(), null, null, 0, t.weight(), List.of()));
            }
            if (tieKind == TieKind.UN_AGREEMENT) {
                boolean votes = data.agreement() != null && data.agreement().pairYears() > 0;
                String agreementSub = !votes ? I18n.t("network.subtitle.no-votes")
                        : I18n.t("network.subtitle.un-agreement", Math.round(agreementThreshold * 100), Integer.toString(day.getYear()), es.size(),
                        org.entente.analysis.UnAgreement.UNSURE_BELOW);
                return new Frame(s, ns, es, agreementSub, sizeLegend);
            }
            if (tieKind == TieKind.GOLDSTEIN) {
                String codedSub = data.coded() == null || data.coded().isEmpty() ? I18n.t("network.subtitle.no-coded-events")
                        : I18n.t("network.subtitle.goldstein", es.size(), org.entente.analysis.CooperationConflict.UNSURE_BELOW);
                return new Frame(s, ns, es, codedSub, sizeLegend);
            }
            String sub = tieKind == TieKind.PARTNERSHIP && network.isEmpty()
                    ? I18n.t("network.subtitle.no-partnerships")
                    : tieKind == TieKind.PARTNERSHIP
                    ? I18n.t("network.subtitle.partnerships", es.size())
                    : I18n.t("network.subtitle.shared-events", es.size());
            return new Frame(s, ns, es, sub, sizeLegend);
        }

        /** The countries among the network's actors: the nodes of the UN-agreement network. */
        private Map<Long, Actor> countriesShown() {
            Map<Long, Actor> out = new LinkedHashMap<>();
            for (var en : eventActors.entrySet()) if (en.getValue().kind() == org.entente.model.ActorKind.COUNTRY) out.put(en.getKey(), en.getValue());
            return out;
        }

        /**
         * A UN-agreement tie drawn in a band of its share (50–70, 70–80, 80–90, 90–100 %): wider and in a
         * stronger colour for closer voting, with the year's figure in its tooltip.
         */
        private NetworkEdge agreementEdge(Tie t, int year) {
            double share = t.weight();
            int low = share >= 0.9 ? 90 : share >= 0.8 ? 80 : share >= 0.7 ? 70 : 50;
            int rank = low >= 90 ? 40 : low >= 80 ? 30 : low >= 70 ? 20 : 10;
            String band = I18n.t("network.un.band", low, low == 50 ? 70 : low + 10);
            List<org.entente.app.measures.MeasurePoint> series = org.entente.app.measures.MeasureService.agreementSeries(data.agreement(),
                    eventActors.get(t.low()), eventActors.get(t.high()));
            String detail = series.stream().filter(p -> p.year() == year).findFirst()
                    .map(p -> I18n.t("network.un.same-votes", p.counts().get("same_votes").intValue(),
                            p.counts().get("shared_roll_calls").intValue(), I18n.integer(Math.round(p.value() * 100))))
                    .orElse(I18n.t("network.un.share", I18n.integer(Math.round(share * 100))));
            return new NetworkEdge(t.low(), t.high(), "un-agreement", band, rank, share, List.of(new NetworkEdge.HistoryItem(
                    Integer.toString(year), detail, UN_VOTES_SOURCE)));
        }
    }

    /**
     * A cooperation–conflict tie: as wide as its coded events in the 12 months to the date, in the
     * colour of its mean Goldstein score's band (conflict below −1, cooperation above +1, mixed
     * between; the colours come from the view's CSS), with the figures in its tooltip.
     */
    static NetworkEdge goldsteinEdge(org.entente.analysis.CooperationConflict coded, Tie t, LocalDate day) {
        int to = org.entente.analysis.CooperationConflict.monthIndex(day);
        var w = coded.window(t.low(), t.high(), to - org.entente.analysis.CooperationConflict.WINDOW_MONTHS + 1, to);
        String band = org.entente.analysis.CooperationConflict.band(w.mean());
        String label = switch (band) {
            case "conflict" -> I18n.t("network.goldstein.conflict");
            case "cooperation" -> I18n.t("network.goldstein.cooperation");
            default -> I18n.t("network.goldstein.mixed");
        };
        int rank = switch (band) {
            case "conflict" -> 1;
            case "cooperation" -> 3;
            default -> 2;
        };
        String detail = w.scored() == 0 ? I18n.t("network.goldstein.unscored", w.events())
                : I18n.t(w.scored() < org.entente.analysis.CooperationConflict.UNSURE_BELOW ? "network.goldstein.detail.unsure" : "network.goldstein.detail",
                w.events(), signed(w.mean()), w.scored());
        return new NetworkEdge(t.low(), t.high(), "goldstein-" + band, label, rank, w.events(), List.of(new NetworkEdge.HistoryItem(
                I18n.t("network.goldstein.period", dateText(day)), detail, GDELT_SOURCE)));
    }

    /** A Goldstein mean with its sign, in the interface language: "+2.4", "−3,1". */
    static String signed(double v) { return (v > 0 ? "+" : v < 0 ? "−" : "") + I18n.fixed(Math.abs(v), 1); }

    /** The coded events' source, as its authors name it (the same in every language). */
    static final String GDELT_SOURCE = "The GDELT Project, GDELT 1.0/2.0 Event Database (CAMEO codes, Goldstein scale)";

    /** The UN votes' dataset, as its authors cite it (the same in every language). */
    static final String UN_VOTES_SOURCE = "Erik Voeten et al., United Nations General Assembly Voting Data (Harvard Dataverse)";

    /** The lowest share of the same vote that makes a UN-agreement tie (0.5–1). */
    public javafx.beans.property.DoubleProperty agreementThreshold() { return agreementThreshold; }

    /** Starts a layout of the current snapshot in the background, stopping one still running. */
    public void relayout() {
        if (snapshot == null) return;
        if (layoutTask != null) layoutTask.cancel(true);
        if (runningLayout != null) runningLayout.cancel();
        GraphSnapshot s = snapshot;
        Map<Long, Point> seed = new HashMap<>();
        for (var e : positions.get().entrySet()) seed.put(e.getKey(), new Point(e.getValue().getX(), e.getValue().getY()));
        Set<Long> pins = Set.copyOf(pinned);
        LayoutKind kind = layout.get();
        long focusId = focusActor.get() == null ? -1 : focusActor.get().id();
        ForceLayout force = new ForceLayout();
        runningLayout = force;
        Object run = new Object();
        layoutRun = run;
        layoutTask = tasks.execute(BackgroundTask.of(I18n.t("network.task.layout"), progress -> {
            if (kind == LayoutKind.EGO) {
                Map<Long, Point> p = new HashMap<>(EgoLayout.layout(s, focusId, seed));
                for (Long id : pins) if (seed.containsKey(id)) p.put(id, seed.get(id));
                return p;
            }
            force.init(s, seed, pins);
            while (force.canStep() && !progress.isCancelled()) {
                force.step();
                progress.update(force.iteration(), force.iterations(), null);
            }
            return force.positions();
        }).onSuccess(result -> {
            if (run != layoutRun) return;
            Map<Long, Point2D> next = new HashMap<>();
            for (var en : result.entrySet()) next.put(en.getKey(), new Point2D(en.getValue().x(), en.getValue().y()));
            positions.set(next);
        }));
    }

    /** Whether a layout is still running (tests wait for it). */
    public boolean isLayingOut() { return layoutTask != null && !layoutTask.isDone(); }

    public void stepForward() {
        LocalDate next = step.get() == Step.YEAR ? date.get().plusYears(1) : date.get().plusMonths(1);
        if (next.isAfter(lastDate.get())) {
            date.set(lastDate.get());
            playing.set(false);
        } else {
            date.set(next);
        }
    }

    public void stepBack() {
        LocalDate prev = step.get() == Step.YEAR ? date.get().minusYears(1) : date.get().minusMonths(1);
        date.set(prev.isBefore(firstDate.get()) ? firstDate.get() : prev);
    }

    // ---- user edits --------------------------------------------------------------------------------

    /** A node dragged by hand: pinned there, and the layout's positions saved in the library. */
    public void nodeMoved(Map<Long, Point2D> newPositions, Set<Long> nowPinned) {
        positions.set(Map.copyOf(newPositions));
        pinned.addAll(nowPinned);
        savePositions();
    }

    public void unpinAll() {
        pinned.clear();
        Library lib = library;
        String key = layout.get().key();
        if (lib != null) tasks.run(I18n.t("network.task.forget-positions"), () -> {
            lib.networkPositions().clear(key);
            return null;
        }, v -> { });
        relayout();
    }

    private void savePositions() {
        Library lib = library;
        if (lib == null) return;
        String key = layout.get().key();
        List<NetworkPosition> rows = new ArrayList<>();
        for (var e : positions.get().entrySet())
            rows.add(new NetworkPosition(e.getKey(), e.getValue().getX(), e.getValue().getY(), pinned.contains(e.getKey())));
        // View state, not library content: saved without bumping the library version (no reload of other views).
        tasks.run(I18n.t("network.task.save-positions"), () -> {
            lib.networkPositions().save(key, rows);
            return null;
        }, v -> { });
    }

    /** Loads the events both actors of a tie took part in, for the side panel. */
    public void showPair(NetworkEdge edge) {
        Library lib = library;
        if (lib == null || edge == null) {
            pairEvents.clear();
            pairTitle.set("");
            return;
        }
        Actor a = eventActors.get(edge.source()), b = eventActors.get(edge.target());
        String title = (a == null ? "?" : a.name()) + " – " + (b == null ? "?" : b.name());
        pairTitle.set(title);
        StringBuilder sb = new StringBuilder();
        if (edge.levelKey() != null) sb.append(I18n.t("network.side.on-date", edge.levelLabel(), dateText(date.get()))).append('\n');
        else sb.append(I18n.t("network.side.shared-events", (long) edge.weight(), dateText(date.get()))).append('\n');
        for (NetworkEdge.HistoryItem h : edge.history()) {
            sb.append("\n").append(h.period()).append("\n  ").append(h.level());
            if (!h.sources().isBlank()) sb.append("\n  ").append(I18n.t("network.side.source", h.sources()));
        }
        details.set(sb.toString());
        long x = edge.source(), y = edge.target();
        tasks.run(I18n.t("network.task.pair-events"), () -> lib.events().byActor(x).stream()
                .filter(h -> java.util.Arrays.stream(h.actorIds()).anyMatch(id -> id == y)).toList(), pairEvents::setAll);
    }

    /** Nothing selected: the side panel shows the summary of the date. */
    public void clearSelection() {
        pairTitle.set("");
        pairEvents.clear();
        if (lastFrame != null) details.set(summary(lastFrame));
    }

    public void showNode(NetworkNode node) {
        pairEvents.clear();
        pairTitle.set(node == null ? "" : node.name() + (node.code() == null ? "" : " (" + node.code() + ")"));
        if (node == null || snapshot == null) return;
        long ties = snapshot.ties().stream().filter(t -> t.touches(node.id())).count();
        details.set(I18n.t("network.side.node", ties, dateText(date.get()), measureName(measure.get()), formatMeasure(node.measure())));
    }

    private String formatMeasure(double v) {
        if (measure.get() == Measure.TRADE_VOLUME) return v == 0 ? I18n.t("network.side.no-figure") : I18n.t("common.usd.billions", I18n.fixed(v / 1e9, 2));
        return v == Math.rint(v) ? I18n.integer((long) v) : I18n.fixed(v, 2);
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

    // ---- exports -----------------------------------------------------------------------------------

    /** Writes a file in the background, all or nothing (a temporary file moved into place). */
    public Future<Path> export(String title, Path target, org.entente.app.AtomicFile.Writing writing) {
        return tasks.execute(BackgroundTask.wrap(title, () -> org.entente.app.AtomicFile.write(target, writing)));
    }

    /** Whether a library's network has been read (a replay needs it). */
    public boolean hasData() { return data != null; }

    /** GEXF 1.3 of every partnership spell over time, with the current positions. */
    public Future<Path> exportGexf(Path target) {
        List<Partnership> spells = data == null ? List.of() : data.spells();
        Map<Long, double[]> xy = xy();
        return export(I18n.t("network.task.export-gexf"), target, out -> GexfWriter.write(spells, xy, out));
    }

    /** GraphML of the ties shown on the current date. */
    public Future<Path> exportGraphMl(Path target) {
        GraphSnapshot s = snapshot;
        Map<Long, double[]> xy = xy();
        List<Actor> actors = s == null ? List.of() : List.copyOf(s.actors().values());
        List<GraphMlWriter.Edge> es = new ArrayList<>();
        if (s != null) for (Tie t : s.ties()) {
            if (t.spell() != null) es.add(GraphMlWriter.Edge.of(t.spell()));
            else es.add(new GraphMlWriter.Edge(s.actors().get(t.low()), s.actors().get(t.high()), "shared-events", null, null, 0,
                    t.weight(), null, null, null, null));
        }
        return export(I18n.t("network.task.export-graphml"), target, out -> GraphMlWriter.write(actors, es, xy, out));
    }

    private Map<Long, double[]> xy() {
        Map<Long, double[]> xy = new HashMap<>();
        for (var e : positions.get().entrySet()) xy.put(e.getKey(), new double[] {e.getValue().getX(), e.getValue().getY()});
        return xy;
    }

    // ---- properties ---------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> date() { return date; }
    public ObjectProperty<LocalDate> firstDate() { return firstDate; }
    public ObjectProperty<LocalDate> lastDate() { return lastDate; }
    public ObjectProperty<Step> step() { return step; }
    public BooleanProperty playing() { return playing; }
    public ObjectProperty<Measure> measure() { return measure; }
    public ObjectProperty<TieKind> tieKind() { return tieKind; }
    public ObjectProperty<LayoutKind> layout() { return layout; }
    public ObjectProperty<Actor> focusActor() { return focusActor; }
    public BooleanProperty linked() { return linked; }
    public ObservableList<Actor> countries() { return countries; }
    public ObservableList<NetworkNode> nodes() { return nodes; }
    public ObservableList<NetworkEdge> edges() { return edges; }
    public ObjectProperty<Map<Long, Point2D>> positions() { return positions; }
    public ObservableSet<Long> pinned() { return pinned; }
    public StringProperty caption() { return caption; }
    public StringProperty subtitle() { return subtitle; }
    public StringProperty sizeLegend() { return sizeLegend; }
    public StringProperty pairTitle() { return pairTitle; }
    public StringProperty details() { return details; }
    public ObservableList<EventHeader> pairEvents() { return pairEvents; }
    public BooleanProperty fitRequested() { return fitRequested; }
    public Map<Long, Actor> actors() { return eventActors; }
}
