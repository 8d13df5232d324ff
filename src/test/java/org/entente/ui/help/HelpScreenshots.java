package org.entente.ui.help;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a help window to target/screenshots/NAME.png, to be looked at. */
final class HelpScreenshots {
    private HelpScreenshots() {}

    static Path write(Scene scene, String name) throws Exception {
        Path out = Path.of("target/screenshots/" + name + ".png");
        Files.createDirectories(out.getParent());
        WritableImage[] img = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = scene.snapshot(null)).get(20, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
        return out;
    }
}
