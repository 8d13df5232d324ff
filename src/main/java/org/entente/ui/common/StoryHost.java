package org.entente.ui.common;

import java.util.Map;

import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * What a story needs of the main window: its whole state as a slide keeps it, the state put back,
 * and a layer above the views for the playing slide's caption. The shell implements it; the
 * story's package sees only this.
 */
public interface StoryHost {
    /** The shown view, theme, type, selection and every view's own fields ({@link AppView#captureState()}). */
    Map<String, String> captureState();

    /** Puts the window back as {@code state} says; unknown fields are passed over. */
    void restoreState(Map<String, String> state);

    /** The main window. */
    Stage stage();

    /** The shown view's drawing as shapes and text ({@link AppView#vectorDrawing()}); empty when it has none. */
    default java.util.Optional<VectorDrawing> vectorDrawing() { return java.util.Optional.empty(); }

    /** Shows {@code node} above the views (null removes what was shown). */
    void showOverlay(Node node);
}
