package org.entente.app;

/**
 * Where a long import stands, and whether the person wants it stopped. The UI adapts it to a
 * JavaFX {@code Task}; the command line to a no-op. Implementations must be thread-safe: it is
 * called from the worker thread.
 */
public interface ImportProgress {
    /** @param total the number of steps, or -1 when unknown */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** The progress of the background task the import or export runs in. */
    static ImportProgress of(org.entente.app.task.TaskProgress task) {
        return new ImportProgress() {
            @Override
            public void update(long done, long total, String message) { task.update(done, total, message); }

            @Override
            public boolean isCancelled() { return task.isCancelled(); }
        };
    }

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() { return false; }
    };
}
