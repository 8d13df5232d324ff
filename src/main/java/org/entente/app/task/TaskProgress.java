package org.entente.app.task;

/**
 * What a running {@link BackgroundTask} tells the person waiting for it, and how it learns that
 * they want it stopped. Called from the worker thread; implementations are thread-safe.
 */
public interface TaskProgress {
    /** @param total the number of steps, or -1 when unknown */
    void update(long done, long total, String message);

    /** True once the task was cancelled: long work checks it between steps and stops. */
    boolean isCancelled();

    /** Nobody is watching and nothing cancels: for work run directly (command line, tests). */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() { return false; }
    };
}
