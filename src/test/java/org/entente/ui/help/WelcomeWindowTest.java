package org.entente.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.ui.ShownNodes;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first run shows a welcome over the library once it is open; dismissed, it does not come back. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private AppPreferences prefs;
    private Path library;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        library = MainWindowFixture.emptyLibrary(dir, "first-run");
        prefs = new AppPreferences(Preferences.userRoot().node("org/entente/test-welcome-" + System.nanoTime()));
        fixture = MainWindowFixture.show(stage, 1280, 800);
        WelcomeWindow.showOnFirstRun(stage, fixture.context, prefs);
        fixture.open(library);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void theFirstRunExplainsTheViewsImportAndTheLibraryUntilDismissed(FxRobot robot) throws Exception {
        Node welcome = ShownNodes.shown(robot, "#welcome-window", 30);
        for (String view : new String[] {"Timeline", "Events", "Network", "Measures"})
            assertThat(robot.from(welcome).lookup(view).tryQuery()).as(view).isPresent();
        assertThat(robot.from(welcome).lookup("#welcome-formats").queryAs(Label.class).getText())
                .contains("Entente CSV", "Entente JSON bundle", "TimelineJS JSON", "TimelineJS spreadsheet (CSV)", "Timeline (.timeline)",
                        "Trade table (CSV)");
        assertThat(robot.from(welcome).lookup("#welcome-library").queryAs(Label.class).getText())
                .isEqualTo(library.toAbsolutePath().toString());
        assertThat(welcome.getScene().getWindow()).isInstanceOfSatisfying(Stage.class, s -> {
            assertThat(s.getOwner()).isSameAs(stage);
            // Entente's icon, in the sizes a desktop picks from.
            assertThat(s.getIcons()).extracting(javafx.scene.image.Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        });
        HelpScreenshots.write(welcome.getScene(), "welcome");

        ShownNodes.click(robot, "#welcome-start", 15);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !welcome.getScene().getWindow().isShowing());
        assertThat(prefs.getBoolean(WelcomeWindow.DISMISSED, false)).isTrue();

        // The next start does not show it again.
        robot.interact(() -> WelcomeWindow.showOnFirstRun(stage, fixture.context, prefs));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome-window").match(n -> n.getScene().getWindow().isShowing()).tryQuery()).isEmpty();
    }
}
