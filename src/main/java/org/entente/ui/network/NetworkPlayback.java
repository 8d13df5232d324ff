package org.entente.ui.network;

import java.time.LocalDate;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/**
 * The time slider's state: the date shown within the library's span, and play, pause and step by
 * a month or a year. Playing from the last date starts again at the first; playing stops at the
 * last.
 */
final class NetworkPlayback {
    /** How long each date shows while playing. */
    private static final Duration FRAME = Duration.millis(900);

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<LocalDate> firstDate = new SimpleObjectProperty<>(this, "firstDate", LocalDate.now().minusYears(10));
    private final ObjectProperty<LocalDate> lastDate = new SimpleObjectProperty<>(this, "lastDate", LocalDate.now());
    private final ObjectProperty<NetworkViewModel.Step> step = new SimpleObjectProperty<>(this, "step", NetworkViewModel.Step.YEAR);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** Made when first played: an animation needs the JavaFX toolkit, which the command line's replay does without. */
    private Timeline player;

    NetworkPlayback() {
        playing.addListener((o, was, on) -> {
            if (on) {
                if (!date.get().isBefore(lastDate.get())) date.set(firstDate.get());
                if (player == null) {
                    player = new Timeline(new KeyFrame(FRAME, e -> stepForward()));
                    player.setCycleCount(Timeline.INDEFINITE);
                }
                player.play();
            } else if (player != null) {
                player.stop();
            }
        });
    }

    /** A new span (a library read): the slider's ends. */
    void span(LocalDate first, LocalDate last) {
        firstDate.set(first);
        lastDate.set(last);
    }

    /** A date moved into the span. */
    LocalDate within(LocalDate day) {
        if (day.isBefore(firstDate.get())) return firstDate.get();
        if (day.isAfter(lastDate.get())) return lastDate.get();
        return day;
    }

    void stepForward() {
        LocalDate next = step.get() == NetworkViewModel.Step.YEAR ? date.get().plusYears(1) : date.get().plusMonths(1);
        if (next.isAfter(lastDate.get())) {
            date.set(lastDate.get());
            playing.set(false);
        } else {
            date.set(next);
        }
    }

    void stepBack() {
        LocalDate prev = step.get() == NetworkViewModel.Step.YEAR ? date.get().minusYears(1) : date.get().minusMonths(1);
        date.set(prev.isBefore(firstDate.get()) ? firstDate.get() : prev);
    }

    ObjectProperty<LocalDate> date() { return date; }
    ObjectProperty<LocalDate> firstDate() { return firstDate; }
    ObjectProperty<LocalDate> lastDate() { return lastDate; }
    ObjectProperty<NetworkViewModel.Step> step() { return step; }
    BooleanProperty playing() { return playing; }
}
