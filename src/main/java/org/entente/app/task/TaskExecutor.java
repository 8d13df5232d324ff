package org.entente.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs {@link BackgroundTask}s: the one way Entente's views and view models do database and file
 * work. The app's executor ({@code ui.common.FxTaskExecutor}) runs them on a worker pool, shows the
 * newest in the status bar and calls back on the JavaFX thread; {@link CurrentThreadTaskExecutor}
 * runs them at once, for tests of view models.
 */
public interface TaskExecutor {
    /**
     * Starts {@code task}. The returned future cancels it ({@code cancel(false)} lets a running
     * database call finish, its result then dropped) and waits for it.
     */
    <T> Future<T> execute(BackgroundTask<T> task);

    /** Runs {@code work} and hands its result to {@code onSuccess}; a failure is reported to the user. */
    default <T> Future<T> run(String title, Callable<T> work, Consumer<? super T> onSuccess) {
        return execute(BackgroundTask.wrap(title, work).onSuccess(onSuccess));
    }

    /** Like {@link #run(String, Callable, Consumer)}, with the caller handling a failure or cancel. */
    default <T> Future<T> run(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return execute(BackgroundTask.wrap(title, work).onSuccess(onSuccess).onFailure(onFailure));
    }
}
