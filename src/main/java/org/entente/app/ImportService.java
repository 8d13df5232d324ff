package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.entente.exchange.ContentSink;
import org.entente.exchange.CsvInput;
import org.entente.exchange.EntenteCsv;
import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleLink;
import org.entente.exchange.bundle.BundleNote;
import org.entente.exchange.bundle.BundleProblem;
import org.entente.exchange.bundle.BundleReadResult;
import org.entente.exchange.bundle.BundleReader;
import org.entente.exchange.EntenteCsvReader;
import org.entente.exchange.LookAheadIterator;
import org.entente.exchange.ImportFormat;
import org.entente.exchange.ImportResult;
import org.entente.exchange.Importers;
import org.entente.exchange.Problem;
import org.entente.exchange.Problems;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.EventLink;
import org.entente.model.Note;
import org.entente.model.EventHeader;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.store.Library;

/**
 * Imports files into a library in two steps: {@link #preview} reads them and says what would be
 * added, what matches records already there, and every problem, without writing; {@link #commit}
 * writes everything in one transaction, so a problem, a failure or a cancel leaves the library
 * exactly as it was. Large Entente CSV files are streamed in both steps, never held whole.
 * Used by the import dialog and by {@code entente import}.
 */
public final class ImportService {
    /** Records written per call into the store inside the one transaction. */
    private static final int BATCH = 500;
    private static final int PROGRESS_EVERY = 1_000;

    private final Library library;

    public ImportService(Library library) {
        this.library = library;
    }

    /** The import was refused because the files have errors; nothing was written. */
    public static final class ImportRefusedException extends RuntimeException {
        private final List<Problem> problems;

        public ImportRefusedException(List<Problem> problems) {
            super(problems.stream().filter(Problem::isError).count() + " problem(s) in the files; nothing was imported");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() { return problems; }
    }

    // ---- reading the files -----------------------------------------------------------------------

    /** A set of files read as one: all the Entente CSV files, or one file of another format. */
    private interface Unit {
        String format();

        void replay(ContentSink sink, Problems problems);

        /** The bundle read by the last replay, whose notes and links follow its events; null for other formats. */
        default Bundle bundle() { return null; }

        /** The Entente CSV files of this unit, whose events.csv may take the store's bulk path; empty for other formats. */
        default List<Path> ententeCsv() { return List.of(); }
    }

    private List<Unit> units(List<Path> files, Problems problems, List<String> formats) {
        List<Unit> units = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        for (Path f : files) {
            Importers.Detection d = Importers.detect(f);
            if (d.format() == null) {
                problems.add(d.problem());
                formats.add("not recognised");
                continue;
            }
            formats.add(d.format().label());
            if (d.format() == ImportFormat.ENTENTE_CSV) {
                csv.add(f);
                continue;
            }
            if (d.format() == ImportFormat.ENTENTE_BUNDLE) {
                units.add(new Unit() {
                    private Bundle bundle;

                    @Override
                    public String format() { return d.format().label(); }

                    @Override
                    public void replay(ContentSink sink, Problems p) {
                        BundleReadResult r = BundleReader.read(f);
                        for (BundleProblem bp : r.problems())
                            p.add(new Problem(bp.file(), bp.line(), 0, bp.field() != null ? bp.field() : bp.path(), bp.message(),
                                    bp.isError() ? Problem.Severity.ERROR : Problem.Severity.WARNING));
                        bundle = r.bundle();
                        if (bundle != null) ContentSink.replay(bundle.content(), sink);
                    }

                    @Override
                    public Bundle bundle() { return bundle; }
                });
                continue;
            }
            units.add(new Unit() {
                @Override
                public String format() { return d.format().label(); }

                @Override
                public void replay(ContentSink sink, Problems p) {
                    ImportResult r = read(f, d.format());
                    p.addAll(r.problems());
                    ContentSink.replay(r.content(), sink);
                }
            });
        }
        if (!csv.isEmpty()) {
            units.add(0, new Unit() {
                @Override
                public String format() { return EntenteCsvReader.FORMAT; }

                @Override
                public void replay(ContentSink sink, Problems p) { EntenteCsvReader.stream(csv, sink, p); }

                @Override
                public List<Path> ententeCsv() { return csv; }
            });
        }
        return units;
    }

    private static ImportResult read(Path f, ImportFormat format) {
        return Importers.read(f, format).orElseThrow(() -> new IllegalStateException(format + " is read by its own unit"));
    }

    // ---- matching against the library -------------------------------------------------------------

