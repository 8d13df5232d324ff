package org.entente.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.entente.i18n.I18n;

/**
 * JavaFX names its standard dialog buttons (OK, Cancel, Close, Yes, No) from its own resources,
 * which have no Vietnamese: every dialog shown while installed gets them named in the interface
 * language as it opens. A button whose text was set by its dialog keeps it.
 */
public final class StandardButtons {
    private static boolean installed;

    private StandardButtons() {}

    /** Names the standard buttons of every dialog opened from now on (on the FX thread; once is enough). */
    public static void install() {
        if (installed) return;
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) for (Window w : change.getAddedSubList()) name(w.getScene());
        });
    }

    /** Names the standard buttons of {@code scene}'s dialog, if it shows one. */
    static void name(Scene scene) {
        if (scene == null || !(scene.getRoot() instanceof DialogPane pane)) return;
        for (ButtonType type : pane.getButtonTypes()) {
            String key = key(type);
            Node node = pane.lookupButton(type);
            if (key != null && node instanceof Button button && button.getText().equals(type.getText())) button.setText(I18n.t(key));
        }
    }

    private static String key(ButtonType type) {
        if (type == ButtonType.OK) return "common.ok";
        if (type == ButtonType.CANCEL) return "common.cancel";
        if (type == ButtonType.CLOSE) return "common.close";
        if (type == ButtonType.YES) return "common.yes";
        if (type == ButtonType.NO) return "common.no";
        return null;
    }
}
