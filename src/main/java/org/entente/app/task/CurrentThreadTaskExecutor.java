package org.entente.app.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Runs each task at once on the calling thread and calls its handlers there: view models are
 * tested with plain JUnit, no JavaFX thread and no waiting. Failures without a handler are kept
 * in {@link #unhandledFailures()} (a test can assert there are none).
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final List<String> titles = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T> Future<T> execute(BackgroundTask<T> task) {
        titles.add(task.title());
        T result;
        try {
            result = task.call(TaskProgress.NONE);
        } catch (Exception e) {
            if (!task.failed(e)) unhandled.add(e);
            return CompletableFuture.failedFuture(e);
        }
        task.succeeded(result);
        return CompletableFuture.completedFuture(result);
    }

    /** The titles of the tasks run so far, in order. */
    public List<String> titles() { return Collections.unmodifiableList(titles); }

    public List<Throwable> unhandledFailures() { return Collections.unmodifiableList(unhandled); }
}
