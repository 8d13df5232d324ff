package org.entente.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.entente.exchange.ContentSink;
import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleLink;
import org.entente.exchange.bundle.BundleNote;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.EventLink;
import org.entente.model.Note;
import org.entente.model.LibraryContent;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.store.Library;

/** Writes records as they stream in, in batches, inside the caller's transaction. */
final class ImportWriter implements ContentSink {
    static final int BATCH = 500;
    static final int PROGRESS_EVERY = 1_000;
    private final Library library;
    private final ExistingRecords existing;
    private final DuplicatePolicy policy;
    private final String origin;
    private final ImportProgress progress;
    private final long total;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<TradeFigure> trade = new ArrayList<>();
    private final List<org.entente.model.TradeChange> tradeChanges = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    long added, updated, skipped, done;
    /** New and matching records read, by kind, as {@link ImportPlan.Counts} orders them. */
    final long[] counts = new long[8];
    /** Library id of each event of the current unit, in its order (null until its batch is written). */
    private final List<Long> unitEventIds = new ArrayList<>();
    private final List<Integer> pendingSlots = new ArrayList<>();

    /** The unit's new events were stored by the bulk path: only count them. */
    boolean eventsAlreadyAdded;

    void startUnit() {
        unitEventIds.clear();
        pendingSlots.clear();
        eventsAlreadyAdded = false;
    }

    /**
     * A bundle's notes and links, attached to the events as stored (added, updated or kept).
     * An event that was already in the library may already have them (the same bundle
     * imported twice): a note with the same text and highlight, or a link of the same kind
     * to the same event, is not added again.
     */
    void notesAndLinks(Bundle bundle) {
        Map<String, Long> idByKey = new HashMap<>();
        for (int i = 0; i < unitEventIds.size(); i++) idByKey.put(bundle.eventKey(i), unitEventIds.get(i));
        for (BundleLink link : bundle.links()) {
            Long from = idByKey.get(link.fromEvent()), to = idByKey.get(link.toEvent());
            if (from == null || to == null || from.equals(to)) continue;
            EventLink l = link.toEventLink(from, to);
            boolean known = library.links().of(from).stream()
                    .anyMatch(x -> x.fromEventId() == l.fromEventId() && x.toEventId() == l.toEventId() && x.kind() == l.kind());
            if (!known) library.links().save(l);
        }
        stories(bundle, idByKey);
        for (BundleNote note : bundle.notes()) {
            Long id = idByKey.get(note.eventKey());
            if (id == null) continue;
            Note n = note.toNote(id);
            boolean known = library.notes().forRecord(n.target()).stream()
                    .anyMatch(x -> x.text().equals(n.text()) && Objects.equals(x.highlight(), n.highlight()));
            if (!known) library.notes().save(n);
        }
    }

    /**
     * A bundle's stories, their slides' selected events turned from bundle keys into the library's
     * ids. A story already in the library with the same title and slides (the same bundle
     * imported twice) is not added again.
     */
    private void stories(Bundle bundle, Map<String, Long> idByKey) {
        if (bundle.stories().isEmpty()) return;
        List<org.entente.model.Story> known = library.stories().all();
        for (org.entente.model.Story story : bundle.stories()) {
            List<org.entente.model.Slide> slides = new ArrayList<>();
            for (org.entente.model.Slide slide : story.slides()) {
                Map<String, String> state = new HashMap<>(slide.state());
                String key = state.remove(Bundle.SELECTION_FIELD);
                Long id = key == null ? null : idByKey.get(key);
                if (id != null) state.put(Bundle.SELECTION_FIELD, Long.toString(id));
                slides.add(new org.entente.model.Slide(0, slide.title(), slide.notes(), state));
            }
            org.entente.model.Story incoming = new org.entente.model.Story(0, story.title(), slides);
            boolean already = known.stream().anyMatch(k -> k.title().equals(incoming.title()) && sameSlides(k.slides(), incoming.slides()));
            if (!already) library.stories().add(incoming);
        }
    }

