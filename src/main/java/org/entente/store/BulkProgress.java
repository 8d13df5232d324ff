package org.entente.store;

/**
 * Progress of a long store operation such as a bulk insert, reported from the working thread.
 * A UI forwards it to a task's {@code updateProgress}/{@code updateMessage}; the store knows no UI.
 */
@FunctionalInterface
public interface BulkProgress {
    /** Reports no progress. */
    /** The phases a bulk load reports, by these names; the app words them in the user's language. */
    String PHASE_ROWS = "Adding events";
    String PHASE_INDEX = "Indexing dates";

    BulkProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done, for a status line ("Adding events", "Indexing dates")
     * @param done  units done in this phase
     * @param total units in this phase, or -1 when not known in advance
     */
    void update(String phase, long done, long total);
}
