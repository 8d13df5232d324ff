package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.app.task.TaskProgress;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network view model's read of a library stops when nobody waits for it any more: a newer read
 * (another library, an edit) replaces it, or the person leaves the view (issue #15: at ten million
 * events the read held the library for many seconds and could not be stopped).
 */
class NetworkReadStopTest {
    @TempDir Path dir;

    /** Holds tasks until the test runs them; a task learns of its future's cancel as on the app's worker pool. */
    static final class HeldTasks implements TaskExecutor {
        final List<BackgroundTask<?>> held = new ArrayList<>();
        final List<CompletableFuture<?>> futures = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public <T> Future<T> execute(BackgroundTask<T> task) {
            CompletableFuture<T> future = new CompletableFuture<>();
            held.add(task);
            futures.add(future);
            return future;
        }

        /** The network reads held, by their index among all held tasks. */
        List<Integer> reads() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) if (held.get(i).title().equals(I18n.t("network.task.load"))) out.add(i);
            return out;
        }

        @SuppressWarnings("unchecked")
        <T> void run(int index) {
            BackgroundTask<T> task = (BackgroundTask<T>) held.get(index);
            CompletableFuture<T> future = (CompletableFuture<T>) futures.get(index);
            T result;
            try {
                result = task.call(new TaskProgress() {
                    @Override
                    public void update(long done, long total, String message) {}

                    @Override
                    public boolean isCancelled() { return future.isCancelled(); }
                });
            } catch (Exception e) {
                failures.add(e);
                return;
            }
            // As the app's executor: a cancelled task's result is dropped.
            if (future.complete(result)) task.succeeded(result);
        }
    }

    static Library library(Path file, long seed, int countries) {
        Library lib = Library.open(file);
        lib.bulkInsert(new SyntheticLibrary(seed, 3_000, countries).iterator(), 3_000, "synthetic", null, null);
        return lib;
    }

    @Test
    void aNewerReadStopsTheOneRunningAndOnlyTheNewerIsShown() {
        try (Library first = library(dir.resolve("first.entente"), 1, 40); Library second = library(dir.resolve("second.entente"), 2, 12)) {
            HeldTasks tasks = new HeldTasks();
            NetworkViewModel vm = new NetworkViewModel(tasks);
            vm.load(first, null);
            vm.load(second, null);
            List<Integer> reads = tasks.reads();
            assertThat(reads).hasSize(2);
            assertThat(tasks.futures.get(reads.get(0)).isCancelled()).as("the first read is told to stop").isTrue();

            // The stopped read gives up at once and shows nothing; the newer one shows its library.
            tasks.run(reads.get(0));
            assertThat(tasks.failures).singleElement().isInstanceOf(CancellationException.class);
            assertThat(vm.hasData()).isFalse();
            tasks.run(reads.get(1));
            assertThat(vm.hasData()).isTrue();
            assertThat(vm.readStopped()).isFalse();
            // The second library's twelve countries, not the first's forty.
            assertThat(vm.actors()).hasSizeBetween(2, 12);
        }
    }

    @Test
    void leavingTheViewStopsTheReadWhichIsMadeAgainLater() {
        try (Library lib = library(dir.resolve("lib.entente"), 3, 20)) {
            HeldTasks tasks = new HeldTasks();
            NetworkViewModel vm = new NetworkViewModel(tasks);
            vm.load(lib, null);
            vm.stopReading();
            int read = tasks.reads().get(0);
            assertThat(tasks.futures.get(read).isCancelled()).isTrue();
            assertThat(vm.readStopped()).as("the view reads again when shown").isTrue();
            tasks.run(read);
            assertThat(tasks.failures).singleElement().isInstanceOf(CancellationException.class);
            assertThat(vm.hasData()).isFalse();

            vm.load(lib, null);
            assertThat(vm.readStopped()).isFalse();
            tasks.run(tasks.reads().get(1));
            assertThat(vm.hasData()).isTrue();
            // A read that has ended is let be: leaving the view then stops nothing.
            vm.stopReading();
            assertThat(vm.readStopped()).isFalse();
        }
    }
}
