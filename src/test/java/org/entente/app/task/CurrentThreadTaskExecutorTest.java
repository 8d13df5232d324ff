package org.entente.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void runsTheWorkAtOnceAndHandsTheResultToItsHandler() throws Exception {
        List<Integer> got = new ArrayList<>();
        Future<Integer> f = executor.run("Adding", () -> 40 + 2, got::add);
        assertThat(got).containsExactly(42);
        assertThat(f.isDone()).isTrue();
        assertThat(f.get()).isEqualTo(42);
        assertThat(executor.titles()).containsExactly("Adding");
        assertThat(executor.unhandledFailures()).isEmpty();
    }

    @Test
    void aFailureGoesToTheCallersHandlerAndNotToItsSuccessHandler() {
        List<Object> got = new ArrayList<>();
        Future<Object> f = executor.run("Reading", () -> { throw new IOException("disk gone"); }, got::add,
                error -> got.add("failed: " + error.getMessage()));
        assertThat(got).containsExactly("failed: disk gone");
        assertThat(executor.unhandledFailures()).isEmpty();
        assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasRootCauseMessage("disk gone");
    }

    @Test
    void aFailureWithoutAHandlerIsKeptForTheExecutorToReport() {
        executor.execute(BackgroundTask.wrap("Reading", () -> { throw new IllegalStateException("no library"); }));
        assertThat(executor.unhandledFailures()).singleElement().extracting(Throwable::getMessage).isEqualTo("no library");
    }

    @Test
    void workSeesAProgressThatIsNeverCancelled() throws Exception {
        Future<Boolean> f = executor.execute(BackgroundTask.of("Stepping", progress -> {
            progress.update(1, 2, "half way");
            return progress.isCancelled();
        }));
        assertThat(f.get()).isFalse();
    }
}
