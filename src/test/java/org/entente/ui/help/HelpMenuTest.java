package org.entente.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.entente.ui.ShownNodes;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help › Keyboard Shortcuts lists the real accelerators; Help › About names the version, library and licences. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Path library;

    @Start
    void start(Stage stage) {
        library = MainWindowFixture.emptyLibrary(dir, "help");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(library);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    /** Every menu item with an accelerator, walked here independently of Shortcuts. */
    private static List<String> acceleratedItems(List<MenuItem> items, String path) {
        List<String> out = new ArrayList<>();
        for (MenuItem item : items) {
            if (item instanceof Menu m) out.addAll(acceleratedItems(m.getItems(), path + " › " + m.getText()));
            else if (item.getAccelerator() != null) out.add(path + " › " + item.getText() + " = " + item.getAccelerator().getDisplayText());
        }
        return out;
    }

    @Test
    void keyboardShortcutsListsEveryMenuAccelerator(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        ShownNodes.click(robot, "Help", 15);
        ShownNodes.click(robot, "Keyboard Shortcuts", 15);
        Node window = ShownNodes.shown(robot, "#shortcuts-window", 15);
        TableView<?> table = robot.from(window).lookup("#shortcuts-table").queryAs(TableView.class);
        List<String> shown = table.getItems().stream().map(o -> (Shortcuts.Shortcut) o).map(s -> s.command() + " = " + s.keys()).toList();

        MenuBar bar = (MenuBar) fixture.window.root().getTop();
        List<String> expected = new ArrayList<>();
        for (Menu m : bar.getMenus()) expected.addAll(acceleratedItems(m.getItems(), m.getText()));
        assertThat(shown).containsExactlyElementsOf(expected);
        String ctrl = javafx.scene.input.KeyCombination.keyCombination("Shortcut+O").getDisplayText().replace("O", "");
        assertThat(shown).contains("File › Open Library… = " + ctrl + "O", "Edit › New Event… = " + ctrl + "N",
                "View › Present (full screen, large type) = " + javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+P").getDisplayText(),
                "Help › Keyboard Shortcuts = F1");
        assertThat(shown.size()).isGreaterThan(15);
        HelpScreenshots.write(window.getScene(), "keyboard-shortcuts");
        ShownNodes.click(robot, "#shortcuts-close", 15);

        // F1, as the list says, opens it again.
        ShownNodes.click(robot, "#view-tabs", 15);
        robot.type(KeyCode.F1);
        ShownNodes.shown(robot, "#shortcuts-window", 15);
        ShownNodes.click(robot, "#shortcuts-close", 15);
    }

    @Test
    void aboutShowsTheVersionTheLibraryAndTheLicenceOfEveryBundledLibrary(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        ShownNodes.click(robot, "Help", 15);
        ShownNodes.click(robot, "About Entente", 15);
        Node window = ShownNodes.shown(robot, "#about-window", 15);
        assertThat(robot.from(window).lookup("#about-version").queryAs(Label.class).getText()).startsWith("Entente ");
        assertThat(robot.from(window).lookup("#about-library").queryAs(Label.class).getText()).isEqualTo(library.toAbsolutePath().toString());
        assertThat(robot.from(window).lookup("#about-log").queryAs(Label.class).getText()).endsWith("entente.0.log");
        TableView<?> table = robot.from(window).lookup("#about-bundled").queryAs(TableView.class);
        List<AboutWindow.Bundled> rows = table.getItems().stream().map(o -> (AboutWindow.Bundled) o).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.licence()).isNotBlank());
        String names = String.join("\n", rows.stream().map(AboutWindow.Bundled::name).toList());
        for (String artifact : runtimeDependencies())
            assertThat(names).as("Help › About names the bundled %s", artifact).contains(artifact);
        assertThat(names).contains("Starter library");
        HelpScreenshots.write(window.getScene(), "about");
        ShownNodes.click(robot, "#about-close", 15);
    }

    /** The artifactIds of pom.xml's dependencies that are not test-scoped: what the app ships. */
    static List<String> runtimeDependencies() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String deps = pom.substring(pom.indexOf("</dependencyManagement>"), pom.indexOf("<build>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>").matcher(deps);
        while (m.find()) {
            if (m.group(1).contains("<scope>test</scope>")) continue;
            Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(m.group(1));
            if (a.find()) out.add(a.group(1));
        }
        assertThat(out).contains("sqlite-jdbc", "javafx-controls", "jfreechart");
        return out;
    }
}
