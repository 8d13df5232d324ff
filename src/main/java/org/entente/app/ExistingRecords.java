package org.entente.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.store.Library;

/** What the library already holds, keyed the way duplicates are recognised. */
final class ExistingRecords {
    /**
     * Up to this many events, the library's event keys are read into a map, as before issue #15;
     * above it each imported event is looked up among the library's events with its start and end
     * days (ten million keys do not fit in 512 MB; a look-up reads the events of those days only).
     * The map is the quicker for small libraries; and it must be kept at least up to
     * {@code EventBulkLoader.REBUILD_INDEXES_BELOW} (10,000), below which a bulk load drops the
     * index the look-ups use while it still asks for duplicates.
     */
    static final long EVENTS_LOADED_UP_TO = 50_000;

    private final Library library;

    /** The library's event keys, when it had at most {@link #EVENTS_LOADED_UP_TO}; null when they are looked up by day. */
    private final Map<String, Long> events;
    /**
     * The highest event id when the import began: events it adds get higher ones, and a look-up
     * ignores them, as the map (read once at the start) did: two equal rows of one file are both new.
     */
    private final long lastEventId;
    /** Look-ups of late, by start and end day, least recently used first; at most {@link #RECENT_DAYS}. */
    private final Map<List<Long>, Map<String, Long>> recentDays = new LinkedHashMap<>(RECENT_DAYS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, Map<String, Long>> eldest) { return size() > RECENT_DAYS; }
    };
    static final int RECENT_DAYS = 8;
    final Map<String, Long> partnerships = new HashMap<>();
    final Map<String, Long> trade = new HashMap<>();
    final Map<String, Long> periods = new HashMap<>();
    final Map<String, Actor> actorsByName = new HashMap<>();
    final Map<String, Actor> actorsByIso = new HashMap<>();
    final Set<String> sources = new HashSet<>();
    final Set<String> newActors = new HashSet<>();
    final Set<String> newSources = new HashSet<>();
    /** Trade keys met in this import: the library holds one figure per key, so a second is a duplicate. */
    final Set<String> importedTrade = new HashSet<>();
    /** Reported changes of trade, by the same key as figures (one per reporter, partner, year and flow). */
    final Map<String, Long> tradeChanges = new HashMap<>();
    final Set<String> importedTradeChanges = new HashSet<>();

    ExistingRecords(Library library) { this(library, EVENTS_LOADED_UP_TO); }

    /** With the library's event keys read into a map only if it holds at most {@code eventsLoadedUpTo} events. */
    ExistingRecords(Library library, long eventsLoadedUpTo) {
        this.library = library;
        lastEventId = library.events().maxId();
        if (library.events().moreThan(eventsLoadedUpTo)) {
            events = null;
        } else {
            Map<String, Long> keys = new HashMap<>();
            library.events().forEachHeader(h -> {
                if (h.id() <= lastEventId) keys.putIfAbsent(eventKey(h.title(), h.startDay(), h.endDay()), h.id());
            });
            events = keys;
        }
        for (Partnership p : library.partnerships().all()) partnerships.putIfAbsent(partnershipKey(p), p.id());
        for (TradeFigure t : library.trade().all()) trade.putIfAbsent(tradeKey(t), t.id());
        for (TradeChange t : library.trade().changes()) tradeChanges.putIfAbsent(tradeKey(t.reporter(), t.partner(), t.year(), t.flow()), t.id());
        for (Period p : library.periods().all()) periods.putIfAbsent(periodKey(p), p.id());
        for (Actor a : library.actors().all()) register(a);
        for (Source s : library.sources().all()) sources.add(sourceKey(s));
    }

    void register(Actor a) {
        actorsByName.putIfAbsent(a.name(), a);
        if (a.isoCode() != null) actorsByIso.putIfAbsent(a.isoCode(), a);
    }

    /** The library's actor for an imported one: same name, else same ISO code; else it is new. */
    Actor canonical(Actor a) {
        Actor known = actorsByName.get(a.name());
        if (known == null && a.isoCode() != null) known = actorsByIso.get(a.isoCode());
        if (known != null) return known;
        newActors.add(a.name());
        register(a);
        return a;
    }

    void source(Source s) {
        String k = sourceKey(s);
        if (!sources.contains(k)) newSources.add(k);
    }

    Event canonical(Event e) {
        boolean changed = false;
        List<Participant> ps = new ArrayList<>(e.participants().size());
        for (Participant p : e.participants()) {
            Actor c = canonical(p.actor());
            changed |= c != p.actor();
            ps.add(c == p.actor() ? p : new Participant(c, p.role()));
        }
        for (Citation c : e.sources()) source(c.source());
        return changed ? new Event(e.id(), e.title(), e.when(), e.category(), ps, e.place(), e.summary(), e.importance(), e.tags(),
                e.sources()) : e;
    }

    Partnership canonical(Partnership p) {
        for (Citation c : p.sources()) source(c.source());
        Actor a = canonical(p.a()), b = canonical(p.b());
        return a == p.a() && b == p.b() ? p
                : new Partnership(p.id(), a, b, p.level(), p.officialName(), p.from(), p.until(), p.sources(), p.note());
    }

    TradeFigure canonical(TradeFigure t) {
        if (t.source() != null) source(t.source().source());
        Actor r = canonical(t.reporter()), q = canonical(t.partner());
        return r == t.reporter() && q == t.partner() ? t
                : new TradeFigure(t.id(), r, q, t.year(), t.flow(), t.valueUsd(), t.quality(), t.source());
    }

    TradeChange canonical(TradeChange t) {
        if (t.source() != null) source(t.source().source());
        Actor r = canonical(t.reporter()), q = canonical(t.partner());
        return r == t.reporter() && q == t.partner() ? t
                : new TradeChange(t.id(), r, q, t.year(), t.flow(), t.changePercent(), t.quality(), t.source());
    }

    /** The library's reported change with the same key; -1 when this import already had one. */
    Long match(TradeChange t) {
        String k = tradeKey(t.reporter(), t.partner(), t.year(), t.flow());
        Long id = tradeChanges.get(k);
        if (id != null) return id;
        return importedTradeChanges.add(k) ? null : -1L;
    }

    /** Whether events are looked up in the library (a big one) rather than in a map: then {@link #match(Event)} reads it. */
    boolean looksUpEvents() { return events == null; }

    Long match(Event e) {
        if (events != null && events.isEmpty()) return null; // a new library: no key to build
        long startDay = e.when().firstDay(), endDay = e.when().ongoing() ? EventHeader.ONGOING_END : e.when().endDay();
        if (events != null) return events.get(eventKey(e.title(), startDay, endDay));
        return withDays(startDay, endDay).get(normalisedTitle(e.title()));
    }

    /**
     * The library's events (as the import found it) with these start and end days, by normalised
     * title, the first in start order winning as in the map. The last few are kept: a file in date
     * order (an export, say) asks for the same days row after row.
     */
    private Map<String, Long> withDays(long startDay, long endDay) {
        List<Long> days = List.of(startDay, endDay);
        Map<String, Long> titles = recentDays.get(days);
        if (titles != null) return titles;
        titles = new HashMap<>();
        for (EventHeader h : library.events().withDays(startDay, endDay, lastEventId)) titles.putIfAbsent(normalisedTitle(h.title()), h.id());
        recentDays.put(days, titles);
        return titles;
    }

    Long match(Partnership p) { return partnerships.get(partnershipKey(p)); }

    /** The library's figure with the same key; -1 when this import already had one. */
    Long match(TradeFigure t) {
        String k = tradeKey(t);
        Long id = trade.get(k);
        if (id != null) return id;
        return importedTrade.add(k) ? null : -1L;
    }

    Long match(Period p) { return periods.get(periodKey(p)); }

// ---- the keys duplicates are recognised by ----

static String eventKey(String title, long startDay, long endDay) {
    return normalisedTitle(title) + '\u0000' + startDay + '\u0000' + endDay;
}

/** Titles that differ only in case or surrounding spaces are the same. */
static String normalisedTitle(String title) { return title.strip().toLowerCase(Locale.ROOT); }

/** The same pair in either order at the same level. */
static String partnershipKey(Partnership p) {
    String a = p.a().name(), b = p.b().name();
    return (a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a) + '\u0000' + p.level().key();
}

static String tradeKey(TradeFigure t) { return tradeKey(t.reporter(), t.partner(), t.year(), t.flow()); }

static String tradeKey(Actor reporter, Actor partner, int year, org.entente.model.TradeFlow flow) {
    return reporter.name() + '\u0000' + partner.name() + '\u0000' + year + '\u0000' + flow.key();
}

static String periodKey(Period p) { return p.name().toLowerCase(Locale.ROOT) + '\u0000' + p.when(); }

static String sourceKey(Source s) { return s.title() + '\u0000' + s.url(); }
}
