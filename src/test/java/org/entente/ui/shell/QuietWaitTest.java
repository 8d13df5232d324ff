package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What --measure-startup and the screenshots wait for: quiet measured in wall time, with a frame laid
 * out since. Counting polls instead ended the wait at once after the FX thread had stalled (the
 * animation runs every poll it missed in one pulse), before the last task's result was drawn.
 */
@ExtendWith(ApplicationExtension.class)
class QuietWaitTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("quiet")), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aStallOfTheFxThreadDoesNotCountAsQuiet() throws Exception {
        CompletableFuture<Long> settledAt = new CompletableFuture<>();
        long[] stallEnded = {0};
        Platform.runLater(() -> {
            QuietWait.until(scene, () -> true, 400, 1200, () -> settledAt.complete(System.nanoTime()),
                    () -> settledAt.completeExceptionally(new AssertionError("timed out")));
            // The FX thread is held (a loaded machine, a long pass of CSS): the poll's cycles pile up.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(900);
            while (System.nanoTime() < until) Thread.onSpinWait();
            stallEnded[0] = System.nanoTime();
        });
        long at = settledAt.get(30, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(at - stallEnded[0])).as("ms of quiet after the stall").isGreaterThanOrEqualTo(400);
    }

    @Test
    void itWaitsWhileTheConditionDoesNotHold() throws Exception {
        CompletableFuture<Long> settledAt = new CompletableFuture<>();
        boolean[] busy = {true};
        long[] freed = {0};
        Platform.runLater(() -> QuietWait.until(scene, () -> !busy[0], 200, 1200, () -> settledAt.complete(System.nanoTime()),
                () -> settledAt.completeExceptionally(new AssertionError("timed out"))));
        // Busy for a while, then quiet: the wait ends only 200 ms after the condition began to hold.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(settledAt).isNotDone();
        Platform.runLater(() -> {
            busy[0] = false;
            freed[0] = System.nanoTime();
        });
        long at = settledAt.get(30, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toMillis(at - freed[0])).isGreaterThanOrEqualTo(200);
    }
}
