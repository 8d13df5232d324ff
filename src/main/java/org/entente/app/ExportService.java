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
import org.entente.model.Event;
import org.entente.model.EventLink;
import org.entente.model.LibraryContent;
import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.store.Library;
import org.entente.store.Prefetcher;

/**
 * Exports the library in any {@link ExportFormat}. Output is written next to the target and moved
 * into place at the end, so a failed or cancelled export never leaves a half-written file where
 * the person asked for one. Events are streamed from the store for the CSV export, so a library
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

    public ExportOutcome export(ExportFormat format, Path target, ImportProgress progress) throws IOException {
        Path abs = target.toAbsolutePath();
        OpenLibraryFiles.refuseAsExportTarget(abs);
        Path parent = abs.getParent();
        if (parent != null) Files.createDirectories(parent);
        Path temp = parent == null ? Path.of(abs + ".partial") : parent.resolve("." + abs.getFileName() + ".partial");
        deleteRecursively(temp);
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
            if (format.writesFolder() && Files.isDirectory(abs)) {
                // Replace the export files inside an existing folder, leaving other files alone.
                try (Stream<Path> files = Files.list(temp)) {
                    for (Path f : files.toList()) Files.move(f, abs.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.delete(temp);
            } else {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            return new ExportOutcome(format, abs, n);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(temp);
            if (e instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        }
    }

    private long csv(Path folder, ImportProgress progress) throws IOException {
        EntenteCsvWriter w = new EntenteCsvWriter(folder);
        w.writeActors(library.actors().all());
        w.writeSources(library.sources().all());
        long total = library.counts().events();
        long[] n = {0};
        // The library is read on a second thread while this one formats and writes the rows.
        try (EntenteCsvWriter.EventRows rows = w.events();
             Prefetcher<Event, Event> events = Prefetcher.ofPush(sink -> library.events().forEach(sink), e -> e, "entente-export-reader")) {
            while (events.hasNext()) {
                rows.write(events.next());
                if (++n[0] % PROGRESS_EVERY == 0) {
                    if (progress.isCancelled()) throw new CancellationException("export cancelled");
                    progress.update(n[0], total, "Exported " + n[0] + " of " + total + " events");
                }
            }
        }
        var partnerships = library.partnerships().all();
        var trade = library.trade().all();
        w.writePartnerships(partnerships);
        w.writeTrade(trade);
        progress.update(total, total, "Exported " + total + " events");
        return n[0] + partnerships.size() + trade.size();
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
                library.partnerships().all(), library.trade().all(), library.periods().all());
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
        String title = library.info("title").orElse(null);
        return new Bundle(title, null, content, keys, notes, links);
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
