package org.entente.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.app.task.TaskProgress;

/**
 * The app's {@link TaskExecutor}: each {@link BackgroundTask} runs as a JavaFX {@link Task} on a
 * small pool of daemon threads, the newest running task shown in the status bar with its progress
 * and a cancel button, its handlers called on the FX thread, failures without a handler reported
 * to the user.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "entente-task");
        t.setDaemon(true);
        return t;
    });
    /** Work beside the views ({@link BackgroundTask#aside()}): one thread, so that it never takes one of the views'. */
    private final ExecutorService asideExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-aside");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    /** The tasks running, oldest first; guarded by itself. */
    private final java.util.ArrayDeque<Task<?>> live = new java.util.ArrayDeque<>();
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(this, "idle", true);
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task) { return submit(task); }

    /**
     * Starts {@code background} and returns the JavaFX {@link Task} that runs it, for a view that
     * binds a progress bar or a message to it. Its handlers run on the FX thread; a cancel (from
     * the status bar) reaches a failure handler as a {@link CancellationException}.
     */
    public <T> Task<T> submit(BackgroundTask<T> background) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(background.title());
                updateProgress(-1, 1);
                return background.call(new TaskProgress() {
                    @Override
                    public void update(long done, long total, String message) {
                        if (total < 0) updateProgress(-1, 1);
                        else updateProgress(done, total);
                        if (message != null) updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() { return isTaskCancelled(); }
                });
            }

            private boolean isTaskCancelled() { return isCancelled(); }
        };
        task.setOnSucceeded(e -> background.succeeded(task.getValue()));
        if (background.hasFailureHandler()) {
            task.setOnFailed(e -> background.failed(task.getException()));
            task.setOnCancelled(e -> background.failed(new CancellationException(org.entente.i18n.I18n.t("shell.task.cancelled", background.title()))));
        }
        return run(task, background.isAside());
    }

    /**
     * Runs a task; its progress and title show in the status bar while it is the newest. Work
     * {@code aside} runs on its own thread and leaves {@link #idleProperty()} as it is.
     */
    private <T> Task<T> run(Task<T> task, boolean aside) {
        // A window replaced by another (View › Language) may still ask for work as it lets go: it is
        // cancelled, not an error.
        if (executor.isShutdown()) {
            task.cancel();
            return task;
        }
        if (!aside && running.getAndIncrement() == 0) setIdle(false);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                if (state == Worker.State.FAILED) {
                    Throwable error = task.getException();
                    LOG.log(Level.WARNING, "Task failed: " + task.getTitle(), error);
                    // A task with its own failure handler tells the user itself.
                    if (task.getOnFailed() == null) lastFailure.set(error);
                }
                // The newest task still running takes its place in the status bar: a minutes-long backup
                // stays there, cancellable, after the views' short reads that began during it have ended.
                Task<?> newest;
                synchronized (live) {
                    live.remove(task);
                    newest = live.peekLast();
                }
                if (current.get() == task) current.set(newest);
                if (!aside && running.decrementAndGet() == 0) idle.set(true);
            }
        });
        synchronized (live) {
            live.addLast(task);
        }
        current.set(task);
        (aside ? asideExecutor : executor).submit(task);
        return task;
    }

    private void setIdle(boolean value) {
        if (Platform.isFxApplicationThread()) idle.set(value);
        else Platform.runLater(() -> idle.set(value));
    }

    /** True when no task is running but work {@linkplain BackgroundTask#aside() aside} (tests and the screenshot command wait for it). */
    public ReadOnlyBooleanProperty idleProperty() { return idle.getReadOnlyProperty(); }

    /** The newest running task, shown in the status bar. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() { return current.getReadOnlyProperty(); }

    /** Marks the last failure as shown, so that the next one is reported even if it is equal. */
    public void clearFailure() { lastFailure.set(null); }

    /** Tells the user of a failure through the shell's error dialog (FX thread). */
    public void reportFailure(Throwable error) { lastFailure.set(error); }

    /** The last failure, shown to the user by the shell. */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() { return lastFailure.getReadOnlyProperty(); }

    public void shutdown() {
        executor.shutdownNow();
        asideExecutor.shutdownNow();
    }
}
