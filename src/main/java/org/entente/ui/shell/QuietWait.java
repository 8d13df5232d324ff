package org.entente.ui.shell;

import java.util.function.BooleanSupplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Waits on the FX thread until a condition (no task running, the library open, a view ready) has
 * held for a span of wall time and a frame of the scene has been laid out since it began to hold:
 * what the start-up measurement and the screenshots wait for, so that the last task's result is on
 * screen. Quiet is measured in wall time, not in polls: after the FX thread stalls (a loaded
 * machine), an animation runs every poll it missed in one pulse, which once ended a start before
 * the timeline had drawn its events.
 */
final class QuietWait {
    private static final Duration POLL = Duration.millis(100);

    private QuietWait() { }

    /**
     * Runs {@code then} once {@code quiet} has held for {@code spanMillis} and a frame has been laid
     * out since, or {@code timedOut} after {@code maxPolls} polls of 100 ms.
     */
    static void until(Scene scene, BooleanSupplier quiet, long spanMillis, int maxPolls, Runnable then, Runnable timedOut) {
        long[] frames = {0};
        Runnable countFrames = () -> frames[0]++;
        scene.addPostLayoutPulseListener(countFrames);
        long[] quietSince = {-1}, framesAtQuiet = {0};
        int[] polls = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> {
            polls[0]++;
            long now = System.nanoTime();
            if (!quiet.getAsBoolean()) quietSince[0] = -1;
            else if (quietSince[0] < 0) {
                quietSince[0] = now;
                framesAtQuiet[0] = frames[0];
                Platform.requestNextPulse();
            }
            boolean settled = quietSince[0] >= 0 && now - quietSince[0] >= spanMillis * 1_000_000L && frames[0] > framesAtQuiet[0];
            if (settled || polls[0] > maxPolls) {
                poll.stop();
                scene.removePostLayoutPulseListener(countFrames);
                (settled ? then : timedOut).run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
