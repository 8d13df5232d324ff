package org.entente.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.entente.exchange.EntenteCsvWriter;
import org.entente.exchange.GephiCsv;
import org.entente.exchange.TimelineJs;
import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleKeys;
import org.entente.exchange.bundle.BundleLink;
import org.entente.exchange.bundle.BundleNote;
import org.entente.exchange.bundle.BundleWriter;
import org.entente.exchange.graph.GexfWriter;
import org.entente.exchange.graph.GraphMlWriter;
import org.entente.i18n.I18n;
import org.entente.model.Event;
import org.entente.model.EventLink;
import org.entente.model.LibraryContent;
import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.Utf8Event;
import org.entente.store.Library;
import org.entente.store.Prefetcher;

/**
 * Exports the library in any {@link ExportFormat}. Output is written next to the target and moved
 * into place at the end, so a failed or cancelled export never leaves a half-written file where
 * the person asked for one; a folder export replaces an existing export folder as a whole, and
 * what a killed export left beside its target is cleared by the next export there. Events are streamed from the store for the CSV export, so a library
 * of a million events exports in constant memory. Used by File › Export… and {@code entente export}.
 */
public final class ExportService {
    private static final int PROGRESS_EVERY = 10_000;

    private final Library library;

    public ExportService(Library library) {
        this.library = library;
    }

    /** What was written. */
    public record ExportOutcome(ExportFormat format, Path target, long records) {}

    /** Runs between the two renames that swap an export folder; tests stand a kill there. */
    static volatile Runnable betweenRenames = () -> {};

