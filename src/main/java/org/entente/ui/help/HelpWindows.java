package org.entente.ui.help;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;

/** Makes the help windows' stages (their layouts are FXML files beside their classes, loaded by {@code ui.common.Fxml}). */
final class HelpWindows {
    private HelpWindows() {}

    /** A window owned by {@code owner} (it stays above the main window and closes with it), not modal. */
    static Stage stage(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(HelpWindows.class.getResource("help.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) stage.close();
        });
        stage.setScene(scene);
        AppIcon.apply(stage);
        return stage;
    }

    /** The running build's version, from the jar's manifest; a build from the source tree has none. */
    static String version() {
        String v = HelpWindows.class.getPackage().getImplementationVersion();
        return v == null ? I18n.t("shell.about.development-build") : v;
    }
}
