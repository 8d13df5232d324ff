package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.ui.ShownNodes;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dropping files on the main window opens the import preview; confirming puts the events in the library. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        Path lib = MainWindowFixture.emptyLibrary(dir, "drop");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(lib);
        window = fixture.window;
        context = fixture.context;
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    private void waitForIdle() throws Exception { fixture.waitForIdle(30); }

    @Test
    void dropAFileSeeThePreviewConfirmSeeTheEvents(FxRobot robot) throws Exception {
        waitForIdle();
        File json = org.entente.TestFiles.corpus("timelinejs/women_in_computing.json").toFile();
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(window.root()).orElseThrow().dropped(List.of(json)).orElseThrow());
        waitForIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();

        // This dialog's own table (not one of an earlier test's dialog), once its rows are shown.
        TableView<?> table = robot.from(dialog[0].stage().getScene().getRoot()).lookup("#import-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        assertThat(robot.from(table.getScene().getRoot()).lookup("#import-summary").queryAs(Label.class).getText()).isEqualTo("Will import 10 events.");
        ListView<?> problems = robot.from(table.getScene().getRoot()).lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Object::toString).anyMatch(s -> s.contains("title slide"));
        assertThat(context.library().counts().events()).isZero(); // nothing written before Confirm

        ShownNodes.click(robot, "#import-confirm", 30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.DONE);
        waitForIdle();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).isEqualTo("Imported: 10 added, 0 updated, 0 skipped.");
        ShownNodes.click(robot, "#import-cancel", 30); // now "Close"

        // The main window's events table shows them.
        robot.interact(() -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow()));
        waitForIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#events-table").queryAs(TableView.class).getItems().size() == 10);
        assertThat(robot.lookup("Ada Lovelace").tryQuery()).isPresent();
        assertThat(context.library().counts().events()).isEqualTo(10);
    }

    @Test
    void aBadFileShowsItsProblemAndCannotBeConfirmed(FxRobot robot) throws Exception {
        waitForIdle();
        Path bad = dir.resolve("events.csv");
        Files.writeString(bad, "title,start\nGood,2024-06-19\nBad,2024-13-40\n");
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(window.root()).orElseThrow().dropped(List.of(bad.toFile())).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Object::toString)
                .containsExactly("events.csv line 3, column \"start\": \"2024-13-40\" is not a date: month 13");
        assertThat(robot.lookup("#import-confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).startsWith("1 error");
        writeScreenshot(dialog[0].stage(), Path.of("target/screenshots/import-preview.png"));
        ShownNodes.click(robot, "#import-cancel", 30);
        assertThat(context.library().counts().events()).isZero();
    }

    static void writeScreenshot(Stage stage, Path out) throws Exception {
        Files.createDirectories(out.getParent());
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        org.testfx.api.FxToolkit.registerStage(() -> stage);
        WaitForAsyncUtils.asyncFx(() -> img[0] = stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
    }
}
