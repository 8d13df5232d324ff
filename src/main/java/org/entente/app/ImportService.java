package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.entente.exchange.ContentSink;
import org.entente.exchange.CsvInput;
import org.entente.exchange.EntenteCsv;
import org.entente.exchange.bundle.Bundle;
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
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;

/**
 * Imports files into a library in two steps: {@link #preview} reads them and says what would be
 * added, what matches records already there, and every problem, without writing; {@link #commit}
 * writes everything in one transaction, so a problem, a failure or a cancel leaves the library
 * exactly as it was. Large Entente CSV files are streamed in both steps, never held whole.
 * Used by the import dialog and by {@code entente import}.
 */
public final class ImportService {
    /**
     * Events of an events.csv whose search-index rows are written in the import's transaction;
     * beyond these, the index of the rest is left to {@link org.entente.store.Library#indexSearchBacklog}
     * after the commit (a third of a million-row import's work, issue #15). Small imports are
     * searchable as soon as they are committed.
     */
    public static final long SEARCH_INDEXED_INLINE = 10_000;

    private final Library library;

    public ImportService(Library library) {
        this.library = library;
    }

    /** The import was refused because the files have errors; nothing was written. */
    public static final class ImportRefusedException extends RuntimeException {
        private final List<Problem> problems;

        public ImportRefusedException(List<Problem> problems) {
            super(I18n.t("exchange.import.refused", problems.stream().filter(Problem::isError).count()));
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

        /** The GDELT file of this unit, read with its filter and scores by {@link GdeltImport}; null for other formats. */
        default Path gdelt() { return null; }
    }

    private List<Unit> units(List<Path> files, Problems problems, List<String> formats) {
        List<Unit> units = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        for (Path f : files) {
            if (org.entente.store.Library.isOpenLibraryFile(f)) { // not even read: see OpenLibraryFiles
                problems.add(Problem.fileError(f.toString(), OpenLibraryFiles.refusal(f)));
                formats.add(I18n.t("exchange.import.not-recognised"));
                continue;
            }
            Importers.Detection d = Importers.detect(f);
            if (d.format() == null) {
                problems.add(d.problem());
                formats.add(I18n.t("exchange.import.not-recognised"));
                continue;
            }
            formats.add(d.format().label());
            if (d.format() == ImportFormat.ENTENTE_CSV) {
                csv.add(f);
                continue;
            }
            if (d.format() == ImportFormat.GDELT) {
                units.add(new Unit() {
                    @Override
                    public String format() { return d.format().label(); }

                    @Override
                    public void replay(ContentSink sink, Problems p) {
                        throw new IllegalStateException("a GDELT file is read by GdeltImport");
                    }

                    @Override
                    public Path gdelt() { return f; }
                });
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
                public String format() { return ImportFormat.ENTENTE_CSV.label(); }

                @Override
                public void replay(ContentSink sink, Problems p) { EntenteCsvReader.stream(csv, sink, p); }

                @Override
                public List<Path> ententeCsv() { return csv; }
            });
        }
        return units;
    }

    /** A built-in level by its name in the interface's language; a level of the file's own by its own name. */
    private static String levelName(Partnership p) {
        if (!org.entente.model.PartnershipLevel.DEFAULTS.contains(p.level())) return p.level().label();
        String key = "common.level." + p.level().key();
        return I18n.tOr(key, p.level().label());
    }

    private static String flowName(org.entente.model.TradeFlow flow) {
        return switch (flow) {
            case EXPORT -> I18n.t("exchange.preview.flow.export");
            case IMPORT -> I18n.t("exchange.preview.flow.import");
            case TOTAL -> I18n.t("exchange.preview.flow.total");
        };
    }

    private static ImportResult read(Path f, ImportFormat format) {
        return Importers.read(f, format).orElseThrow(() -> new IllegalStateException(format + " is read by its own unit"));
    }

    // ---- matching against the library -------------------------------------------------------------

    // ---- preview ----------------------------------------------------------------------------------

    /** Reads the files and says what importing them would do. Writes nothing. */
    public ImportPlan preview(List<Path> files, ImportProgress progress) {
        return preview(files, GdeltFilter.NONE, progress);
    }

