package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.entente.store.Library;
import org.entente.ui.ShownNodes;
import org.entente.ui.common.TypeScale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's frame from MainWindow.fxml: its menus and tabs are where they were, and the
 * frame's own items do what they say when clicked through the menus as a person would (a handler
 * or fx:id mistyped in the file fails when the window is built).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFrameTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800).open(MainWindowTest.seededLibrary(dir));
    }

    @AfterEach
    void close() {
        Library lib = fixture.context.library();
        if (lib != null) lib.close();
    }

    @Test
    void theFramesMenusAndTabsAreWhereTheyWere() throws Exception {
        fixture.waitForIdle(60);
        MenuBar bar = (MenuBar) fixture.window.root().getTop();
        assertThat(bar.getMenus().stream().map(Menu::getId).toList())
                .containsExactly("menu-file", "menu-edit", "menu-view", "menu-story", "menu-help"); // Story is put in by ui.story
        assertThat(fixture.window.tabs().getId()).isEqualTo("view-tabs");
        assertThat(fixture.window.tabs().getTabs().stream().map(Tab::getId).toList())
                .containsExactly("tab-timeline", "tab-events", "tab-network", "tab-measures");
        Menu file = bar.getMenus().get(0);
        // Save a Copy (from the file), then Print (put in by code), then Quit last, as before; the
        // feature packages put their items (Import, Export, Backup, …) in between
        var fileIds = file.getItems().stream().map(i -> i.getId() == null ? "" : i.getId()).toList();
        assertThat(fileIds).containsSubsequence("menu-save-copy", "menu-print");
        assertThat(file.getItems().get(file.getItems().size() - 1).getText()).isEqualTo("Quit");
        Menu view = bar.getMenus().get(2);
        assertThat(view.getItems().get(0).getId()).isEqualTo("menu-theme-light");
        assertThat(view.getItems().stream().map(i -> i.getId() == null ? "" : i.getId()).toList())
                .containsSubsequence("menu-theme-high-contrast", "menu-type-size", "menu-spotlight", "menu-focus", "menu-link-views");
    }

    @Test
    void theFramesItemsWorkFromTheMenus(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        var context = fixture.context;

        // View › Type Size › Larger (Smaller and Normal Size by their keys: PresentationAidsTest)
        ShownNodes.click(robot, "View", 15);
        ShownNodes.click(robot, "Type Size", 15);
        ShownNodes.click(robot, "Larger", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.typeScale().get() > TypeScale.NORMAL);
        robot.interact(() -> context.typeScale().set(TypeScale.NORMAL));

        // View › Link Views ticks and unticks the context's switch
        boolean linked = context.links().enabled().get();
        ShownNodes.click(robot, "View", 15);
        ShownNodes.click(robot, "Link Views", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.links().enabled().get() != linked);

        // Edit › Clear Selection
        robot.interact(() -> context.selectedEventId().set(1L));
        ShownNodes.click(robot, "Edit", 15);
        ShownNodes.click(robot, "Clear Selection", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.selectedEventId().get() == null);

        // Help › Data Sources opens its alert; its OK closes it
        ShownNodes.click(robot, "Help", 15);
        ShownNodes.click(robot, "Data Sources", 15);
        DialogPane sources = ShownNodes.shown(robot, ".dialog-pane", 15);
        assertThat(sources.getHeaderText()).startsWith("The starter library");
        Button ok = (Button) sources.lookupButton(sources.getButtonTypes().get(0));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sources.getScene() == null || !sources.getScene().getWindow().isShowing());
    }
}
