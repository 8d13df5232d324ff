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
}
