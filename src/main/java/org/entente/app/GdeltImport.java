package org.entente.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.exchange.Problems;
import org.entente.exchange.gdelt.GdeltCounts;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.exchange.gdelt.GdeltReader;
import org.entente.i18n.I18n;
import org.entente.model.Event;
import org.entente.model.EventScore;
import org.entente.model.LibraryContent;
import org.entente.store.EventScoreStore;
import org.entente.store.Library;

/**
 * The GDELT files of one import: read through the filter, their countries matched to the
 * library's (by name, else ISO code: "Việt Nam" with code VNM is GDELT's VNM), and each row kept
 * either new or a duplicate. A duplicate is a GLOBALEVENTID the library already holds, or one an
 * earlier row of this import had: it is always skipped (an event's GDELT id is unique), whatever
 * the duplicate choice for other records. New rows are written with their scores
 * ({@link EventScoreStore}) inside the import's one transaction.
 */
final class GdeltImport {
    private static final int BATCH = 500;

    private final Library library;
    private final ExistingRecords existing;
    private final GdeltFilter filter;
    private final Set<Long> seenIds = new HashSet<>();
    private GdeltCounts counts = GdeltCounts.ZERO;
    private long duplicates;

    /** A kept row as the library would store it, and whether its GDELT id is already there. */
    interface Kept {
        void row(GdeltReader.Row row, Event event, boolean duplicate);
    }

    GdeltImport(Library library, ExistingRecords existing, GdeltFilter filter) {
        this.library = library;
        this.existing = existing;
        this.filter = filter == null ? GdeltFilter.NONE : filter;
    }

    ImportPlan.Gdelt summary() { return new ImportPlan.Gdelt(filter, counts, duplicates); }

    /** Reads one file for the preview: {@code kept} hears of each row to import, duplicate or not. */
    void read(Path file, Problems problems, ImportProgress progress, java.util.function.BiConsumer<Event, Boolean> kept) {
        read(file, problems, progress, (Kept) (row, event, duplicate) -> kept.accept(event, duplicate));
    }

    private void read(Path file, Problems problems, ImportProgress progress, Kept kept) {
        // The bar follows the bytes read (rows vary in length, and how many there are is not known before the end).
        GdeltReader.Ticker ticker = (rows, bytes, totalBytes) -> {
            if (progress.isCancelled()) return false;
            progress.update(totalBytes > 0 ? bytes : rows, totalBytes > 0 ? totalBytes : -1,
                    I18n.t("exchange.gdelt.progress", rows, file.getFileName().toString()));
            return true;
        };
        counts = counts.plus(GdeltReader.read(file, filter, row -> {
            Event event = canonical(row.event());
            Long id = row.score().gdeltId();
            boolean duplicate = !seenIds.add(id) || library.scores().hasGdeltId(id);
            if (duplicate) duplicates++;
            kept.row(row, event, duplicate);
        }, problems, ticker));
    }

    /** The event with the library's actors, titled by their names ("Việt Nam – Russia: Consult"). */
    private Event canonical(Event e) {
        Event c = existing.canonical(e);
        if (c == e) return e;
        return new Event(0, GdeltReader.title(c.participants(), c.category()), c.when(), c.category(), c.participants(), c.place(),
                c.summary(), c.importance(), c.tags(), c.sources());
    }

    /**
     * Reads one file and writes its new rows with their scores, in batches, inside the caller's
     * transaction (on connection {@code c}); counts go to {@code w}, as for other formats. Nothing
     * is written once a problem is found: the caller then rolls everything back; with
     * {@code skipInvalid} the rows with errors are left out and the valid ones written.
     */
    void write(Connection c, Path file, String origin, boolean skipInvalid, Problems problems, ImportProgress progress, ImportWriter w) {
        List<Event> events = new ArrayList<>(BATCH);
        List<EventScore> scores = new ArrayList<>(BATCH);
        Runnable flush = () -> {
            if (events.isEmpty()) return;
            List<Long> ids = library.importContent(new LibraryContent(List.of(), List.of(), events, List.of(), List.of(), List.of()), origin);
            try {
                for (int i = 0; i < ids.size(); i++) EventScoreStore.save(c, ids.get(i), scores.get(i));
            } catch (SQLException e) {
                throw new org.entente.store.LibraryException(org.entente.store.LibraryException.Reason.IO, library.file(), e.getMessage(), e);
            }
            events.clear();
            scores.clear();
        };
        read(file, problems, progress, (Kept) (row, event, duplicate) -> {
            w.done++;
            if (duplicate) {
                w.counts[1]++;
                w.skipped++;
                return;
            }
            w.counts[0]++;
            if (problems.hasErrors() && !skipInvalid) return;
            events.add(event);
            scores.add(row.score());
            w.added++;
            if (events.size() >= BATCH) flush.run();
        });
        if (!problems.hasErrors() || skipInvalid) flush.run();
    }
}