    /** Reads the files, GDELT files through {@code filter}, and says what importing them would do. Writes nothing. */
    public ImportPlan preview(List<Path> files, GdeltFilter filter, ImportProgress progress) {
        Problems problems = new Problems();
        List<String> formats = new ArrayList<>();
        List<Unit> units = units(files, problems, formats);
        ExistingRecords existing = new ExistingRecords(library);
        List<ImportPlan.Row> rows = new ArrayList<>();
        long[] n = new long[10];
        long[] seen = {0};
        GdeltImport gdelt = null;
        for (Unit unit : units) {
            String fileLabel = unit.format();
            if (unit.gdelt() != null) {
                if (gdelt == null) gdelt = new GdeltImport(library, existing, filter);
                gdelt.read(unit.gdelt(), problems, progress, (e, dup) -> {
                    n[dup ? 1 : 0]++;
                    if (rows.size() < ImportPlan.SAMPLE_LIMIT)
                        rows.add(new ImportPlan.Row(I18n.t("exchange.preview.kind.event"), e.title(), e.when().toString(), dup, fileLabel));
                });
                continue;
            }
            unit.replay(new ContentSink() {
                void tick() {
                    if (++seen[0] % ImportWriter.PROGRESS_EVERY == 0) {
                        if (progress.isCancelled()) throw new CancellationException("preview cancelled");
                        progress.update(seen[0], -1, I18n.t("exchange.import.progress.read", seen[0]));
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
                    row(I18n.t("exchange.preview.kind.event"), c.title(), c.when().toString(), dup);
                }

                @Override
                public void partnership(Partnership p) {
                    tick();
                    Partnership c = existing.canonical(p);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 3 : 2]++;
                    row(I18n.t("exchange.preview.kind.partnership"), I18n.t("exchange.preview.partnership", c.pairLabel(), levelName(c)),
                            c.range().toString(), dup);
                }

                @Override
                public void trade(TradeFigure t) {
                    tick();
                    TradeFigure c = existing.canonical(t);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 5 : 4]++;
                    row(I18n.t("exchange.preview.kind.trade"), I18n.t("exchange.preview.trade", c.reporter().name(), c.partner().name(),
                            flowName(c.flow()), c.valueUsd()), Integer.toString(c.year()), dup);
                }

                @Override
                public void tradeChange(org.entente.model.TradeChange t) {
                    tick();
                    org.entente.model.TradeChange c = existing.canonical(t);
                    boolean dup = existing.match(c) != null;
                    n[dup ? 5 : 4]++;
                    row(I18n.t("exchange.preview.kind.trade"), I18n.t("exchange.preview.trade-change", c.reporter().name(), c.partner().name(),
                            flowName(c.flow()), I18n.t("common.percent", (c.changePercent().signum() > 0 ? "+" : "")
                                    + I18n.decimal(c.changePercent().doubleValue(), Math.max(0, c.changePercent().scale())))),
                            Integer.toString(c.year()), dup);
                }

                @Override
                public void period(Period p) {
                    tick();
                    boolean dup = existing.match(p) != null;
                    n[dup ? 7 : 6]++;
                    row(I18n.t("exchange.preview.kind.period"), p.name(), p.when().toString(), dup);
                }
            }, problems);
        }
        progress.update(seen[0], seen[0], I18n.t("exchange.import.progress.read", seen[0]));
        ImportPlan.Counts counts = new ImportPlan.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                existing.newActors.size(), existing.newSources.size());
        return new ImportPlan(List.copyOf(files), formats, rows, counts, problems.list(), problems.errorCount(),
                gdelt == null ? null : gdelt.summary());
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
        return commit(plan, policy, false, progress);
    }

    /**
     * As {@link #commit(ImportPlan, DuplicatePolicy, ImportProgress)}; with {@code skipInvalid}, and
     * when every error is about one row or slide ({@link ImportPlan#canSkipInvalid}), the valid
     * records are imported (still in one transaction) and the rows with errors are left out.
     */
    public ImportOutcome commit(ImportPlan plan, DuplicatePolicy policy, boolean skipInvalid, ImportProgress progress) {
        if (plan.hasErrors() && !(skipInvalid && plan.canSkipInvalid())) throw new ImportRefusedException(plan.problems());
        GdeltFilter filter = plan.gdelt() == null ? GdeltFilter.NONE : plan.gdelt().filter();
        return write(plan.files(), policy, filter, skipInvalid, progress, plan.counts().total()).outcome();
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
        return importFiles(files, policy, GdeltFilter.NONE, false, progress);
    }

    /**
     * As {@link #importFiles(List, DuplicatePolicy, ImportProgress)}; with {@code skipInvalid}, rows
     * and slides with errors are left out and the rest imported in one transaction, as long as
     * every error is about one row (a whole file that cannot be read is still refused). The
     * problems of the result list the rows left out ({@link ImportPlan#invalidRows}).
     */
    public Imported importFiles(List<Path> files, DuplicatePolicy policy, boolean skipInvalid, ImportProgress progress) {
        return importFiles(files, policy, GdeltFilter.NONE, skipInvalid, progress);
    }

    /** {@link #importFiles(List, DuplicatePolicy, ImportProgress)}, GDELT files read through {@code filter}. */
    public Imported importFiles(List<Path> files, DuplicatePolicy policy, GdeltFilter filter, ImportProgress progress) {
        return importFiles(files, policy, filter, false, progress);
    }

    /** {@link #importFiles(List, DuplicatePolicy, boolean, ImportProgress)}, GDELT files read through {@code filter}. */
    public Imported importFiles(List<Path> files, DuplicatePolicy policy, GdeltFilter filter, boolean skipInvalid, ImportProgress progress) {
        try {
            return write(files, policy, filter, skipInvalid, progress, -1);
        } catch (ImportRefusedException e) {
            ImportPlan all = preview(files, filter, ImportProgress.NONE);
            throw new ImportRefusedException(all.hasErrors() ? all.problems() : e.problems());
        }
    }

    private Imported write(List<Path> files, DuplicatePolicy policy, GdeltFilter filter, boolean skipInvalid, ImportProgress progress, long total) {
        // A backup first (the import is one transaction, and SQLite cannot copy a library inside
        // one); kept only if the import changed the library, and only then are old ones rotated out.
        progress.update(0, total, I18n.t("exchange.import.progress.backup"));
        // Cancellable: at ten million events this copy alone takes most of a minute (issue #15).
        LibraryBackups.Backup before = library.backUpKeepingAll(LibraryBackups.Reason.BEFORE_IMPORT, progress::isCancelled);
        boolean changed = false;
        try {
            Imported done = writeAll(files, policy, filter, skipInvalid, progress, total);
            changed = done.read().counts().total() > 0;
            return done;
        } finally {
            if (changed) library.pruneBackups();
            else LibraryBackups.discard(before);
        }
    }

    private Imported writeAll(List<Path> files, DuplicatePolicy policy, GdeltFilter filter, boolean skipInvalid, ImportProgress progress, long total) {
        String origin = "import:" + String.join(",", files.stream().map(p -> p.getFileName().toString()).toList());
        return library.write(c -> {
            Problems problems = new Problems();
            List<String> formats = new ArrayList<>();
            List<Unit> units = units(files, problems, formats);
            if (problems.hasErrors()) throw new ImportRefusedException(problems.list());
            ExistingRecords existing = new ExistingRecords(library);
            ImportWriter w = new ImportWriter(library, existing, policy, origin, progress, total);
            GdeltImport gdelt = null;
            for (Unit unit : units) {
                w.startUnit();
                if (unit.gdelt() != null) {
                    w.flush();
                    if (gdelt == null) gdelt = new GdeltImport(library, existing, filter);
                    gdelt.write(c, unit.gdelt(), origin, skipInvalid, problems, progress, w);
                    if (problems.hasErrors() && !(skipInvalid && skippable(problems))) throw new ImportRefusedException(problems.list());
                    continue;
                }
                if (bulkEvents(unit, existing, w, origin, progress, problems, policy)) {
                    // events.csv is done; the rest of the unit's files are read as usual.
                    List<Path> rest = unit.ententeCsv().stream()
                            .filter(f -> !f.getFileName().toString().equalsIgnoreCase(EntenteCsv.EVENTS)).toList();
                    if (!rest.isEmpty()) EntenteCsvReader.stream(rest, w, problems);
                } else unit.replay(w, problems);
                if (problems.hasErrors() && !(skipInvalid && skippable(problems))) throw new ImportRefusedException(problems.list());
                w.flush();
                if (unit.bundle() != null) w.notesAndLinks(unit.bundle());
            }
            progress.update(w.done, w.done, I18n.t("exchange.import.progress.imported", w.outcome()));
            long[] n = w.counts;
            ImportPlan.Counts counts = new ImportPlan.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                    existing.newActors.size(), existing.newSources.size());
            return new Imported(new ImportPlan(List.copyOf(files), formats, List.of(), counts, problems.list(), problems.errorCount(),
                    gdelt == null ? null : gdelt.summary()), w.outcome());
        });
    }

    /** Errors that an import skipping invalid rows may leave out: each about one row, and all of them listed. */
    private static boolean skippable(Problems problems) {
        List<Problem> listed = problems.list();
        return ImportPlan.onlyRowErrors(listed) && listed.stream().filter(Problem::isError).count() == problems.errorCount();
    }

    /**
     * The new events of an events.csv go in first through the store's bulk path, pulled straight
     * from the file (a million rows are never held); the replay that follows then only counts
     * them, and handles duplicates and the other files. Problems are reported by that replay.
     */
    private boolean bulkEvents(Unit unit, ExistingRecords existing, ImportWriter w, String origin, ImportProgress progress, Problems problems,
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
            // The rows are pulled by the bulk load's reading thread, which cannot ask the library
            // while this thread holds it for the load: where duplicates are looked up in the
            // library (a big one, see ExistingRecords), they are found first, in a pass of their own.
            BitSet duplicateRows = existing.looksUpEvents() ? duplicateRows(unit, eventsCsv, existing, progress) : null;
            Iterator<Event> fresh = new LookAheadIterator<>() {
                @Override
                protected Event findNext() {
                    while (cursor.hasNext()) {
                        Event c = existing.canonical(cursor.next());
                        long row = seen[0]++;
                        boolean duplicate = duplicateRows != null ? duplicateRows.get(Math.toIntExact(row)) : existing.match(c) != null;
                        if (duplicate) duplicates[0]++;
                        if (w.addAnyway(duplicate)) return c;
                    }
                    return null;
                }
            };
            // No new event (a header-only file, or only duplicates): the bulk path, which drops and
            // rebuilds indexes, is not started, so the library is not touched.
            long inserted = !fresh.hasNext() ? 0 : library.bulkInsert(fresh, -1, origin, (phase, done, total) -> progress.update(done, total, I18n.t("exchange.import.progress.phase", phaseText(phase), done)),
                    progress::isCancelled, SEARCH_INDEXED_INLINE).events();
            boolean complete = policy != DuplicatePolicy.UPDATE || duplicates[0] == 0;
            if (!complete) return false;
            problems.addAll(passProblems.list());
            w.added += inserted;
            w.skipped += seen[0] - inserted;
            w.counts[0] += seen[0] - duplicates[0];
            w.counts[1] += duplicates[0];
            w.done += seen[0];
        } catch (IOException e) {
            // Bytes that are not UTF-8 (met when the reader is opened) or a file that cannot be read:
            // a problem like any other, and the caller rolls back.
            problems.add(CsvInput.ioProblem(eventsCsv.getFileName().toString(), 0, e));
        } finally {
            w.eventsAlreadyAdded = true;
        }
        return true;
    }


    /** Which rows of {@code eventsCsv}, counted as its cursor hands them over, match an event of the library. */
    private static BitSet duplicateRows(Unit unit, Path eventsCsv, ExistingRecords existing, ImportProgress progress) throws IOException {
        // Problems are reported by the passes that follow, which read the same rows.
        Problems ignored = new Problems();
        EntenteCsvReader reader = EntenteCsvReader.withLookups(unit.ententeCsv(), ignored);
        BitSet duplicates = new BitSet();
        try (InputStream in = Files.newInputStream(eventsCsv); Reader r = CsvInput.utf8(in);
             EntenteCsvReader.EventCursor cursor = reader.events(r, eventsCsv.getFileName().toString(), ignored)) {
            for (int row = 0; cursor.hasNext(); row++) {
                if (existing.match(cursor.next()) != null) duplicates.set(row);
                if ((row + 1) % ImportWriter.PROGRESS_EVERY == 0) {
                    if (progress.isCancelled()) throw new CancellationException("import cancelled");
                    progress.update(row + 1, -1, I18n.t("exchange.import.progress.read", row + 1));
                }
            }
        }
        return duplicates;
    }

    /** A bulk load's phase in the interface language (the store names its phases in English). */
    static String phaseText(String phase) {
        return switch (phase) {
            case org.entente.store.BulkProgress.PHASE_ROWS -> I18n.t("exchange.progress.phase.rows");
            case org.entente.store.BulkProgress.PHASE_INDEX -> I18n.t("exchange.progress.phase.index");
            default -> phase;
        };
    }
}
