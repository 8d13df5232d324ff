package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.app.task.TaskProgress;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's set-up of a library that was closed before its task ran (the user opened another
 * library meanwhile) fails; that failure is not the new library's and must not be shown over it.
 */
class StaleTimelineLoadTest {
    @TempDir Path dir;

    /** Holds tasks until the test runs them, in the order it chooses. */
    static final class HeldTasks implements TaskExecutor {
        final List<BackgroundTask<?>> held = new ArrayList<>();

        @Override
        public <T> Future<T> execute(BackgroundTask<T> task) {
            held.add(task);
            return new CompletableFuture<>();
        }

        <T> void run(BackgroundTask<T> task) {
            T result;
            try {
                result = task.call(TaskProgress.NONE);
            } catch (Exception e) {
                task.failed(e);
                return;
            }
            task.succeeded(result);
        }
    }

    @Test
    void theFailedSetUpOfALibraryClosedMeanwhileSaysNothingOverTheLibraryOpenNow() {
        Library first = TimelineTestLibrary.create(dir.resolve("first.entente"));
        Library second = TimelineTestLibrary.create(dir.resolve("second.entente"));
        try {
            HeldTasks tasks = new HeldTasks();
            TimelineViewModel vm = new TimelineViewModel(tasks);
            vm.open(first);
            vm.open(second);
            first.close();
            assertThat(tasks.held).hasSize(2);
            // The second library's set-up ends first, then the first library's fails (closed).
            tasks.run(tasks.held.get(1));
            String shown = vm.statusProperty().get();
            assertThat(vm.items()).isNotEmpty();
            tasks.run(tasks.held.get(0));
            assertThat(vm.statusProperty().get()).isEqualTo(shown).doesNotContain("Could not read");
            assertThat(vm.items()).isNotEmpty();
        } finally {
            second.close();
        }
    }
}
