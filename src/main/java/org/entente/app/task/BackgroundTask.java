package org.entente.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of work to run off the UI thread, described without JavaFX (after JabRef's
 * {@code BackgroundTask}): a title for the status bar, the work itself, and what to do with its
 * result. A {@link TaskExecutor} runs it: the app's on a worker pool with callbacks on the JavaFX
 * thread, {@link CurrentThreadTaskExecutor} at once on the calling thread (tests, tools).
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {
    /** The work; it may report progress and should stop early once {@link TaskProgress#isCancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure;
    private boolean aside;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Work that reports progress and checks for a cancel. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) { return new BackgroundTask<>(title, work); }

    /** Work that runs in one go. */
    public static <T> BackgroundTask<T> wrap(String title, Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(title, progress -> work.call());
    }

    /** Receives the result on the UI thread. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler == null ? result -> {} : handler;
        return this;
    }

    /**
     * Receives a failure, or a {@link java.util.concurrent.CancellationException} after a cancel,
     * on the UI thread, instead of the executor telling the user. Without one, failures go to the
     * executor's error report and a cancel is silent.
     */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /**
     * Marks this as work beside the views (a daily backup): shown in the status bar and
     * cancellable like any task, but run on a thread of its own and not waited for by those who
     * wait for the views to settle (the screenshot command, a story's export), so that minutes of
     * copying a large library hold up neither the views' reads nor them.
     */
    public BackgroundTask<T> aside() {
        this.aside = true;
        return this;
    }

    /** Whether this is work beside the views ({@link #aside()}). */
    public boolean isAside() { return aside; }

    public String title() { return title; }

    /** Runs the work on the calling thread (executors call this on their worker). */
    public T call(TaskProgress progress) throws Exception { return work.call(progress); }

    public void succeeded(T result) { onSuccess.accept(result); }

    /** Whether the caller handles failures itself. */
    public boolean hasFailureHandler() { return onFailure != null; }

    /** Hands a failure or cancel to the caller's handler; returns false when there is none. */
    public boolean failed(Throwable error) {
        if (onFailure == null) return false;
        onFailure.accept(error);
        return true;
    }
}
