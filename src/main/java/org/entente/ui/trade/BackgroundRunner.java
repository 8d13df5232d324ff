package org.entente.ui.trade;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs work off the JavaFX thread and hands its result back on it. In the app this is the shell's
 * task runner (progress and cancel in the status bar); {@link #daemon} serves tests and tools.
 */
@FunctionalInterface
public interface BackgroundRunner {
    <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** One daemon thread per task, as a plain {@link Task}. */
    static BackgroundRunner daemon() {
        return new BackgroundRunner() {
            @Override
            public <T> void run(String title, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() throws Exception { return work.call(); }
                };
                task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
                task.setOnFailed(e -> onFailure.accept(task.getException()));
                Thread t = new Thread(task, title);
                t.setDaemon(true);
                t.start();
            }
        };
    }
}