    private static boolean sameSlides(List<org.entente.model.Slide> a, List<org.entente.model.Slide> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++)
            if (!a.get(i).title().equals(b.get(i).title()) || !a.get(i).notes().equals(b.get(i).notes())
                    || !a.get(i).state().equals(b.get(i).state())) return false;
        return true;
    }

    ImportWriter(Library library, ExistingRecords existing, DuplicatePolicy policy, String origin, ImportProgress progress, long total) {
        this.library = library;
        this.existing = existing;
        this.policy = policy;
        this.origin = origin;
        this.progress = progress;
        this.total = total;
    }

    ImportOutcome outcome() { return new ImportOutcome(added, updated, skipped); }

    private void step() {
        done++;
        if (events.size() + partnerships.size() + trade.size() + tradeChanges.size() + periods.size() >= BATCH) flush();
        if (done % PROGRESS_EVERY == 0) {
            if (progress.isCancelled()) throw new CancellationException("import cancelled");
            progress.update(done, total, total >= 0 ? I18n.t("exchange.import.progress.imported-of", done, total)
                    : I18n.t("exchange.import.progress.imported-records", done));
        }
    }

    void flush() {
        if (actors.isEmpty() && sources.isEmpty() && events.isEmpty() && partnerships.isEmpty() && trade.isEmpty() && tradeChanges.isEmpty()
                && periods.isEmpty())
            return;
        List<Long> ids = library.importContent(new LibraryContent(actors, sources, events, partnerships, trade, periods, tradeChanges), origin);
        for (int i = 0; i < pendingSlots.size(); i++) unitEventIds.set(pendingSlots.get(i), ids.get(i));
        pendingSlots.clear();
        actors.clear();
        sources.clear();
        events.clear();
        partnerships.clear();
        trade.clear();
        tradeChanges.clear();
        periods.clear();
    }

    /** Whether to add a record that matches {@code id} (null: no match). */
    boolean addAnyway(Long id) { return addAnyway(id != null); }

    /** Whether to add a record, a {@code duplicate} of one in the library or not. */
    boolean addAnyway(boolean duplicate) {
        return !duplicate || policy == DuplicatePolicy.KEEP_BOTH;
    }

    @Override
    public void actor(Actor a) {
        Actor c = existing.canonical(a);
        if (c.id() == 0 && c == a) actors.add(a);
    }

    @Override
    public void source(Source s) { sources.add(s); }

    @Override
    public void event(Event e) {
        Event c = existing.canonical(e);
        Long id = existing.match(c);
        counts[id == null ? 0 : 1]++;
        if (addAnyway(id) && eventsAlreadyAdded) {
            added++;
        } else if (addAnyway(id)) {
            events.add(c);
            pendingSlots.add(unitEventIds.size());
            unitEventIds.add(null);
            added++;
        } else if (policy == DuplicatePolicy.UPDATE) {
            flush();
            library.events().save(c.withId(id));
            unitEventIds.add(id);
            updated++;
        } else {
            unitEventIds.add(id);
            skipped++;
        }
        step();
    }

    @Override
    public void partnership(Partnership p) {
        Partnership c = existing.canonical(p);
        Long id = existing.match(c);
        take(c, id, 2, addAnyway(id), partnerships, () -> library.partnerships().save(c.withId(id)));
    }

    // One figure or change per reporter, partner, year and flow: "keep both" cannot apply to trade.
    @Override
    public void trade(TradeFigure t) {
        TradeFigure c = existing.canonical(t);
        Long id = existing.match(c);
        take(c, id, 4, id == null, trade, () -> library.trade().save(c.withId(id)));
    }

    /** Counted with the trade figures (the plan's "trade" counts). */
    @Override
    public void tradeChange(org.entente.model.TradeChange t) {
        org.entente.model.TradeChange c = existing.canonical(t);
        Long id = existing.match(c);
        take(c, id, 4, id == null, tradeChanges, () -> library.trade().saveChange(c.withId(id)));
    }

    @Override
    public void period(Period p) {
        Long id = existing.match(p);
        take(p, id, 6, addAnyway(id), periods, () -> library.periods().save(new Period(id, p.name(), p.when(), p.colour(), p.note())));
    }

    /**
     * Takes one incoming record that matched the library's row {@code id} (null: none), counted in
     * the plan's {@code counts} at {@code newSlot} when new, the slot after when matched: into its
     * {@code batch} when {@code add}, else stored over its match when the policy updates and the
     * match is a stored row, else skipped.
     */
    private <R> void take(R record, Long id, int newSlot, boolean add, List<R> batch, Runnable storeOverMatch) {
        counts[id == null ? newSlot : newSlot + 1]++;
        if (add) {
            batch.add(record);
            added++;
        } else if (policy == DuplicatePolicy.UPDATE && id > 0) {
            flush();
            storeOverMatch.run();
            updated++;
        } else skipped++;
        step();
    }
}
