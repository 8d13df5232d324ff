package org.entente.ui.help;

import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;


/** Loads the help windows' FXML layouts (beside this class) with their controllers, and makes their stages. */
final class HelpWindows {
    private HelpWindows() {}

    static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(HelpWindows.class.getResource(fxml));
        loader.setController(controller);
        // Texts written "%key" in the file come from the interface language's bundles.
        loader.setResources(I18n.fxmlBundle());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

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
