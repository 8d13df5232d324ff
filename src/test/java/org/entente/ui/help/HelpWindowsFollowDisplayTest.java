package org.entente.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.ui.ShownNodes;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The help windows follow the display settings of the main window: a lecturer at 200 % type, or in
 * Present, opens Help › Keyboard Shortcuts before a class and reads it at the same size, in the same theme.
 */
@ExtendWith(ApplicationExtension.class)
class HelpWindowsFollowDisplayTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        Path library = MainWindowFixture.emptyLibrary(dir, "help-display");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(library);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    private static double fontSize(FxRobot robot, Node window, String query) {
        return robot.from(window).lookup(query).queryAs(Label.class).getFont().getSize();
    }

    @Test
    void shortcutsAndAboutShowAtTheChosenTypeSizeAndThemeAndFollowChanges(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        // At 100 %: the size of the FXML.
        ShownNodes.click(robot, "#view-tabs", 15);
        robot.type(KeyCode.F1);
        Node normal = ShownNodes.shown(robot, "#shortcuts-window", 15);
        double normalTitle = fontSize(robot, normal, ".help-title");
        double normalWidth = normal.getScene().getWindow().getWidth();
        ShownNodes.click(robot, "#shortcuts-close", 15);

        // View › Type Size › 200 % and View › Dark Theme, as a user chooses them.
        ShownNodes.clickInSubmenu(robot, "#menu-view", "Type Size", "200 %");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.context.effectiveTypeScale().get() == 200);
        ShownNodes.click(robot, "View", 15);
        ShownNodes.click(robot, "Dark Theme", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.context.theme().get() == org.entente.ui.common.Theme.DARK);

        ShownNodes.click(robot, "#view-tabs", 15);
        robot.type(KeyCode.F1);
        Node large = ShownNodes.shown(robot, "#shortcuts-window", 15);
        assertThat(fontSize(robot, large, ".help-title")).as("the title at 200 %%").isEqualTo(normalTitle * 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(large.getScene().getRoot().getStyleClass()).contains("dark", "type-200");
        Window shortcuts = large.getScene().getWindow();
        assertThat(shortcuts.getWidth()).as("opens wider with larger type").isGreaterThan(normalWidth * 1.3);
        assertThat(shortcuts.getWidth()).as("no wider than the main window").isLessThanOrEqualTo(fixture.window.stage().getWidth());

        // Back to 100 % while it is open: it follows at once.
        robot.interact(() -> fixture.context.typeScale().set(100));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(fontSize(robot, large, ".help-title") - normalTitle) < 0.5);
        // Present's large type raises it again.
        robot.interact(() -> fixture.context.largeType().set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fontSize(robot, large, ".help-title") > normalTitle * 1.4);
        assertThat(large.getScene().getRoot().getStyleClass()).contains("large-type");
        ShownNodes.click(robot, "#shortcuts-close", 15);

        ShownNodes.click(robot, "Help", 15);
        ShownNodes.click(robot, "About Entente", 15);
        Node about = ShownNodes.shown(robot, "#about-window", 15);
        assertThat(fontSize(robot, about, ".help-title")).isGreaterThan(normalTitle * 1.4);
        assertThat(about.getScene().getRoot().getStyleClass()).contains("dark", "large-type");
        ShownNodes.click(robot, "#about-close", 15);
        robot.interact(() -> fixture.context.largeType().set(false));
    }
}