    public ExportOutcome export(ExportFormat format, Path target, ImportProgress progress) throws IOException {
        Path abs = target.toAbsolutePath();
        OpenLibraryFiles.refuseAsExportTarget(abs);
        Path parent = abs.getParent();
        if (parent == null) throw new IOException(I18n.t("exchange.export.no-folder", abs));
        Files.createDirectories(parent);
        tidy(abs, ExportService::isAlive);
        Path temp = hiddenSibling(abs, PARTIAL);
        try {
            long n = switch (format) {
                case CSV -> csv(temp, progress);
                case GEPHI_CSV -> {
                    var ps = library.partnerships().all();
                    GephiCsv.write(library.actors().all(), ps, temp);
                    yield ps.size();
                }
                default -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                        yield single(format, out, progress);
                    }
                }
            };
            if (progress.isCancelled()) throw new CancellationException("export cancelled");
            if (format.writesFolder() && Files.isDirectory(abs)) swapFolder(temp, abs);
            else Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            return new ExportOutcome(format, abs, n);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(temp);
            if (e instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        }
    }

    // ---- temporary files beside the target -------------------------------------------------------

    /** A folder being written. */
    private static final String PARTIAL = "partial";
    /** A complete folder export, about to take the target's name. */
    private static final String READY = "ready";
    /** The export folder it replaces, until the new one has its name. */
    private static final String OLD = "old";

    /** {@code .NAME.KIND-PID-N} beside {@code target}: hidden, and saying which process made it. */
    private static Path hiddenSibling(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Replaces an export folder as a whole: the person's other files are linked into the new
     * folder, which is then marked ready (one rename), and the two folders change places (two
     * renames). Whenever a kill comes, the target holds the old export or the new one, or (between
     * the two renames) the new one waits complete under its ready name for {@link #tidy}; it
     * never holds new events.csv beside old sources.csv.
     */
    private static void swapFolder(Path temp, Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target)) {
            for (Path p : entries.toList()) {
                Path copy = temp.resolve(p.getFileName().toString());
                if (!Files.exists(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) linkTree(p, copy);
            }
        }
        Path ready = hiddenSibling(target, READY);
        Files.move(temp, ready, StandardCopyOption.ATOMIC_MOVE);
        Path old = hiddenSibling(target, OLD);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        betweenRenames.run();
        try {
            Files.move(ready, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(ready);
            throw e;
        }
        deleteRecursively(old);
    }

    /** Hard links of {@code from}'s files at {@code to} (copies where links cannot be made). */
    private static void linkTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to);
            try (Stream<Path> entries = Files.list(from)) {
                for (Path p : entries.toList()) linkTree(p, to.resolve(p.getFileName().toString()));
            }
            return;
        }
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Clears what exports to {@code target} left behind in processes that are gone (killed, or
     * the machine stopped): a complete new folder whose swap was cut short takes the target's
     * name (or the old one goes back, if there is no new one), and everything else is removed.
     * Files of a process still running are left to it.
     */
    static void tidy(Path target, java.util.function.LongPredicate alive) {
        Path parent = target.toAbsolutePath().getParent();
        String stem = "." + target.getFileName() + ".";
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(stem) + "(partial|ready|old)-(\\d+)(?:-\\d+)?");
        List<Path> ready = new ArrayList<>(), old = new ArrayList<>(), rest = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.toList()) {
                var m = name.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    pid = -1;
                }
                if (pid > 0 && alive.test(pid)) continue;
                (m.group(1).equals(READY) ? ready : m.group(1).equals(OLD) ? old : rest).add(p);
            }
            for (Path p : ready) {
                if (!Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                else rest.add(p);
            }
            for (Path p : old) {
                if (!Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                else rest.add(p);
            }
            for (Path p : rest) deleteRecursively(p);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(ExportService.class.getName())
                    .fine(() -> "Could not tidy beside " + target + ": " + e.getMessage());
        }
    }

    private long csv(Path folder, ImportProgress progress) throws IOException {
        EntenteCsvWriter w = new EntenteCsvWriter(folder);
        w.writeActors(library.actors().all());
        w.writeSources(library.sources().all());
        long total = library.counts().events();
        long[] n = {0};
        // The library is read on a second thread while this one makes the events (SQLite's stepping
        // is the larger half) and formats and writes the rows; the long texts go from the library
        // to the file as UTF-8, never decoded.
        try (EntenteCsvWriter.EventRows rows = w.events();
             Prefetcher<Supplier<Utf8Event>, Supplier<Utf8Event>> events = Prefetcher.ofPush(sink -> library.events().forEachUtf8(sink),
                     e -> e, "entente-export-reader")) {
            while (events.hasNext()) {
                rows.write(events.next().get());
                if (++n[0] % PROGRESS_EVERY == 0) {
                    if (progress.isCancelled()) throw new CancellationException("export cancelled");
                    progress.update(n[0], total, I18n.t("exchange.export.progress.events-of", n[0], total));
                }
            }
        }
        var partnerships = library.partnerships().all();
        var trade = library.trade().all();
        var changes = library.trade().changes();
        w.writePartnerships(partnerships);
        w.writeTrade(trade, changes);
        progress.update(total, total, I18n.t("exchange.export.progress.events", total));
        return n[0] + partnerships.size() + trade.size() + changes.size();
    }

    private long single(ExportFormat format, OutputStream out, ImportProgress progress) throws IOException {
        switch (format) {
            case BUNDLE -> {
                Bundle b = bundle();
                BundleWriter.write(b, out);
                return b.content().size();
            }
            case TIMELINEJS -> {
                List<Event> events = allEvents();
                var periods = library.periods().all();
                TimelineJs.write(library.file().getFileName().toString().replaceFirst("\\.[^.]*$", ""), events, periods, out);
                return events.size() + periods.size();
            }
            case GEXF -> {
                var ps = library.partnerships().all();
                GexfWriter.write(ps, out);
                return ps.size();
            }
            case GRAPHML -> {
                var inForce = library.partnerships().asOf(LocalDate.now().toEpochDay());
                GraphMlWriter.writePartnerships(library.actors().all(), inForce, Map.of(), out);
                return inForce.size();
            }
            case CSL_JSON, BIBTEX -> {
                var sources = CitationService.allSources(library);
                CitationService.write(sources, format == ExportFormat.CSL_JSON ? CitationService.Format.CSL_JSON : CitationService.Format.BIBTEX, out);
                return sources.size();
            }
            default -> throw new IllegalArgumentException(format + " is written to a folder");
        }
    }

    private List<Event> allEvents() {
        List<Event> events = new ArrayList<>();
        library.events().forEach(events::add);
        return events;
    }

    /** The whole library as a bundle: records, notes on events and links between events. */
    Bundle bundle() {
        List<Event> events = allEvents();
        LibraryContent content = new LibraryContent(library.actors().all(), library.sources().all(), events,
                library.partnerships().all(), library.trade().all(), library.periods().all(), library.trade().changes());
        List<String> keys = BundleKeys.eventKeys(events);
        Map<Long, String> keyById = new HashMap<>();
        for (int i = 0; i < events.size(); i++) keyById.put(events.get(i).id(), keys.get(i));
        List<BundleNote> notes = new ArrayList<>();
        for (Note n : library.notes().all())
            if (n.target().kind() == RecordKind.EVENT && keyById.containsKey(n.target().id()))
                notes.add(BundleNote.of(keyById.get(n.target().id()), n));
        List<BundleLink> links = new ArrayList<>();
        for (EventLink l : library.links().all())
            if (keyById.containsKey(l.fromEventId()) && keyById.containsKey(l.toEventId()))
                links.add(new BundleLink(keyById.get(l.fromEventId()), keyById.get(l.toEventId()), l.kind()));
        List<org.entente.model.Story> stories = new ArrayList<>();
        for (org.entente.model.Story story : library.stories().all()) {
            List<org.entente.model.Slide> slides = new ArrayList<>();
            for (org.entente.model.Slide slide : story.slides()) {
                Map<String, String> state = new java.util.TreeMap<>(slide.state());
                String id = state.remove(Bundle.SELECTION_FIELD);
                String key = id == null ? null : keyById.get(parseId(id));
                if (key != null) state.put(Bundle.SELECTION_FIELD, key);
                slides.add(slide.withState(state));
            }
            stories.add(new org.entente.model.Story(0, story.title(), slides));
        }
        String title = library.info("title").orElse(null);
        return new Bundle(title, null, content, keys, notes, links, stories);
    }

    /** A slide's selected event id, or null when the text is not one (the event was deleted or never was). */
    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
