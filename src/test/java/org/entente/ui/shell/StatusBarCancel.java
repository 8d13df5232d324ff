package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's Cancel, clicked as a person would, for the task a test means. */
final class StatusBarCancel {
    private StatusBarCancel() {}

    /**
     * Waits until the status bar shows the task titled {@code title} and {@code ready} holds (both
     * checked on the FX thread), clicks Cancel, and checks that this task, not one begun meanwhile,
     * was the one cancelled.
     */
    static void cancel(FxRobot robot, MainWindowFixture fixture, String title, BooleanSupplier ready) throws Exception {
        AtomicReference<Task<?>> shown = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Task<?> current = fixture.context.tasks().currentProperty().get();
            shown.set(current);
            return current != null && title.equals(current.getTitle()) && ready.getAsBoolean();
        }).get());
        robot.clickOn("#status-cancel");
        assertThat(WaitForAsyncUtils.asyncFx(() -> shown.get().getState()).get()).as("the task cancelled: " + title)
                .isEqualTo(Worker.State.CANCELLED);
    }
}
