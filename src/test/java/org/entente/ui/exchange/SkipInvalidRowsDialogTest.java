package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.entente.ui.OffFxThread;
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
 * Issue #15, defect 9 in the Import dialog: a TimelineJS file with two invalid slides (a cosmic
 * year, a slide with neither headline nor text) cannot be imported as it is, but the preview
 * offers to import the valid slides and skip the others; ticking it and Import puts exactly the
 * valid ones in the library.
 */
@ExtendWith(ApplicationExtension.class)
class SkipInvalidRowsDialogTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        Path lib = MainWindowFixture.emptyLibrary(dir, "skip");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(lib);
        window = fixture.window;
        context = fixture.context;
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void theValidSlidesCanBeImportedWithTheInvalidOnesSkipped(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Path json = Files.writeString(dir.resolve("examples-" + System.nanoTime() + ".json"), org.entente.cli.SkipInvalidRowsTestData.EXAMPLES);
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(window.root()).orElseThrow().dropped(List.of(json.toFile())).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = dialog[0].stage().getScene().getRoot();

        ListView<?> problems = robot.from(root).lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Object::toString)
                .anyMatch(s -> s.contains("outside the years Entente supports (99999 BCE to 99999 CE)"))
                .anyMatch(s -> s.contains("events[2].text.headline"));
        Button confirm = robot.from(root).lookup("#import-confirm").queryAs(Button.class);
        assertThat(confirm.isDisabled()).as("refused whole unless the user chooses to skip").isTrue();
        CheckBox skip = robot.from(root).lookup("#import-skip-invalid").queryAs(CheckBox.class);
        assertThat(skip.isVisible()).isTrue();
        assertThat(skip.getText()).isEqualTo("Import the 2 valid records, skip 2 rows or slides with errors");

        ImportDialogTest.writeScreenshot(dialog[0].stage(), Path.of("target/screenshots/import-skip-invalid.png"));
        robot.clickOn(skip);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !confirm.isDisabled());
        assertThat(robot.from(root).lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("Will import 2 events, leaving out 2 rows or slides with errors.");
        // Changing one's mind: unticked, the file is refused whole again.
        robot.clickOn(skip);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, confirm::isDisabled);
        assertThat(robot.from(root).lookup("#import-summary").queryAs(Label.class).getText()).startsWith("2 errors");
        robot.clickOn(skip);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !confirm.isDisabled());
        ShownNodes.click(robot, "#import-confirm", 30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.DONE);
        fixture.waitForIdle(30);
        assertThat(robot.from(root).lookup("#import-summary").queryAs(Label.class).getText()).isEqualTo("Imported: 2 added, 0 updated, 0 skipped.");
        assertThat(skip.isVisible()).as("the choice is gone once imported").isFalse();
        assertThat(OffFxThread.call(() -> context.library().events().allHeaders()))
                .extracting(org.entente.model.EventHeader::title).containsExactlyInAnyOrder("Apollo 11 lands", "Hubble launched");
        ShownNodes.click(robot, "#import-cancel", 30);
    }

    @Test
    void aFileWithoutValidRowsOffersNoSkip(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Path bad = dir.resolve("events.csv");
        Files.writeString(bad, "title,start\nBad,2024-13-40\n");
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(window.root()).orElseThrow().dropped(List.of(bad.toFile())).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = dialog[0].stage().getScene().getRoot();
        assertThat(robot.from(root).lookup("#import-skip-invalid").queryAs(CheckBox.class).isVisible()).isFalse();
        assertThat(robot.from(root).lookup("#import-confirm").queryAs(Button.class).isDisabled()).isTrue();
        ShownNodes.click(robot, "#import-cancel", 30);
    }
}
