package org.entente.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one way Entente runs background work: database and file work in {@link Task}s on a small
 * pool of daemon threads, the newest running task shown in the status bar with its progress and a
 * cancel button, failures reported to the user.
 */
public final class TaskRunner {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "entente-task");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper(this, "idle", true);
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Throwable> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");

    /** Runs {@code work} in the background and hands its result to {@code onSuccess} on the FX thread. */
    public <T> Task<T> run(String title, Callable<T> work, Consumer<T> onSuccess) {
        return run(title, work, onSuccess, null);
    }

    /**
     * Like {@link #run(String, Callable, Consumer)}, with the caller telling the user of a failure
     * ({@code onFailure} on the FX thread) instead of the shell's error dialog. A cancel (from the
     * status bar) reaches {@code onFailure} too, as a {@link java.util.concurrent.CancellationException}.
     */
    public <T> Task<T> run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        if (onFailure != null) {
            task.setOnFailed(e -> onFailure.accept(task.getException()));
            task.setOnCancelled(e -> onFailure.accept(new java.util.concurrent.CancellationException(title + ": cancelled")));
        }
        return run(task);
    }

    /** Runs a prepared task; its progress and title show in the status bar while it is the newest. */
    public <T> Task<T> run(Task<T> task) {
        if (running.getAndIncrement() == 0) setIdle(false);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                if (state == Worker.State.FAILED) {
                    Throwable error = task.getException();
                    LOG.log(Level.WARNING, "Task failed: " + task.getTitle(), error);
                    // A task with its own failure handler tells the user itself.
                    if (task.getOnFailed() == null) lastFailure.set(error);
                }
                if (current.get() == task) current.set(null);
                if (running.decrementAndGet() == 0) idle.set(true);
            }
        });
        current.set(task);
        executor.submit(task);
        return task;
    }

    private void setIdle(boolean value) {
        if (Platform.isFxApplicationThread()) idle.set(value);
        else Platform.runLater(() -> idle.set(value));
    }

    /** True when no task is running (tests and the screenshot command wait for it). */
    public ReadOnlyBooleanProperty idleProperty() { return idle.getReadOnlyProperty(); }

    /** The newest running task, shown in the status bar. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() { return current.getReadOnlyProperty(); }

    /** Marks the last failure as shown, so that the next one is reported even if it is equal. */
    public void clearFailure() { lastFailure.set(null); }

    /** Tells the user of a failure through the shell's error dialog (FX thread). */
    public void reportFailure(Throwable error) { lastFailure.set(error); }

    /** The last failure, shown to the user by the shell. */
    public ReadOnlyObjectProperty<Throwable> lastFailureProperty() { return lastFailure.getReadOnlyProperty(); }

    public void shutdown() { executor.shutdownNow(); }
}
