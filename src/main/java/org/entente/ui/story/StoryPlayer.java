package org.entente.ui.story;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.entente.model.Slide;
import org.entente.ui.common.StoryHost;

/**
 * Plays a story's slides full screen in the main window: the arrow keys, Page Up/Down (what
 * presenter clickers send), Space and Backspace step; Home and End jump; Esc leaves and puts the
 * window back as it was before playing. A caption names the slide and where it is in the story.
 * With the presenter view and two screens, the slides play full screen on the screen the window was
 * not on and the presenter view fills the window's screen ({@link ScreenChoice}); with one screen the
 * slides stay on it and the presenter view is a window over them.
 */
public final class StoryPlayer {
    private final StoryHost host;
    private final List<Slide> slides;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final Label title = new Label();
    private final Label place = new Label();
    private final StackPane caption = new StackPane();
    private final EventHandler<KeyEvent> keys = this::key;
    private Map<String, String> before;
    private boolean wasFullScreen;
    private KeyCombination exitKey;
    private PresenterWindow presenter;
    /** Where the window was before it moved to the slides' screen; null when it did not move. */
    private Rectangle2D movedFrom;
    private boolean wasMaximized;
    private final javafx.beans.value.ChangeListener<Boolean> leftFullScreen = (o, was, now) -> {
        if (!now) stop();
    };

    public StoryPlayer(StoryHost host, List<Slide> slides) {
        if (slides.isEmpty()) throw new IllegalArgumentException("a story needs a slide to play");
        this.host = host;
        this.slides = List.copyOf(slides);
        title.getStyleClass().add("story-caption-title");
        title.setId("story-caption-title");
        place.getStyleClass().add("story-caption-place");
        place.setId("story-caption-place");
        VBox box = new VBox(2, title, place);
        box.getStyleClass().add("story-caption");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        caption.getChildren().add(box);
        caption.setPickOnBounds(false);
        caption.setMouseTransparent(true);
        StackPane.setAlignment(box, Pos.BOTTOM_CENTER);
        caption.getStylesheets().add(StoryPlayer.class.getResource("stories.css").toExternalForm());
    }

    /** Starts full screen at slide {@code first}; with {@code presenterView}, the notes, the next slide and a clock in a window of their own. */
    public void play(int first, boolean presenterView) { play(first, presenterView, true); }

    /** As {@link #play(int, boolean)}; without {@code fullScreen} the window keeps its size (the screenshot command's shot). */
    public void play(int first, boolean presenterView, boolean fullScreen) {
        Stage stage = host.stage();
        before = host.captureState();
        wasFullScreen = stage.isFullScreen();
        exitKey = stage.getFullScreenExitKeyCombination();
        // Esc is the player's: it leaves the story and the full screen together.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        // With a presenter view and two screens, the slides go to the screen the window is not on (the projector).
        Rectangle2D laptop = null;
        movedFrom = null;
        if (presenterView && fullScreen) {
            List<Screen> screens = Screen.getScreens();
            Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
            var placement = ScreenChoice.choose(screens.stream().map(Screen::getBounds).toList(), window);
            if (placement.isPresent()) {
                laptop = screens.get(placement.get().laptop()).getVisualBounds();
                Rectangle2D projector = screens.get(placement.get().slides()).getVisualBounds();
                movedFrom = window;
                wasMaximized = stage.isMaximized();
                stage.setMaximized(false);
                stage.setX(projector.getMinX());
                stage.setY(projector.getMinY());
                stage.setWidth(Math.min(window.getWidth(), projector.getWidth()));
                stage.setHeight(Math.min(window.getHeight(), projector.getHeight()));
            }
        }
        if (fullScreen) stage.setFullScreen(true);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        // No field keeps the focus it had: the keys step the story until one is clicked into.
        stage.getScene().getRoot().requestFocus();
        host.showOverlay(caption);
        // Full screen left some other way (the window manager's key, the OS): the story ends with it.
        if (fullScreen) stage.fullScreenProperty().addListener(leftFullScreen);
        if (presenterView) {
            presenter = new PresenterWindow(stage, slides, this::key);
            presenter.show(laptop);
        }
        playing.set(true);
        show(Math.max(0, Math.min(first, slides.size() - 1)));
    }

    /** The next slide; at the last, stays. */
    public void next() { if (index.get() < slides.size() - 1) show(index.get() + 1); }

    /** The previous slide; at the first, stays. */
    public void previous() { if (index.get() > 0) show(index.get() - 1); }

    /** Leaves the story: the window as it was before playing. */
    public void stop() {
        if (!playing.get()) return;
        Stage stage = host.stage();
        stage.fullScreenProperty().removeListener(leftFullScreen);
        stage.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        host.showOverlay(null);
        if (presenter != null) presenter.close();
        presenter = null;
        host.restoreState(before);
        stage.setFullScreen(wasFullScreen);
        if (movedFrom != null) {
            stage.setX(movedFrom.getMinX());
            stage.setY(movedFrom.getMinY());
            stage.setWidth(movedFrom.getWidth());
            stage.setHeight(movedFrom.getHeight());
            stage.setMaximized(wasMaximized);
            movedFrom = null;
        }
        stage.setFullScreenExitKeyCombination(exitKey);
        stage.setFullScreenExitHint(null);
        playing.set(false);
        index.set(-1);
    }

    /** The slide shown, from 0; -1 when not playing. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    private void show(int i) {
        Slide slide = slides.get(i);
        index.set(i);
        host.restoreState(slide.state());
        title.setText(slide.title());
        place.setText(I18n.t(i == slides.size() - 1 ? "story.player.place.last" : "story.player.place", Integer.toString(i + 1),
                Integer.toString(slides.size())));
        if (presenter != null) presenter.show(i);
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        // Typing in a field of the window (a search while presenting) keeps its keys; clickers' Page keys and Esc still step and leave.
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl field && field.isEditable() && code != KeyCode.PAGE_DOWN
                && code != KeyCode.PAGE_UP && code != KeyCode.ESCAPE) return;
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> show(0);
            case END -> show(slides.size() - 1);
            case ESCAPE -> stop();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
