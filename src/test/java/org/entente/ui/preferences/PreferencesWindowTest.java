package org.entente.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.ui.CutTexts;
import org.entente.ui.ShownNodes;
import org.entente.ui.common.Theme;
import org.entente.ui.common.TypeScale;
import org.entente.ui.help.Shortcuts;
import org.entente.ui.help.WelcomeWindow;
import org.entente.ui.shell.EntenteApp;
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
 * Edit › Preferences… (issue #14), used as a person would: opened from the Edit menu or with
 * Shortcut+Comma, its theme and type size change the main window at once and the View menu agrees,
 * its number of backups to keep is written to the library, the welcome can be had at the next
 * start again, and Esc closes it.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Path library;

    @Start
    void start(Stage stage) {
        library = MainWindowFixture.emptyLibrary(dir, "prefs");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(library);
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            EntenteApp.applyTheme(Theme.LIGHT);
            fixture.context.theme().set(Theme.LIGHT);
            fixture.context.typeScale().set(TypeScale.NORMAL);
            return null;
        });
        fixture.closeLibrary();
    }

    @Test
    void theEditMenusPreferencesSetTheThemeTheTypeSizeAndTheBackupsToKeep(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Library open = fixture.context.library();
        assertThat(open.keepBackups()).isEqualTo(LibraryBackups.DEFAULT_KEEP);
        robot.clickOn("#menu-edit");
        ShownNodes.click(robot, "Preferences…", 15);
        Node window = ShownNodes.shown(robot, "#preferences-window", 15);
        // the library's number, read in the background
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> keepShown(robot)) == LibraryBackups.DEFAULT_KEEP
                && fixture.context.tasks().idleProperty().get());

        // the theme: the main window turns dark, and the View menu ticks Dark Theme
        ShownNodes.click(robot, "#prefs-theme", 15);
        ShownNodes.click(robot, "Dark Theme", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> fixture.window.root().getStyleClass().contains("dark")));
        assertThat(fixture.context.theme().get()).isEqualTo(Theme.DARK);
        assertThat(fx(() -> ((RadioMenuItem) menuItem("menu-theme-dark")).isSelected())).isTrue();
        assertThat(fx(() -> window.getStyleClass().contains("dark"))).isTrue();

        // the type size: the main window's type at 200 %, the View menu ticks 200 %
        ShownNodes.click(robot, "#prefs-type-size", 15);
        ShownNodes.click(robot, "200 %", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> fixture.window.root().getStyleClass().contains("type-200")));
        assertThat(fixture.context.typeScale().get()).isEqualTo(200);
        assertThat(fx(() -> ((RadioMenuItem) menuItem("menu-type-200")).isSelected())).isTrue();

        // and the other way: the View menu's choice shows in the window
        fx(() -> {
            menuItem("menu-theme-high-contrast").fire();
            return null;
        });
        assertThat(fx(() -> robot.lookup("#prefs-theme").queryComboBox().getValue())).isEqualTo(Theme.HIGH_CONTRAST);

        // how many backups to keep: three down from 10 with the arrow key, written to the library
        ShownNodes.click(robot, "#prefs-keep-backups .text-field", 15);
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> open.keepBackups() == 7);

        // the welcome at the next start: shown until dismissed (a fresh run here), then asked for again
        assertThat(WelcomeWindow.showsAtNextStart(fixture.prefs())).isTrue();
        assertThat(fx(() -> robot.lookup("#prefs-welcome").queryAs(CheckBox.class).isSelected())).isTrue();
        ShownNodes.click(robot, "#prefs-welcome", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WelcomeWindow.showsAtNextStart(fixture.prefs()));
        ShownNodes.click(robot, "#prefs-welcome", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WelcomeWindow.showsAtNextStart(fixture.prefs()));

        // Esc closes it
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !window.getScene().getWindow().isShowing()));
    }

    @Test
    void shortcutCommaOpensItAndTheKeyboardShortcutsListIt(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        ShownNodes.click(robot, "#view-tabs", 15);
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        Node window = ShownNodes.shown(robot, "#preferences-window", 15);
        String keys = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Comma").getDisplayText();
        assertThat(fx(() -> Shortcuts.of((MenuBar) fixture.window.root().getTop()))).contains(new Shortcuts.Shortcut("Edit › Preferences…", keys));
        ShownNodes.click(robot, "#prefs-close", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !window.getScene().getWindow().isShowing()));
    }

    /**
     * At the largest type size, light and dark, in a 1280×800 main window: nothing in the window is
     * cut short and it fits the main window. Writes target/screenshots/preferences-300-light.png and
     * -dark.png, to be looked at.
     */
    @Test
    void atTheLargestTypeSizeNothingIsCutShort(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        int largest = TypeScale.STEPS.get(TypeScale.STEPS.size() - 1);
        fx(() -> {
            fixture.context.typeScale().set(largest);
            return null;
        });
        robot.clickOn("#menu-edit");
        ShownNodes.click(robot, "Preferences…", 15);
        Node window = ShownNodes.shown(robot, "#preferences-window", 15);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> window.getStyleClass().contains("type-" + largest)));
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            fx(() -> {
                EntenteApp.applyTheme(theme);
                fixture.context.theme().set(theme);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fixture.context.tasks().idleProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> CutTexts.under(window, Set.of()))).isEmpty();
            // every control wholly inside the window (the Close button at the bottom too)
            for (String id : List.of("#prefs-theme", "#prefs-type-size", "#prefs-language", "#prefs-welcome", "#prefs-keep-backups", "#prefs-close")) {
                Node node = robot.lookup(id).query();
                javafx.geometry.Bounds b = fx(() -> node.localToScene(node.getLayoutBounds()));
                assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(fx(() -> window.getScene().getWidth()));
                assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(fx(() -> window.getScene().getHeight()));
            }
            Window stage = window.getScene().getWindow();
            assertThat(fx(stage::getWidth)).isLessThanOrEqualTo(1280);
            assertThat(fx(stage::getHeight)).isLessThanOrEqualTo(800);
            Path out = Path.of("target/screenshots/preferences-" + largest + "-" + theme.key() + ".png");
            Files.createDirectories(out.getParent());
            WritableImage image = fx(() -> window.getScene().snapshot(null));
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !window.getScene().getWindow().isShowing()));
    }

    private static int keepShown(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> keep = robot.lookup("#prefs-keep-backups").queryAs(javafx.scene.control.Spinner.class);
        return keep.getValue();
    }

    private MenuItem menuItem(String id) {
        for (Menu m : ((MenuBar) fixture.window.root().getTop()).getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) return found;
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) return item;
            if (item instanceof Menu sub && find(sub, id) != null) return find(sub, id);
        }
        return null;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
