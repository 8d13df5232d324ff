package org.entente.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One view of the main window, shown as a tab. */
public interface AppView {
    /** Tab text, e.g. "Timeline". */
    String title();

    /** Tab icon. */
    Ikon icon();

    /** The view's node, created once. */
    Node node();

    /**
     * Called on the FX thread when a library has been opened, and again after it changed
     * ({@link AppContext#libraryVersion()}); load data with {@link AppContext#tasks()}.
     */
    void libraryOpened(AppContext context);

    /**
     * Called on the FX thread when the view's tab is selected ({@code true}, also after its first
     * {@link #libraryOpened}) and when the person turns to another tab ({@code false}): a view may
     * stop long reads nobody is looking at, and pick them up again when shown.
     */
    default void tabSelected(boolean selected) { }

    /**
     * The view's part of a story's slide: named text fields, each name starting with the view's
     * own prefix (e.g. "timeline.from"). Called on the FX thread; reads no library.
     */
    default java.util.Map<String, String> captureState() { return java.util.Map.of(); }

    /**
     * Puts the view back as a slide saved it. Fields the view does not know, and values it can no
     * longer apply (an actor since deleted), are passed over: a slide from an older or newer
     * Entente still shows what it can.
     */
    default void restoreState(java.util.Map<String, String> state) { }

    /**
     * What File › Print prints of this view: its drawing or table as shown, without the toolbars
     * and side panels around it. The whole view unless the view says otherwise.
     */
    default Node printNode() { return node(); }

    /**
     * The view's drawing as shapes and text, as it is now (a story's PDF draws it as a vector page);
     * empty when the view has no such drawing (tables, forms). On the FX thread.
     */
    default java.util.Optional<VectorDrawing> vectorDrawing() { return java.util.Optional.empty(); }
}
