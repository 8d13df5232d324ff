package org.entente.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.store.LibraryBackups;
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
 * File › Back Up Now, then a delete the user regrets, then File › Restore from Backup…: the
 * backup's counts beside the library's, Restore, and the deleted event is back in the table.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsWindowTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Path file;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        fixture.selectTab("Events");
        file = MainWindowFixture.starterCopy(dir);
        fixture.open(file);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void aRegrettedDeleteIsTakenBackByRestoringTheBackupFromBeforeIt(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        TableView<?> events = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.getItems().isEmpty());
        int all = events.getItems().size();

        robot.clickOn("File").clickOn("Back Up Now");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LibraryBackups.list(file).size() == 1);
        // the table's rows settled before the click (a click while they are replaced misses its row),
        // and the File menu's popup gone: a menu still closing over the table's first rows takes the
        // click that hides it, and the row is never clicked
        fixture.waitForIdle(30);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows()
                .stream().noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())).get());
        WaitForAsyncUtils.waitForFxEvents();

        // The row showing the first event: after the rows were replaced, the table keeps spare
        // row cells (hidden, or empty) that a plain "first .table-row-cell" look-up may return.
        robot.clickOn(robot.lookup("#events-table .table-row-cell").match((Node n) -> n.isVisible()
                && n instanceof javafx.scene.control.TableRow<?> row && !row.isEmpty() && row.getIndex() == 0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> events.getItems().size() == all - 1 && fixture.context.tasks().idleProperty().get());
        assertThat(fixture.context.editor().history().canUndo()).isTrue();

        robot.clickOn("File").clickOn("Restore from Backup…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backup-count-events").tryQuery().isPresent());
        Label inBackup = robot.lookup("#backup-count-events").queryAs(Label.class);
        assertThat(inBackup.getText()).isEqualTo(Integer.toString(all));
        assertThat(inBackup.getStyleClass()).as("the count that differs from the library's now stands out").contains("comparison-differs");
        snapshot(robot, "backups.png");

        robot.clickOn("#backup-restore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backup-restore-confirm").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#backup-restore-confirm .button").lookup((Node n) -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Restore")).queryAs(Node.class));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events.getItems().size() == all && fixture.context.tasks().idleProperty().get());
        assertThat(fixture.context.library().counts().events()).isEqualTo(all);
        assertThat(fixture.context.editor().history().canUndo()).as("the replaced library's undo history is gone").isFalse();
        TableView<?> backups = robot.lookup("#backups-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        assertThat(((LibraryBackups.Backup) backups.getItems().get(0)).reason()).as("newest: the library just before the restore")
                .isEqualTo(LibraryBackups.Reason.BEFORE_RESTORE);
        assertThat(LibraryBackups.preview(LibraryBackups.list(file).get(0)).events()).isEqualTo(all - 1);
    }

    @Test
    void theDailyBackupIsTakenOnceADay(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        var actions = fixture.window.backupActions();
        WaitForAsyncUtils.asyncFx(actions::backUpIfDue).get().get(30, TimeUnit.SECONDS);
        assertThat(LibraryBackups.list(file)).extracting(LibraryBackups.Backup::reason).containsExactly(LibraryBackups.Reason.DAILY);
        WaitForAsyncUtils.asyncFx(actions::backUpIfDue).get().get(30, TimeUnit.SECONDS);
        assertThat(LibraryBackups.list(file)).as("not due again within the day").hasSize(1);
    }

    /**
     * A daily backup that cannot be taken (here a file stands where its folder would be) is told,
     * once: the hourly checks after it do not open the same error again and again.
     */
    @Test
    void aFailingDailyBackupIsToldOnceNotAtEveryHourlyCheck(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Files.writeString(LibraryBackups.folderOf(file), "not a folder");
        var actions = fixture.window.backupActions();
        var first = WaitForAsyncUtils.asyncFx(actions::backUpIfDue).get();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> first.get(30, TimeUnit.SECONDS))).isNotNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains(LibraryBackups.folderOf(file).toString());
        WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getWindow().hide()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isEmpty());

        for (int check = 0; check < 2; check++) {
            var ran = WaitForAsyncUtils.asyncFx(actions::backUpIfDue).get();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ran.get(30, TimeUnit.SECONDS))).isNotNull();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("told again").isEmpty();
        assertThat(LibraryBackups.list(file)).isEmpty();
    }

    @Test
    void aDamagedLibraryWithBackupsOffersToOpenACopyOfTheNewestAndLeavesTheDamagedFileAsItIs(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Path damaged = MainWindowFixture.starterCopy(dir);
        long events;
        try (org.entente.store.Library library = org.entente.store.Library.open(damaged)) {
            events = library.counts().events();
            library.backUp(LibraryBackups.Reason.DAILY);
        }
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(12).nextBytes(garbage);
        Files.write(damaged, garbage);

        WaitForAsyncUtils.asyncFx(() -> fixture.open(damaged)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-failure-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#open-failure-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains(damaged.toString()).contains("newest backup").contains("-backups");
        snapshotOf(dialog, "open-failure.png");
        org.entente.ui.ShownNodes.click(robot, "#open-backup-copy", 10);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.context.library() != null
                && fixture.context.library().file().getFileName().toString().contains("-from-backup-")
                && fixture.context.tasks().idleProperty().get());
        assertThat(fixture.context.library().counts().events()).isEqualTo(events);
        assertThat(Files.readAllBytes(damaged)).as("the damaged file is left as it was").isEqualTo(garbage);
    }

    private static void snapshotOf(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screens");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }

    /** Saves the backups window as it looks, to be looked at (target/screens/). */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        Node root = robot.lookup("#backups-table").queryAs(Node.class).getScene().getRoot();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screens");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