    /** What the library already holds, keyed the way duplicates are recognised. */
    private final class Existing {
        final Map<String, Long> events = new HashMap<>();
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

        Existing() {
            for (EventHeader h : library.events().allHeaders()) events.putIfAbsent(eventKey(h.title(), h.startDay(), h.endDay()), h.id());
            for (Partnership p : library.partnerships().all()) partnerships.putIfAbsent(partnershipKey(p), p.id());
            for (TradeFigure t : library.trade().all()) trade.putIfAbsent(tradeKey(t), t.id());
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

        Long match(Event e) {
            if (events.isEmpty()) return null; // a new library: no key to build
            return events.get(eventKey(e.title(), e.when().firstDay(), e.when().ongoing() ? EventHeader.ONGOING_END : e.when().endDay()));
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
    }

    static String eventKey(String title, long startDay, long endDay) {
        return title.strip().toLowerCase(Locale.ROOT) + '\u0000' + startDay + '\u0000' + endDay;
    }

    /** The same pair in either order at the same level. */
    static String partnershipKey(Partnership p) {
        String a = p.a().name(), b = p.b().name();
        return (a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a) + '\u0000' + p.level().key();
    }

    static String tradeKey(TradeFigure t) {
        return t.reporter().name() + '\u0000' + t.partner().name() + '\u0000' + t.year() + '\u0000' + t.flow().key();
    }

    static String periodKey(Period p) { return p.name().toLowerCase(Locale.ROOT) + '\u0000' + p.when(); }

    static String sourceKey(Source s) { return s.title() + '\u0000' + s.url(); }

    // ---- preview ----------------------------------------------------------------------------------

    /** Reads the files and says what importing them would do. Writes nothing. */
    public ImportPlan preview(List<Path> files, ImportProgress progress) {
        Problems problems = new Problems();
        List<String> formats = new ArrayList<>();
        List<Unit> units = units(files, problems, formats);
        Existing existing = new Existing();
        List<ImportPlan.Row> rows = new ArrayList<>();
        long[] n = new long[10];
        long[] seen = {0};
        for (Unit unit : units) {
            String fileLabel = unit.format();
            unit.replay(new ContentSink() {
                void tick() {
                    if (++seen[0] % PROGRESS_EVERY == 0) {
                        if (progress.isCancelled()) throw new CancellationException("preview cancelled");
                        progress.update(seen[0], -1, "Read " + seen[0] + " records");
                    }
                }

                void row(String kind, String title, String when, boolean dup) {
                    if (rows.size() < ImportPlan.SAMPLE_LIMIT) rows.add(new ImportPlan.Row(kind, title, when, dup, fileLabel));
                }

                @Override
                public void actor(Actor a) { existing.canonical(a); }

                @Override
                public void source(Source s) { existing.source(s); }

                @Override
                public void event(Event e) {
                    tick();
                    Event c = existing.canonical(e);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 1 : 0]++;
                    row("Event", c.title(), c.when().toString(), dup);
                }

                @Override
                public void partnership(Partnership p) {
                    tick();
                    Partnership c = existing.canonical(p);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 3 : 2]++;
                    row("Partnership", c.pairLabel() + ": " + c.level().label(), c.range().toString(), dup);
                }

                @Override
                public void trade(TradeFigure t) {
                    tick();
                    TradeFigure c = existing.canonical(t);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 5 : 4]++;
                    row("Trade", c.reporter().name() + "–" + c.partner().name() + " " + c.flow().key() + " "
                            + String.format(Locale.ROOT, "%,d USD", c.valueUsd()), Integer.toString(c.year()), dup);
                }

                @Override
                public void period(Period p) {
                    tick();
                    boolean dup = existing.match(p) != null;
                    n[dup ? 7 : 6]++;
                    row("Period", p.name(), p.when().toString(), dup);
                }
            }, problems);
        }
        progress.update(seen[0], seen[0], "Read " + seen[0] + " records");
        ImportPlan.Counts counts = new ImportPlan.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                existing.newActors.size(), existing.newSources.size());
        return new ImportPlan(List.copyOf(files), formats, rows, counts, problems.list(), problems.errorCount());
    }

    // ---- commit -------------------------------------------------------------------------------------

    /**
     * Imports the files of {@code plan} in one transaction, treating records that match existing
     * ones by {@code policy}. The files are read again (they are streamed, not kept); if they now
     * have errors, or the work is cancelled, or anything fails, the transaction is rolled back
     * and the library is left exactly as it was.
     *
     * @throws ImportRefusedException  if the files have errors
     * @throws CancellationException   if cancelled
     */
    public ImportOutcome commit(ImportPlan plan, DuplicatePolicy policy, ImportProgress progress) {
        if (plan.hasErrors()) throw new ImportRefusedException(plan.problems());
        return write(plan.files(), policy, progress, plan.counts().total()).outcome();
    }

    /** What {@link #importFiles} read (counts and problems, no sample rows) and what it did. */
    public record Imported(ImportPlan read, ImportOutcome outcome) {}

    /**
     * Reads and imports {@code files} in one pass and one transaction, without a preview: for
     * {@code entente import}, where nobody looks at a preview before the commit, so the files
     * need not be read twice. Every row is checked as it is read, exactly as {@link #preview}
     * checks it; any error (or a cancel, or a failure) rolls the whole transaction back and the
     * library is left exactly as it was. On errors, the refusal lists the problems of every
     * file, as the preview would (the files are then read once more, which only failures pay).
     *
     * @throws ImportRefusedException if the files have errors
     * @throws CancellationException  if cancelled
     */
    public Imported importFiles(List<Path> files, DuplicatePolicy policy, ImportProgress progress) {
        try {
            return write(files, policy, progress, -1);
        } catch (ImportRefusedException e) {
            ImportPlan all = preview(files, ImportProgress.NONE);
            throw new ImportRefusedException(all.hasErrors() ? all.problems() : e.problems());
        }
    }

    private Imported write(List<Path> files, DuplicatePolicy policy, ImportProgress progress, long total) {
        String origin = "import:" + String.join(",", files.stream().map(p -> p.getFileName().toString()).toList());
        return library.write(c -> {
            Problems problems = new Problems();
            List<String> formats = new ArrayList<>();
            List<Unit> units = units(files, problems, formats);
            if (problems.hasErrors()) throw new ImportRefusedException(problems.list());
            Existing existing = new Existing();
            Writer w = new Writer(existing, policy, origin, progress, total);
            for (Unit unit : units) {
                w.startUnit();
                if (bulkEvents(unit, existing, w, origin, progress, problems, policy)) {
                    // events.csv is done; the rest of the unit's files are read as usual.
                    List<Path> rest = unit.ententeCsv().stream()
                            .filter(f -> !f.getFileName().toString().equalsIgnoreCase(EntenteCsv.EVENTS)).toList();
                    if (!rest.isEmpty()) EntenteCsvReader.stream(rest, w, problems);
                } else unit.replay(w, problems);
                if (problems.hasErrors()) throw new ImportRefusedException(problems.list());
                w.flush();
                if (unit.bundle() != null) w.notesAndLinks(unit.bundle());
            }
            progress.update(w.done, w.done, "Imported " + w.outcome());
            long[] n = w.counts;
            ImportPlan.Counts counts = new ImportPlan.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                    existing.newActors.size(), existing.newSources.size());
            return new Imported(new ImportPlan(List.copyOf(files), formats, List.of(), counts, problems.list(), problems.errorCount()),
                    w.outcome());
        });
    }

    /**
     * The new events of an events.csv go in first through the store's bulk path, pulled straight
     * from the file (a million rows are never held); the replay that follows then only counts
     * them, and handles duplicates and the other files. Problems are reported by that replay.
     */
    private boolean bulkEvents(Unit unit, Existing existing, Writer w, String origin, ImportProgress progress, Problems problems,
                               DuplicatePolicy policy) {
        Path eventsCsv = unit.ententeCsv().stream()
                .filter(f -> f.getFileName().toString().equalsIgnoreCase(EntenteCsv.EVENTS)).findFirst().orElse(null);
        if (eventsCsv == null) return false;
        // Duplicates to update need the regular path after the bulk load; then the replay that
        // follows reads events.csv again and reports its problems, so this pass keeps its own
        // until it knows whether there were any.
        Problems passProblems = new Problems();
        long[] seen = {0}, duplicates = {0};
        EntenteCsvReader reader = EntenteCsvReader.withLookups(unit.ententeCsv(), passProblems);
        try (InputStream in = Files.newInputStream(eventsCsv); Reader r = CsvInput.utf8(in);
             EntenteCsvReader.EventCursor cursor = reader.events(r, eventsCsv.getFileName().toString(), passProblems)) {
            Iterator<Event> fresh = new LookAheadIterator<>() {
                @Override
                protected Event findNext() {
                    while (cursor.hasNext()) {
                        Event c = existing.canonical(cursor.next());
                        seen[0]++;
                        Long match = existing.match(c);
                        if (match != null) duplicates[0]++;
                        if (w.addAnyway(match)) return c;
                    }
                    return null;
                }
            };
            long inserted = library.bulkInsert(fresh, -1, origin, (phase, done, total) -> progress.update(done, total, phase + ": " + done),
                    progress::isCancelled).events();
            boolean complete = policy != DuplicatePolicy.UPDATE || duplicates[0] == 0;
            if (!complete) return false;
            problems.addAll(passProblems.list());
            w.added += inserted;
            w.skipped += seen[0] - inserted;
            w.counts[0] += seen[0] - duplicates[0];
            w.counts[1] += duplicates[0];
            w.done += seen[0];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            w.eventsAlreadyAdded = true;
        }
        return true;
    }

    /** Writes records as they stream in, in batches, inside the caller's transaction. */
    private final class Writer implements ContentSink {
        private final Existing existing;
        private final DuplicatePolicy policy;
        private final String origin;
        private final ImportProgress progress;
        private final long total;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Partnership> partnerships = new ArrayList<>();
        private final List<TradeFigure> trade = new ArrayList<>();
        private final List<Period> periods = new ArrayList<>();
        private long added, updated, skipped, done;
        /** New and matching records read, by kind, as {@link ImportPlan.Counts} orders them. */
        private final long[] counts = new long[8];
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
            for (BundleNote note : bundle.notes()) {
                Long id = idByKey.get(note.eventKey());
                if (id == null) continue;
                Note n = note.toNote(id);
                boolean known = library.notes().forRecord(n.target()).stream()
                        .anyMatch(x -> x.text().equals(n.text()) && Objects.equals(x.highlight(), n.highlight()));
                if (!known) library.notes().save(n);
            }
        }

        Writer(Existing existing, DuplicatePolicy policy, String origin, ImportProgress progress, long total) {
            this.existing = existing;
            this.policy = policy;
            this.origin = origin;
            this.progress = progress;
            this.total = total;
        }

        ImportOutcome outcome() { return new ImportOutcome(added, updated, skipped); }

        private void step() {
            done++;
            if (events.size() + partnerships.size() + trade.size() + periods.size() >= BATCH) flush();
            if (done % PROGRESS_EVERY == 0) {
                if (progress.isCancelled()) throw new CancellationException("import cancelled");
                progress.update(done, total, "Imported " + done + (total >= 0 ? " of " + total : "") + " records");
            }
        }

        void flush() {
            if (actors.isEmpty() && sources.isEmpty() && events.isEmpty() && partnerships.isEmpty() && trade.isEmpty() && periods.isEmpty())
                return;
            List<Long> ids = library.importContent(new LibraryContent(actors, sources, events, partnerships, trade, periods), origin);
            for (int i = 0; i < pendingSlots.size(); i++) unitEventIds.set(pendingSlots.get(i), ids.get(i));
            pendingSlots.clear();
            actors.clear();
            sources.clear();
            events.clear();
            partnerships.clear();
            trade.clear();
            periods.clear();
        }

        /** Whether to add a record that matches {@code id} (null: no match). */
        boolean addAnyway(Long id) {
            return id == null || policy == DuplicatePolicy.KEEP_BOTH;
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
            counts[id == null ? 2 : 3]++;
            if (addAnyway(id)) {
                partnerships.add(c);
                added++;
            } else if (policy == DuplicatePolicy.UPDATE) {
                flush();
                library.partnerships().save(c.withId(id));
                updated++;
            } else skipped++;
            step();
        }

        @Override
        public void trade(TradeFigure t) {
            TradeFigure c = existing.canonical(t);
            Long id = existing.match(c);
            counts[id == null ? 4 : 5]++;
            if (id == null) {
                trade.add(c);
                added++;
            } else if (policy == DuplicatePolicy.UPDATE && id > 0) {
                flush();
                library.trade().save(c.withId(id));
                updated++;
            } else skipped++; // one figure per reporter, partner, year and flow: "keep both" cannot apply
            step();
        }

        @Override
        public void period(Period p) {
            Long id = existing.match(p);
            counts[id == null ? 6 : 7]++;
            if (addAnyway(id)) {
                periods.add(p);
                added++;
            } else if (policy == DuplicatePolicy.UPDATE) {
                flush();
                library.periods().save(new Period(id, p.name(), p.when(), p.colour(), p.note()));
                updated++;
            } else skipped++;
            step();
        }
    }
}
