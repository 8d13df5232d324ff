package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.TestFiles;
import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
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

/**
 * A GDELT file (rows written by hand after the GDELT Event Codebook V2.0) in the import preview:
 * its filters are typed, the file is read again in the background, the count each filter keeps is
 * shown, and Import puts only the kept events in the library.
 */
@ExtendWith(ApplicationExtension.class)
class GdeltImportDialogTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        Path lib = dir.resolve("gdelt-" + System.nanoTime() + ".db");
        // A library whose Vietnam is "Việt Nam", made off the UI thread (no library work on it).
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (var library = LibraryService.openOrCreateEmpty(lib)) {
                library.actors().save(new Actor(0, "Việt Nam", ActorKind.COUNTRY, "VNM", null));
            }
        }).join();
        fixture = MainWindowFixture.show(stage, 1280, 800).open(lib);
        window = fixture.window;
        context = fixture.context;
    }

    @AfterEach
    void close() {
        I18n.setLocale(I18n.ENGLISH);
        fixture.closeLibrary();
    }

    private static String text(Node root, String id) {
        return ((Label) root.lookup(id)).getText();
    }

    @Test
    void typeAPairSeeWhatEachFilterKeepsImportSeeTheEvents(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        ImportDialog dialog = open(robot);
        Node root = dialog.stage().getScene().getRoot();
        // Unfiltered: all ten rows read, nine with a country, nine to import.
        assertThat(text(root, "#gdelt-step-read")).isEqualTo("10");
        assertThat(text(root, "#gdelt-step-to-import")).isEqualTo("9");
        TableView<?> table = (TableView<?>) root.lookup("#import-table");
        assertThat(table.getItems()).hasSize(9);

        robot.clickOn(root.lookup("#gdelt-pairs")).write("VN-RU");
        robot.clickOn(root.lookup("#gdelt-roots")).write("04");
        ShownNodes.click(robot, "#gdelt-apply", 30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.model().stageProperty().get() == ImportViewModel.Stage.READY
                && "1".equals(text(root, "#gdelt-step-to-import")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(root, "#gdelt-step-by-actors")).isEqualTo("2");
        assertThat(text(root, "#gdelt-step-by-roots")).isEqualTo("1");
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("Việt Nam – Russia: Consult").tryQuery()).isPresent();
        assertThat(context.library().counts().events()).isZero();
        ImportDialogTest.writeScreenshot(dialog.stage(), Path.of("target/screenshots/import-gdelt.png"));

        ShownNodes.click(robot, "#import-confirm", 30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.model().stageProperty().get() == ImportViewModel.Stage.DONE);
        fixture.waitForIdle(30);
        assertThat(text(root, "#import-summary")).isEqualTo("Imported: 1 added, 0 updated, 0 skipped.");
        ShownNodes.click(robot, "#import-cancel", 30);

        robot.interact(() -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow()));
        fixture.waitForIdle(30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#events-table").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("Việt Nam – Russia: Consult").tryQuery()).isPresent();
        assertThat(context.library().scores().hasGdeltId(1180000001L)).isTrue();
    }

    @Test
    void aFilterThatIsNotOneSaysSoAndReadsNothing(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        I18n.setLocale(I18n.VIETNAMESE);
        ImportDialog dialog = open(robot);
        Node root = dialog.stage().getScene().getRoot();
        robot.clickOn(root.lookup("#gdelt-pairs")).write("VN");
        ShownNodes.click(robot, "#gdelt-apply", 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(root, "#gdelt-filter-error")).isEqualTo("\"VN\" không phải là cặp quốc gia dạng VN-RU");
        assertThat(dialog.model().gdeltFilterProperty().get().isNone()).isTrue();
        ImportDialogTest.writeScreenshot(dialog.stage(), Path.of("target/screenshots/import-gdelt-vi.png"));
        ShownNodes.click(robot, "#import-cancel", 30);
    }

    private ImportDialog open(FxRobot robot) throws Exception {
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(window.root()).orElseThrow()
                .dropped(List.of(TestFiles.gdelt("20240620.export.CSV").toFile())).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }
}
