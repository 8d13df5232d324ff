package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.exchange.starter.StarterLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;

/** The window on a first run: a new library seeded with the starter library. */
@ExtendWith(ApplicationExtension.class)
class StarterWindowTest {
    @TempDir static Path dir;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        // The Events view is the table; the timeline opens first.
        window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow());
        window.openLibrary(dir.resolve("first-run/library.db"), true);
    }

    @AfterEach
    void close() {
        if (context.library() != null) context.library().close();
    }

    @Test
    void firstRunShowsTheStarterEventsAndTheirSources(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(StarterLibrary.read().events().size());

        robot.clickOn("#events-filter").write("Putin state visit Rosatom");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#events-table").queryAs(TableView.class).getItems().size() == 1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> "Putin's state visit to Vietnam".equals(c.getText()))
                .queryAs(javafx.scene.control.TableCell.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".detail-source").tryQuery().isPresent());
        assertThat(robot.lookup(".detail-when").queryAs(Label.class).getText()).isEqualTo("19–20 June 2024");
        assertThat(robot.lookup(".detail-source").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("VnExpress"))
                .anySatisfy(t -> assertThat(t).contains("ASEAN Wonk"));
    }
}
