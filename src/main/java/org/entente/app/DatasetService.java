package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.entente.exchange.Problem;
import org.entente.exchange.UnVotesReader;
import org.entente.i18n.I18n;
import org.entente.store.BulkLoadResult;
import org.entente.store.Library;

/**
 * The datasets shipped with the app, which a user may add to a library as a whole and remove
 * again: for now the UN General Assembly votes (docs/un-votes.md).
 */
public final class DatasetService {
    /** A dataset shipped with the app. */
    public enum Dataset {
        UN_VOTES("un-votes", "/org/entente/datasets/un-votes/");

        private final String key;
        private final String resourceFolder;

        Dataset(String key, String resourceFolder) {
            this.key = key;
            this.resourceFolder = resourceFolder;
        }

        public String key() { return key; }

        /** The dataset's name in the interface's language: "UN General Assembly votes". */
        public String label() {
            return switch (this) {
                case UN_VOTES -> I18n.t("exchange.dataset.un-votes");
            };
        }

        public static Optional<Dataset> byKey(String key) {
            String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
            for (Dataset d : values()) if (d.key.equals(k)) return Optional.of(d);
            return Optional.empty();
        }
    }

    /** What adding a dataset did. */
    public record Added(Dataset dataset, long events, long votes, double seconds) { }

    /** The shipped dataset could not be read: names the file, line and field of each problem. */
    public static final class DatasetException extends RuntimeException {
        public DatasetException(String message) { super(message); }
    }

    private final Library library;

    public DatasetService(Library library) { this.library = library; }

    public boolean holds(Dataset dataset) { return library.datasets().holds(dataset.key()); }

    /** Reads the shipped UN votes from the app's resources. */
    public static UnVotesReader.Result readUnVotes() {
        return UnVotesReader.read(name -> {
            InputStream in = DatasetService.class.getResourceAsStream(Dataset.UN_VOTES.resourceFolder + name);
            if (in == null) throw new IOException(I18n.t("exchange.dataset.no-resource", Dataset.UN_VOTES.resourceFolder + name));
            return in;
        });
    }

    /**
     * Adds {@code dataset} to the library in one transaction (all or nothing), reporting progress;
     * a cancel leaves the library as it was and throws {@link java.util.concurrent.CancellationException}.
     *
     * @throws IllegalStateException when the library holds it already
     */
    public Added add(Dataset dataset, ImportProgress progress) {
        long started = System.nanoTime();
        if (holds(dataset)) throw new IllegalStateException(I18n.t("exchange.dataset.held-already", dataset.label()));
        progress.update(-1, -1, I18n.t("exchange.dataset.progress.reading", dataset.label()));
        UnVotesReader.Result read = readUnVotes();
        if (!read.ok()) {
            throw new DatasetException(I18n.t("exchange.dataset.unreadable", dataset.label(), read.problems().stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).limit(5).map(DatasetService::describe)
                    .collect(Collectors.joining("; "))));
        }
        if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("cancelled; nothing was added");
        BulkLoadResult result = library.datasets().add(dataset.key(), read.events(),
                (phase, done, total) -> progress.update(done, total, I18n.t("exchange.dataset.progress.phase", ImportService.phaseText(phase), dataset.label())), progress::isCancelled);
        return new Added(dataset, result.events(), read.votes(), (System.nanoTime() - started) / 1e9);
    }

    /** Removes {@code dataset} as a whole; the number of events removed (0 when it was not there). */
    public long remove(Dataset dataset) {
        return library.datasets().remove(dataset.key());
    }

    /** The datasets this library holds. */
    public List<Dataset> held() {
        return library.datasets().held().stream().map(Dataset::byKey).flatMap(Optional::stream).toList();
    }

    /** A problem with its place, as the import preview shows it, without marking warnings (only errors are listed). */
    static String describe(Problem p) {
        return p.location().isEmpty() ? p.message() : I18n.t("exchange.problem.where-what", p.location(), p.message());
    }
}
