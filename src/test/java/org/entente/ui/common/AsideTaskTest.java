package org.entente.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.entente.app.task.BackgroundTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work aside (the daily backup, minutes long at ten million events, issue #15) is shown and
 * cancellable like any task, but neither takes one of the views' two threads nor keeps the executor
 * from being idle, which the screenshot command and a story's export wait for.
 */
@ExtendWith(ApplicationExtension.class)
class AsideTaskTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final CountDownLatch releaseAside = new CountDownLatch(1), releaseViews = new CountDownLatch(1);

    @Start
    void start(Stage stage) { /* the toolkit only: the executor calls back on its thread */ }

    @AfterEach
    void release() {
        releaseAside.countDown();
        releaseViews.countDown();
        tasks.shutdown();
    }

    /** Reads {@code what} on the FX thread, after the events queued before it. */
    private static <T> T onFx(java.util.concurrent.Callable<T> what) throws Exception {
        return WaitForAsyncUtils.asyncFx(what).get(30, TimeUnit.SECONDS);
    }

    private static Void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        return null;
    }

    @Test
    void workAsideLeavesTheViewsTheirThreadsAndTheExecutorIdle() throws Exception {
        CountDownLatch asideRuns = new CountDownLatch(1);
        Future<Void> aside = tasks.execute(BackgroundTask.of("Daily backup", progress -> {
            asideRuns.countDown();
            return await(releaseAside);
        }).aside());
        assertThat(asideRuns.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> tasks.currentProperty().get() != null
                && "Daily backup".equals(tasks.currentProperty().get().getTitle())));
        assertThat(onFx(tasks.idleProperty()::get)).as("idle with only work aside running, shown in the status bar").isTrue();

        // Two reads of the views at once: on a pool of two shared with the backup, the second would wait for it.
        CountDownLatch bothRun = new CountDownLatch(2);
        for (String title : new String[] {"Timeline", "Network"})
            tasks.execute(BackgroundTask.of(title, progress -> {
                bothRun.countDown();
                return await(releaseViews);
            }));
        assertThat(bothRun.await(30, TimeUnit.SECONDS)).as("both views' reads run beside the backup").isTrue();
        assertThat(onFx(tasks.idleProperty()::get)).as("busy while the views read").isFalse();

        releaseViews.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(tasks.idleProperty()::get));
        assertThat(aside.isDone()).as("idle again while the backup still runs").isFalse();
        assertThat(onFx(() -> tasks.currentProperty().get() == null ? null : tasks.currentProperty().get().getTitle()))
                .as("the backup is back in the status bar, to be cancelled there, once the views' reads have ended").isEqualTo("Daily backup");

        aside.cancel(true);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, aside::isDone);
        assertThat(aside.isCancelled()).isTrue();
    }
}
