package org.entente.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;

/**
 * Runs a test's set-up work (creating and seeding a library) on a thread of its own when it is
 * called on the JavaFX thread, as TestFX's {@code @Start} methods are: the tests run with
 * {@code -Dentente.strictThreads=true}, under which a library used on the UI thread throws, so
 * that the app's own code is held to the rule that no database work happens there.
 */
public final class OffFxThread {
    private OffFxThread() {}

    public static <T> T call(Callable<T> work) {
        try {
            if (!Platform.isFxApplicationThread()) return work.call();
            FutureTask<T> task = new FutureTask<>(work);
            Thread thread = new Thread(task, "test set-up, off the FX thread");
            thread.setDaemon(true);
            thread.start();
            return task.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("test set-up took over 5 minutes", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
