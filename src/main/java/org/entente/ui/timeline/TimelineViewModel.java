package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.app.task.TaskExecutor;
import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;
import org.entente.app.timeline.WindowEvent;
import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineLink;
import org.entente.controls.timeline.TimelinePeriod;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.EventLink;
import org.entente.model.Period;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.LaneKeys;
import org.entente.store.Library;
import org.entente.store.SearchHit;
import org.entente.store.TimelineQueries;
import org.entente.ui.common.Names;

/**
 * State and behaviour of the Timeline view, without a single node: lanes, filters, search, compare
 * mode and the policy that loads only the visible window (plus a margin) at the level of detail
 * its size allows. Library reads go through a {@link TaskExecutor}, which runs them off the JavaFX
 * thread and hands results back on it; a newer request cancels an older one, whose result is then
 * dropped. The one exception is the first read begun as a library opens ({@link #beginOpening}), on a
 * thread of its own: {@link #open} takes its result, at once when it has already ended. Tested with
 * plain JUnit on real library files.
 */
public final class TimelineViewModel {

    /** Days loaded beyond each side of the visible range, as a fraction of its width: small pans need no query. */
    public static final double MARGIN = 0.5;
    /** Events drawn one by one at most; a wider window is shown as an overview. */
    public static final int DETAIL_LIMIT = 4_000;
    /** Time buckets across a loaded overview window (which is twice the visible width). */
    public static final int OVERVIEW_BUCKETS = 240;
    /**
     * Where the timeline opens on a library that has events then: 2008 to the end of 2024, with a
     * quarter's room on each side so that the labels of events near the ends are not cut off.
     */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2007, 10, 1), DEFAULT_TO = LocalDate.of(2025, 4, 1);

    private final TaskExecutor tasks;
    private Library library;
    private TimelineLoader.Setup setup;
    /** The partnership tiers of each pair lane, from the setup. */
    private Map<String, List<TierSpan>> tiers = Map.of();

    private final ObjectProperty<LaneGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", LaneGrouping.ACTOR_PAIR);
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    /** Pair lane keys compared one above the other; empty: compare mode off. */
    private final ObservableList<String> comparedPairs = FXCollections.observableArrayList();
    private final BooleanProperty showTiers = new SimpleBooleanProperty(this, "showTiers", true);
    private final BooleanProperty showLinks = new SimpleBooleanProperty(this, "showLinks", true);

    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObservableList<TimelinePeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<TimelineLink> links = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** Every pair lane of the library (unfiltered), for the compare menu. */
    private final ObservableList<LaneCatalogue.Lane> pairLanes = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<TimelineLoader.WindowData> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<LaneCatalogue> catalogue = new ReadOnlyObjectWrapper<>(this, "catalogue");

    private Consumer<TypedRange> navigator = r -> {};
    private Consumer<Long> selector = id -> {};
    private double visibleFrom = Double.NaN, visibleTo = Double.NaN;
    private TimelineLoader.WindowRequest pending;
    private Long pendingSelection;
    private final AtomicLong generation = new AtomicLong();
    private Runnable cancelWindow = () -> {}, cancelSearch = () -> {};
    private long searchGeneration;
    private final List<TimelineLoader.WindowRequest> requests = new ArrayList<>();

    private volatile int detailLimit = DETAIL_LIMIT;

    public TimelineViewModel(TaskExecutor tasks) { this.tasks = tasks; }

    /** A handle that cancels a read without interrupting it (the SQLite driver does not expect it); its result is dropped. */
    private static Runnable canceller(Future<?> task) { return () -> task.cancel(false); }

    /** Changes how many events are drawn one by one before a window becomes an overview. */
    public void setDetailLimit(int limit) { this.detailLimit = Math.max(1, limit); }

    private volatile long provisionalAbove = TimelineLoader.PROVISIONAL_ABOVE_ROWS;

    /** Rows above which a window is first shown as a provisional overview from the lane summary (tests use a small library). */
    public void setProvisionalAbove(long rows) { this.provisionalAbove = rows; }

    // ---- wiring to the view ---------------------------------------------------------------------

    /** Called when the view must show a range (open, typed range, jump to a hit). */
    public void setNavigator(Consumer<TypedRange> navigator) { this.navigator = navigator; }

    /** Called with an event id once the item of a jump is loaded, so the view selects it. */
    public void setSelector(Consumer<Long> selector) { this.selector = selector; }

    // ---- opening a library ----------------------------------------------------------------------

    /** Loads what the library holds, its lanes, and opens at 2008–2024 (or its events' extent when it has none then). */
    public void open(Library lib) { open(lib, (TypedRange) null); }

    /** As {@link #open(Library)}, but centred on {@code date} when it is not null. */
    public void open(Library lib, LocalDate date) {
        open(lib, date == null ? null : around(date.toEpochDay(), 365L * 2));
    }

    /** As {@link #open(Library)}, but showing {@code range} when it is not null (a reload after an edit keeps the view). */
    public void open(Library lib, TypedRange range) {
        this.library = lib;
        long opening = generation.incrementAndGet();
        cancelWindow.run();
        loaded.set(null);
        pending = null;
        loading.set(true);
        // With the default lanes (what a start shows) the set-up also reads the first window: one task
        // and one trip through the FX thread fewer before the library is drawn (start-up time, #13).
        boolean defaultLanes = showsDefaultLanes();
        int limit = detailLimit;
        long provisional = provisionalAbove;
        EarlyOpen begun = early.getAndSet(null);
        boolean adopt = begun != null && begun.library() == lib && range == null && begun.limit() == limit && begun.provisional() == provisional;
        if (begun != null && !adopt) begun.drop();
        if (adopt) {
            begun.adopt(opening);
            adoptedEarlyReads++;
        }
        // A read begun as the library opened that has ended by now is shown at once, in this turn of
        // the FX thread: no task and no further frame before the library is drawn (start-up, #13).
        Opened ready = adopt ? begun.readyResult() : null;
        if (ready != null) {
            showOpened(lib, ready);
            return;
        }
        tasks.run(I18n.t("timeline.task.setup"), () -> adopt ? begun.result()
                : readOpening(lib, range, defaultLanes, limit, provisional, () -> opening != generation.get()), result -> {
            if (library == lib) showOpened(lib, result);
        }, error -> { if (library == lib) failed(error); });
    }

    /** Shows what the set-up read of {@link #open} found: lanes, facets and, with the default lanes, the first window. */
    private void showOpened(Library lib, Opened result) {
        setup = result.setup();
        tiers = result.tiers();
        actors.setAll(setup.actors());
        categories.setAll(setup.categories());
        tags.setAll(setup.tags());
        periods.setAll(result.periods());
        pairLanes.setAll(result.lanes().lanes().stream()
                .filter(l -> LaneKeys.pairIds(l.key()).length == 2).toList());
        TypedRange first = result.first();
        visibleFrom = first.fromDay();
        visibleTo = first.toDay();
        if (showsDefaultLanes()) {
            // The set-up read the lanes of the default grouping already, and the first window
            // when nothing changed meanwhile: shown from them instead of after further reads.
            generation.incrementAndGet();
            Shown window = result.window();
            if (window != null && window.data().request().detailLimit() == detailLimit) {
                catalogue.set(result.lanes());
                lanes.setAll(toLanes(result.lanes(), LaneGrouping.ACTOR_PAIR, tiers));
                requests.add(window.data().request());
                apply(window);
            } else showLanes(result.lanes(), LaneGrouping.ACTOR_PAIR);
        } else reloadLanes();
        navigator.accept(first);
    }

    /**
     * The set-up task's reads: what the library holds, its lanes by actor pair, the range to open at
     * and, with the default lanes, the first window of events (null when {@code cancelled} stopped it).
     */
    private static Opened readOpening(Library lib, TypedRange range, boolean defaultLanes, int limit, long provisional,
                                      java.util.function.BooleanSupplier cancelled) {
        TimelineLoader.Setup s = TimelineLoader.setup(lib);
        LaneCatalogue all = TimelineLoader.lanes(lib, s, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, List.of());
        TypedRange first = range != null ? range : initialRange(s);
        TimelineLoader.WindowRequest request = defaultLanes ? windowRequest(first.fromDay(), first.toDay(), all, EventFilter.NONE, limit, provisional) : null;
        Shown window = request == null ? null : Shown.of(TimelineLoader.window(lib, request, cancelled));
        return new Opened(s, all, PartnershipTiers.byPair(s.spells()), timelinePeriods(s.periods()), first, window);
    }

    // ---- the set-up read begun as the library opens ------------------------------------------------

    /**
     * A set-up read begun on the library-opening thread ({@link #beginOpening}), before the FX thread
     * could ask for it: {@link #open} adopts it when it is for the same library and settings, else drops it.
     */
    private static final class EarlyOpen {
        private final Library library;
        private final int limit;
        private final long provisional;
        private final java.util.concurrent.FutureTask<Opened> read;
        private volatile boolean dropped;
        /** The {@code generation} of the {@link #open} that adopted it; its window stops once a newer request replaces it. */
        private volatile long adoptedAt = -1;

        EarlyOpen(Library library, int limit, long provisional, AtomicLong generation) {
            this.library = library;
            this.limit = limit;
            this.provisional = provisional;
            read = new java.util.concurrent.FutureTask<>(() -> readOpening(library, null, true, limit, provisional,
                    () -> dropped || (adoptedAt >= 0 && adoptedAt != generation.get())));
        }

        Library library() { return library; }
        int limit() { return limit; }
        long provisional() { return provisional; }
        void adopt(long opening) { adoptedAt = opening; }
        void drop() { dropped = true; }

        /** The read's result if it has already ended without a failure, else null (not waiting). */
        Opened readyResult() {
            if (!read.isDone() || read.isCancelled()) return null;
            try {
                return read.get();
            } catch (Exception e) {
                return null; // the task path reports it
            }
        }

        /** Waits for the read (on a task thread): its result, or what it threw. */
        Opened result() throws Exception {
            try {
                return read.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicReference<EarlyOpen> early = new java.util.concurrent.atomic.AtomicReference<>();
    /** How many openings used a read begun as the library opened (tests). */
    private int adoptedEarlyReads;

    /**
     * Begins the set-up read of {@link #open} for {@code lib} on a thread of its own, at once: called on
     * the thread that opened the library, so that the read overlaps the FX thread's work (building and
     * styling the window's first view at start-up) instead of waiting for it to hand the library over
     * (start-up time, #13). Reads the default lanes; {@link #open} drops it if the view asks for
     * anything else by then. Any thread.
     */
    public void beginOpening(Library lib) {
        EarlyOpen begun = new EarlyOpen(lib, detailLimit, provisionalAbove, generation);
        EarlyOpen before = early.getAndSet(begun);
        if (before != null) before.drop();
        Thread reader = new Thread(begun.read, "timeline-first-read");
        reader.setDaemon(true);
        reader.start();
    }

    /** Drops a read that {@link #beginOpening} began and no {@link #open} has taken: the library changed since it began. */
    public void dropEarlyRead() {
        EarlyOpen begun = early.getAndSet(null);
        if (begun != null) begun.drop();
    }

    /** Whether a read that {@link #beginOpening} began, and no {@link #open} has taken yet, has ended (tests). */
    boolean earlyReadEnded() {
        EarlyOpen begun = early.get();
        return begun != null && begun.read.isDone();
    }

    /** How many {@link #open}s used a read that {@link #beginOpening} began. */
    int adoptedEarlyReads() { return adoptedEarlyReads; }

    /** What the set-up task of {@link #open} read, for the FX thread. */
    private record Opened(TimelineLoader.Setup setup, LaneCatalogue lanes, Map<String, List<TierSpan>> tiers,
                          List<TimelinePeriod> periods, TypedRange first, Shown window) {}

    /** Whether the lanes shown are the default ones: by actor pair, nothing compared, no filter. */
    private boolean showsDefaultLanes() {
        return grouping.get() == LaneGrouping.ACTOR_PAIR && comparedPairs.isEmpty() && EventFilter.NONE.equals(filter.get());
    }

    /**
     * The window to read for a visible range: the range with {@link #MARGIN} on each side, first
     * as a provisional overview when it would read more than {@code provisionalAbove} rows.
     */
    private static TimelineLoader.WindowRequest windowRequest(double fromDay, double toDay, LaneCatalogue cat, EventFilter f, int limit,
                                                              long provisionalAbove) {
        double span = Math.max(1, toDay - fromDay);
        long from = (long) Math.floor(fromDay - span * MARGIN), to = (long) Math.ceil(toDay + span * MARGIN);
        return new TimelineLoader.WindowRequest(from, to, cat, f, limit, OVERVIEW_BUCKETS, provisionalAbove);
    }

    private static List<TimelinePeriod> timelinePeriods(List<Period> stored) {
        List<TimelinePeriod> out = new ArrayList<>();
        for (Period p : stored) {
            long end = p.when().ongoing() ? TimelineItem.ONGOING_END : p.when().endDay();
            out.add(new TimelinePeriod(p.name(), p.when().firstDay(), end, null));
        }
        return List.copyOf(out);
    }

    /** 2008–2024 when the library has events then; else all of its events; else the two years around today. */
    static TypedRange initialRange(TimelineLoader.Setup s) {
        long from = DEFAULT_FROM.toEpochDay(), to = DEFAULT_TO.toEpochDay();
        if (s.extent().isEmpty()) return around(LocalDate.now().toEpochDay(), 730);
        long[] ext = s.extent().get();
        if (ext[0] < to && ext[1] > from) return new TypedRange(from, to);
        long pad = Math.max(30, (ext[1] - ext[0]) / 20);
        return new TypedRange(ext[0] - pad, ext[1] + pad);
    }

    /**
     * The whole library with a small margin, for "fit all": the control alone can only fit the
     * items it holds, which are those of the loaded window. Null before a library is read or when it is empty.
     */
    public TypedRange fitAllRange() {
        if (setup == null || setup.extent().isEmpty()) return null;
        long[] ext = setup.extent().get();
        long pad = Math.max(15, (ext[1] - ext[0]) / 40);
        return new TypedRange(ext[0] - pad, ext[1] + pad);
    }

    static TypedRange around(long day, long span) { return new TypedRange(day - span / 2, day + span - span / 2); }

    // ---- filters, grouping, compare ---------------------------------------------------------------

    public ObjectProperty<LaneGrouping> groupingProperty() { return grouping; }
    public ObjectProperty<EventFilter> filterProperty() { return filter; }
    public ObservableList<String> comparedPairs() { return comparedPairs; }
    public BooleanProperty showTiersProperty() { return showTiers; }
    public BooleanProperty showLinksProperty() { return showLinks; }

    public void setGrouping(LaneGrouping g) {
        grouping.set(g);
        reloadLanes();
    }

    public void setFilter(EventFilter f) {
        filter.set(f);
        reloadLanes();
    }

    /** Shows only the events of one actor (the network's focus), or all again for null. */
    public void focusActor(Long actorId) {
        setFilter(filter.get().withActors(actorId == null ? Set.of() : Set.of(actorId)));
    }

    /** Compares these pair lanes one above the other (by actor pair), or ends compare mode with an empty list. */
    public void compare(List<String> pairKeys) {
        comparedPairs.setAll(pairKeys);
        if (!pairKeys.isEmpty()) grouping.set(LaneGrouping.ACTOR_PAIR);
        reloadLanes();
    }

    /** The filter the store sees: the user's, restricted to the compared pairs in compare mode. */
    EventFilter effectiveFilter() {
        EventFilter f = filter.get();
        return comparedPairs.isEmpty() ? f : f.withPairs(Set.copyOf(comparedPairs));
    }

    private void reloadLanes() {
        if (library == null || setup == null) return;
        Library lib = library;
        TimelineLoader.Setup s = setup;
        LaneGrouping g = grouping.get();
        EventFilter f = effectiveFilter();
        List<String> pinned = List.copyOf(comparedPairs);
        long gen = generation.incrementAndGet();
        cancelWindow.run();
        loading.set(true);
        cancelWindow = canceller(tasks.run(I18n.t("timeline.task.lanes"), () -> TimelineLoader.lanes(lib, s, g, f, pinned), cat -> {
            if (gen != generation.get()) return;
            showLanes(cat, g);
        }, failedIfCurrent(gen)));
    }

    /** Shows the lanes of {@code cat} and loads the visible window's events into them. */
    private void showLanes(LaneCatalogue cat, LaneGrouping g) {
        catalogue.set(cat);
        lanes.setAll(toLanes(cat, g, tiers));
        loaded.set(null);
        pending = null;
        loadVisible();
    }

    private static List<TimelineLane> toLanes(LaneCatalogue cat, LaneGrouping grouping, Map<String, List<TierSpan>> tiers) {
        List<TimelineLane> out = new ArrayList<>();
        for (LaneCatalogue.Lane l : cat.lanes()) {
            TimelineLane lane = new TimelineLane(l.key(), laneTitle(l, grouping));
            lane.setSubtitle(I18n.t("timeline.lane.events", l.count()));
            List<TierSpan> t = tiers.get(l.key());
            if (t != null) lane.getTiers().setAll(t);
            out.add(lane);
        }
        return out;
    }

    /**
     * A lane's title in the interface language: the catalogue names its own lanes ("Other pairs",
     * "No country") and built-in categories in English; actor names are the library's and stay.
     */
    static String laneTitle(LaneCatalogue.Lane lane, LaneGrouping grouping) {
        String key = lane.key();
        if (key.equals(LaneKeys.OTHER)) return switch (grouping) {
            case ACTOR_PAIR -> I18n.t("timeline.lane.other.pairs");
            case COUNTRY -> I18n.t("timeline.lane.other.countries");
            case CATEGORY -> I18n.t("timeline.lane.other.categories");
            case NONE -> I18n.t("timeline.lane.other");
        };
        if (key.equals(LaneKeys.ALL)) return I18n.t("timeline.lane.all");
        if (key.endsWith(":" + LaneKeys.NO_COUNTRY)) return I18n.t("timeline.lane.no-country");
        if (LaneKeys.isCategory(key)) return Names.category(LaneKeys.category(key), lane.title());
        return lane.title();
    }

    // ---- the visible window ------------------------------------------------------------------------

    /** The view's visible range changed (already debounced): load it with a margin unless what is loaded covers it. */
    public void visibleRangeChanged(double fromDay, double toDay) {
        visibleFrom = fromDay;
        visibleTo = toDay;
        loadVisible();
    }

    private void loadVisible() {
        LaneCatalogue cat = catalogue.get();
        if (library == null || cat == null || Double.isNaN(visibleFrom)) return;
        double span = Math.max(1, visibleTo - visibleFrom);
        TimelineLoader.WindowData done = loaded.get();
        if (pending != null ? satisfies(pending, span) : done != null && satisfies(done.request(), span)) return;
        // A provisional overview from the lane summary first when the rows would take long (the
        // ten-million-event library opens on 2.3 million), unless what is shown is provisional
        // already: then the overview asked for is read, replacing it.
        long provisionalAbove = done != null && done.provisional() ? Long.MAX_VALUE : this.provisionalAbove;
        TimelineLoader.WindowRequest r = windowRequest(visibleFrom, visibleTo, cat, effectiveFilter(), detailLimit, provisionalAbove);
        pending = r;
        requests.add(r);
        long gen = generation.incrementAndGet();
        cancelWindow.run();
        loading.set(true);
        Library lib = library;
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable cancelTask = canceller(tasks.run(I18n.t("timeline.task.window"), () -> Shown.of(TimelineLoader.window(lib, r, () -> cancelled.get() || gen != generation.get())),
                shown -> {
                    if (gen != generation.get() || shown == null) return;
                    apply(shown);
                }, failedIfCurrent(gen)));
        cancelWindow = () -> {
            cancelled.set(true);
            cancelTask.run();
        };
    }

    /** Whether a request (made or pending) covers the visible range at a fitting level of detail. */
    private boolean satisfies(TimelineLoader.WindowRequest r, double span) {
        if (r.lanes() != catalogue.get() || visibleFrom < r.fromDay() || visibleTo > r.toDay()) return false;
        TimelineLoader.WindowData d = loaded.get();
        return !(d != null && d.request() == r && (d.provisional() || d.overview() && refines(r, span)));
    }

    /** After zooming in by more than 1.6×, an overview is loaded again at a finer level of detail. */
    private static boolean refines(TimelineLoader.WindowRequest r, double span) {
        double loadedVisibleSpan = r.span() / (1 + 2 * MARGIN);
        return span < loadedVisibleSpan / 1.6;
    }

    /** A loaded window with the control's items and links made from it (off the FX thread). */
    private record Shown(TimelineLoader.WindowData data, List<TimelineItem> items, List<TimelineLink> links) {
        static Shown of(TimelineLoader.WindowData data) {
            if (data == null) return null;
            List<TimelineItem> items = new ArrayList<>(data.items().size());
            for (WindowEvent e : data.items()) items.add(EventItem.of(e));
            List<TimelineLink> links = new ArrayList<>(data.links().size());
            for (EventLink l : data.links()) links.add(new TimelineLink(l.fromEventId(), l.toEventId(), l.kind().label()));
            return new Shown(data, items, links);
        }
    }

    private void apply(Shown shown) {
        TimelineLoader.WindowData data = shown.data();
        pending = null;
        items.setAll(shown.items());
        links.setAll(shown.links());
        loaded.set(data); // last: listeners see the new items
        loading.set(false);
        status.set(data.overview()
                ? I18n.t("timeline.status.overview", data.eventCount(), bucketText(data.bucketDays()))
                : I18n.t("timeline.status.events-here", data.eventCount()));
        if (pendingSelection != null) {
            long id = pendingSelection;
            pendingSelection = null;
            selector.accept(id);
        }
        loadVisible(); // the view may have moved on while this window loaded
    }

    /** A bucket's width in words; the fit-all view's buckets of 512 days (the lane summary's blocks) are "17 months", not "year". */
    static String bucketText(long days) {
        if (days >= 700) return I18n.t("timeline.bucket.years", Math.round(days / 365.2425));
        if (days >= 300 && days <= 400) return I18n.t("timeline.bucket.year");
        if (days >= 55) return I18n.t("timeline.bucket.months", Math.round(days / 30.44));
        if (days >= 28) return I18n.t("timeline.bucket.month");
        if (days >= 2) return I18n.t("timeline.bucket.days", days);
        return I18n.t("timeline.bucket.day");
    }

    /** The failure handler of load {@code gen}: one that a newer load replaced is not this view's to report. */
    private java.util.function.Consumer<Throwable> failedIfCurrent(long gen) {
        return error -> { if (gen == generation.get()) failed(error); };
    }

    /**
     * Shows a load's failure. Callers pass only the failures of loads still current: one of a
     * library closed since (another was opened) or replaced by a newer load is not this view's to report.
     */
    private void failed(Throwable t) {
        loading.set(false);
        pending = null;
        status.set(I18n.t("timeline.status.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    // ---- search and jumps ----------------------------------------------------------------------------

    /** Full-text search (diacritics ignored); an empty query clears the hits. */
    public void search(String text) {
        cancelSearch.run();
        long gen = ++searchGeneration;
        if (library == null || text == null || text.isBlank()) {
            hits.clear();
            return;
        }
        Library lib = library;
        cancelSearch = canceller(tasks.run(I18n.t("timeline.task.search"), () -> lib.events().search(text, 200), found -> {
            if (gen == searchGeneration) hits.setAll(found);
        }, this::failed));
    }

    /** Centres the timeline on an event and selects it once loaded; zooms in to two years when the view is wider. */
    public void jumpTo(EventHeader event) {
        double span = Double.isNaN(visibleFrom) ? 730 : Math.min(visibleTo - visibleFrom, 730);
        long days = Math.max(30, (long) span);
        long end = event.ongoing() ? event.startDay() + 1 : event.endDay();
        long centre = event.startDay() + (end - event.startDay()) / 2;
        if (end - event.startDay() > days) days = (end - event.startDay()) * 5 / 4;
        pendingSelection = event.id();
        TypedRange r = around(centre, days);
        visibleFrom = r.fromDay();
        visibleTo = r.toDay();
        loadVisible();
        if (pending == null) { // already loaded: select now
            long id = pendingSelection;
            pendingSelection = null;
            selector.accept(id);
        }
        navigator.accept(r);
    }

    /** Goes to a typed range such as "2023-09 to 2024-08". @throws IllegalArgumentException with a reader's message */
    public TypedRange goTo(String typed) {
        TypedRange r = TypedRange.parse(typed);
        navigator.accept(r);
        return r;
    }

    /** Loads one event's header (for a selection made elsewhere) and jumps to it. */
    public void reveal(long eventId) {
        if (library == null) return;
        Library lib = library;
        tasks.run(I18n.t("timeline.task.find"), () -> new TimelineQueries(lib).byIds(List.of(eventId)), found -> {
            if (!found.isEmpty()) jumpTo(found.get(0));
        }, this::failed);
    }

    // ---- what the view shows --------------------------------------------------------------------------

    public ObservableList<TimelineItem> items() { return items; }
    public ObservableList<TimelineLane> lanes() { return lanes; }
    public ObservableList<TimelinePeriod> periods() { return periods; }
    public ObservableList<TimelineLink> links() { return links; }
    public ObservableList<SearchHit> hits() { return hits; }
    public ObservableList<Actor> actors() { return actors; }
    public ObservableList<Category> categories() { return categories; }
    public ObservableList<String> tags() { return tags; }
    public ObservableList<LaneCatalogue.Lane> pairLanes() { return pairLanes; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TimelineLoader.WindowData> loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LaneCatalogue> catalogueProperty() { return catalogue.getReadOnlyProperty(); }

    /** Every window request made since the library opened, oldest first (tests and diagnostics). */
    public List<TimelineLoader.WindowRequest> requests() { return List.copyOf(requests); }

    /** "Tô Lâm elected · 22 May 2024" (or "· 22 tháng 5 năm 2024") for the hits list. */
    public static String describe(EventHeader h) {
        return h.title() + " · " + dateText(h);
    }

    static String dateText(EventHeader h) {
        LocalDate d = LocalDate.ofEpochDay(h.startDay());
        int year = EventDate.historicalYear(d.getYear());
        EventDate date = switch (h.startPrecision()) {
            case YEAR -> new EventDate(year, 0, 0, h.startPrecision(), h.approximate());
            case MONTH -> new EventDate(year, d.getMonthValue(), 0, h.startPrecision(), h.approximate());
            case DAY -> new EventDate(year, d.getMonthValue(), d.getDayOfMonth(), h.startPrecision(), h.approximate());
        };
        return date.display(I18n.locale());
    }

    static Map<String, Long> countsByLane(List<TimelineItem> items) {
        Map<String, Long> out = new HashMap<>();
        for (TimelineItem i : items) out.merge(i.laneKey(), 1L, Long::sum);
        return out;
    }
}
