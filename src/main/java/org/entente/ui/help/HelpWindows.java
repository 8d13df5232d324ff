package org.entente.ui.help;

import javafx.geometry.Dimension2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppStyles;

/** Makes the help windows' stages (their layouts are FXML files beside their classes, loaded by {@code ui.common.Fxml}). */
final class HelpWindows {
    private HelpWindows() {}

    /**
     * A window owned by {@code owner} (it stays above the main window and closes with it), not modal.
     * It follows {@code context}'s theme and type size, Present's large type included, as the main
     * window does (a lecturer opens Help › Keyboard Shortcuts in front of a class), and opens larger
     * with larger type so that what fits at 100 % still fits.
     */
    static Stage stage(Window owner, String title, Parent root, AppContext context) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(title);
        if (root instanceof Region region) {
            if (region.getPrefWidth() > 0) {
                // The FXML's size is the size at 100 % type; a computed height (the welcome's) grows by itself.
                boolean fixedHeight = region.getPrefHeight() > 0;
                Dimension2D size = AppStyles.windowSize(region.getPrefWidth(), fixedHeight ? region.getPrefHeight() : 1, owner, context);
                region.setPrefWidth(size.getWidth());
                if (fixedHeight) region.setPrefHeight(size.getHeight());
            }
            // Never squeezed below its height in the scroll pane below: squeezed, wrapped lines turned into one line and an ellipsis.
            region.setMinHeight(Region.USE_PREF_SIZE);
        }
        // In a scroll pane, and no taller than the main window: at 200 % type on a 1280×800 projector
        // the welcome is taller than the screen, and its "Start exploring" would be out of reach.
        ScrollPane frame = new ScrollPane(root);
        frame.setFitToWidth(true);
        frame.setFitToHeight(true);
        frame.getStyleClass().add("help-frame");
        AppStyles.follow(frame, context);
        Scene scene = new Scene(frame);
        scene.getStylesheets().addAll(AppStyles.main(), HelpWindows.class.getResource("help.css").toExternalForm());
        // A scroll pane asks its content for a height at no particular width, which for wrapped
        // text is one long line each: ask at the width the content will have, with its CSS applied.
        frame.applyCss();
        double width = root.prefWidth(-1);
        frame.setPrefViewportWidth(width);
        // No taller than the main window (as AppStyles.windowSize keeps the other windows) or the screen.
        double most = owner != null && owner.getHeight() > 0 ? owner.getHeight() * 0.95 : Screen.getPrimary().getVisualBounds().getHeight();
        frame.setPrefViewportHeight(Math.min(root.prefHeight(width), most));
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
