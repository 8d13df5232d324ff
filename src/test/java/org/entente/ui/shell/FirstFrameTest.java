package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the window's first frame is built from (issue #2, start-up time): work that nothing in
 * the first frame shows waits until after it, and still happens.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private final AtomicReference<Tooltip> cancelTipAtFirstFrame = new AtomicReference<>();
    private final AtomicReference<Tooltip> libraryTipAtFirstFrame = new AtomicReference<>();
    private final AtomicReference<Boolean> firstFrameSeen = new AtomicReference<>(false);
    private final AtomicReference<List<String>> openingAtFirstFrame = new AtomicReference<>();
    private final AtomicReference<javafx.scene.image.WritableImage> firstFrameImage = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        Scene scene = stage.getScene();
        // As EntenteApp does: the library starts opening right after show(), before the first pulse.
        fixture.open(MainWindowTest.seededLibrary(dir));
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                firstFrameSeen.set(true);
                cancelTipAtFirstFrame.set(((Button) scene.lookup("#status-cancel")).getTooltip());
                libraryTipAtFirstFrame.set(((Label) scene.lookup("#status-library")).getTooltip());
                Node opening = scene.lookup(".opening-overlay");
                List<String> seen = new ArrayList<>();
                if (opening.isVisible()) {
                    for (Node n : opening.lookupAll(".label")) seen.add("label " + ((Label) n).getText());
                    for (String styleClass : List.of(".progress-indicator", ".progress-bar")) {
                        for (Node n : opening.lookupAll(styleClass)) {
                            ProgressIndicator p = (ProgressIndicator) n;
                            seen.add((p instanceof ProgressBar ? "bar" : "spinner") + (p.isIndeterminate() ? " indeterminate" : ""));
                        }
                    }
                }
                openingAtFirstFrame.set(seen);
                // What the first frame looks like, to be looked at (target/screenshots/first-frame.png).
                firstFrameImage.set(scene.snapshot(null));
            }
        });
    }

    @AfterEach
    void close() {
        fixture.closeLibrary();
    }

    @Test
    void theStatusBarsTooltipsAreAddedAfterTheFirstFrameAndFollowTheLibrary(FxRobot robot) throws Exception {
        fixture.waitForIdle(10);
        assertThat(firstFrameSeen.get()).isTrue();
        assertThat(cancelTipAtFirstFrame.get()).isNull();
        assertThat(libraryTipAtFirstFrame.get()).isNull();

        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        Label library = robot.lookup("#status-library").queryAs(Label.class);
        assertThat(cancel.getTooltip()).isNotNull();
        assertThat(cancel.getTooltip().getText()).isEqualTo("Cancel");
        assertThat(library.getTooltip()).isNotNull();
        assertThat(library.getTooltip().getText())
                .isEqualTo(fixture.context.library().file().toString())
                .isEqualTo(library.getText());
    }

    @Test
    void theFirstFrameSaysTheLibraryIsOpeningWithAnIndeterminateBarNotASpinner(FxRobot robot) throws Exception {
        fixture.waitForIdle(10);
        // The round spinner's skin (a dozen animated regions) cost the first frame noticeably.
        assertThat(openingAtFirstFrame.get()).containsExactly("label Opening the library…", "bar indeterminate");
        assertThat(robot.lookup(".opening-overlay").query().isVisible()).isFalse();
        Path out = Path.of("target", "screenshots", "first-frame.png");
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(firstFrameImage.get(), null), "png", out.toFile());
        assertThat(firstFrameImage.get().getWidth()).isEqualTo(1280);
    }
}
