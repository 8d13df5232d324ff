package org.entente.ui.story;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.Slide;
import org.entente.ui.common.Fxml;

/**
 * The presenter's view while a story plays: the slide's notes, the next slide's title, the time
 * and how long the story has been playing. With a second screen it fills the laptop's screen while
 * the slides play full screen on the other ({@link ScreenChoice}); the keys that step the story work
 * here too.
 */
final class PresenterWindow {
    /** The time of day as the interface's language writes it (14:05 in both English and Vietnamese). */
    private final DateTimeFormatter clockFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(I18n.locale());
    private final Stage stage = new Stage();
    private final List<Slide> slides;
    // From PresenterWindow.fxml.
    @FXML private VBox root;
    @FXML private Label current, next, clock;
    @FXML private TextArea notes;
    private final Instant started = Instant.now();
    private final Timeline ticking;

    PresenterWindow(Window owner, List<Slide> slides, Consumer<KeyEvent> keys) {
        this.slides = slides;
        stage.initOwner(owner);
        stage.setTitle(I18n.t("story.presenter.title"));
        Fxml.load(PresenterWindow.class.getResource("PresenterWindow.fxml"), this);
        Scene scene = new Scene(root, 720, 480);
        scene.getStylesheets().add(PresenterWindow.class.getResource("stories.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::accept);
        stage.setScene(scene);
        ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> ticking.stop()); // closed by its own X while the story plays on
        tick();
    }

    /**
     * Shows the window: filling {@code laptop} (a screen's visual bounds) when the slides are on
     * another screen, else as a window of its own size over the slides.
     */
    void show(Rectangle2D laptop) {
        if (laptop != null) {
            stage.setX(laptop.getMinX());
            stage.setY(laptop.getMinY());
            stage.setWidth(laptop.getWidth());
            stage.setHeight(laptop.getHeight());
        }
        stage.show();
        ticking.play();
    }

    Stage stage() { return stage; }

    void show(int index) {
        Slide slide = slides.get(index);
        current.setText((index + 1) + " / " + slides.size() + "  " + slide.title());
        notes.setText(slide.notes().isEmpty() ? I18n.t("story.presenter.no-notes") : slide.notes());
        next.setText(index + 1 < slides.size() ? I18n.t("story.presenter.next", slides.get(index + 1).title()) : I18n.t("story.presenter.last"));
    }

    void close() {
        ticking.stop();
        stage.close();
    }

    private void tick() {
        Duration d = Duration.between(started, Instant.now());
        clock.setText(LocalTime.now().format(clockFormat) + "  ·  " + String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart()));
    }
}
