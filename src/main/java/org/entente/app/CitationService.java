package org.entente.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.exchange.Citations;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.Source;
import org.entente.store.Library;

/**
 * Sources as citations for a reference manager: those cited by chosen events, or every source
 * of the library, written as BibTeX or CSL-JSON (formats in {@link Citations}).
 */
public final class CitationService {
    private CitationService() {}

    /** The citation formats, with their usual file extension. */
    public enum Format {
        BIBTEX("BibTeX", "bib"),
        CSL_JSON("CSL-JSON", "json");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() { return label; }

        public String extension() { return extension; }

        @Override
        public String toString() { return label; }
    }

    /** The sources the events cite, each once, in the order of the events and their citations. */
    public static List<Source> sourcesOfEvents(Library library, Collection<Long> eventIds) {
        Map<Long, Source> out = new LinkedHashMap<>();
        for (long id : eventIds) {
            Event e = library.events().byId(id).orElse(null);
            if (e == null) continue;
            for (Citation c : e.sources()) out.putIfAbsent(c.source().id(), c.source());
        }
        return new ArrayList<>(out.values());
    }

    /** Every source of the library. */
    public static List<Source> allSources(Library library) { return library.sources().all(); }

    /** The sources as text in {@code format} (for the clipboard). */
    public static String format(List<Source> sources, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(sources, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the sources to {@code file} in {@code format}, UTF-8. All or nothing: the text goes
     * to a temporary file next to it that replaces {@code file} only once complete.
     */
    public static void write(List<Source> sources, Format format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        OpenLibraryFiles.refuseAsExportTarget(target);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(sources, format, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the sources to {@code out} in {@code format}, UTF-8 (also File › Export… of the whole library). */
    static void write(List<Source> sources, Format format, OutputStream out) throws IOException {
        if (format == Format.CSL_JSON) {
            Citations.writeCslJson(sources, out);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Citations.writeBibTeX(sources, w);
            w.flush();
        }
    }
}
