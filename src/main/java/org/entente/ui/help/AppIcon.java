package org.entente.ui.help;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Entente's icon on a window, for the title bar and the taskbar: the desktop picks the size it needs.
 * Drawn in installer/icons/entente.svg, rendered by installer/icons/render.
 */
public final class AppIcon {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {}

    /**
     * The icon in every size, loaded once, on any thread: the app's main thread loads it while the
     * FX thread builds the window (start-up, #13), and the window waits here if it gets there first.
     */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcon.class.getResourceAsStream("/org/entente/ui/icons/entente-" + size + ".png")) {
                    if (in != null) loaded.add(new Image(in));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** Gives {@code stage} Entente's icon. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
