package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.store.HeldWrite;
import org.entente.store.Library;
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

/** Two Entente windows on one library: what one adds, the other shows without being asked. */
@ExtendWith(ApplicationExtension.class)
class OtherWindowEditsTest {
    @TempDir static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, context,
                new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow());
        window.openLibrary(MainWindowTest.seededLibrary(dir), false);
    }

    @AfterEach
    void closeLibrary() {
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    @Test
    void anEventAddedByAnotherWindowAppearsInTheTableWithoutAnyUserAction(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        long versionBefore = context.libraryVersion().get();

        // The other window: its own Library object on the same file, as a second Entente process would have.
        try (Library other = Library.open(context.library().file())) {
            other.events().save(new Event(0, "Võ Văn Thưởng visits Beijing", DateRange.parse("2023-12-12"), Category.STATE_VISIT,
                    List.of(new Participant(Actor.country("Vietnam", "VNM"), "guest")), "北京", null, 4, List.of(), List.of()));
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Võ Văn Thưởng visits Beijing").tryQuery()).as("a row shows the new event").isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-counts").queryAs(Label.class).getText().startsWith("4 events"));
        // One change, one reload: this window's reloads (reads) are not taken for another window's
        // edits. Three more of the watcher's ticks after the reload: any second notice would have come.
        long ticks = context.watcher().ticks();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.watcher().ticks() >= ticks + 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.libraryVersion().get()).isEqualTo(versionBefore + 1);
    }

    @Test
    void aDeleteThatMeetsAnotherWindowsLongWriteSaysTheLibraryIsBusyAndDeletesNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        context.library().busyTimeout(java.time.Duration.ofMillis(500)); // instead of 10 s, to keep the test short
        // The other window is in the middle of a long write (a big import, say).
        try (Library other = Library.open(context.library().file()); HeldWrite held = HeldWrite.on(other)) {
            robot.clickOn("Putin state visit to Hanoi");
            robot.type(javafx.scene.input.KeyCode.DELETE);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(dialog.getContentText()).contains("The library is busy in another Entente window or another program; try again");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.tasks().idleProperty().get());
        assertThat(context.library().events().allHeaders()).extracting(org.entente.model.EventHeader::title)
                .contains("Putin state visit to Hanoi").hasSize(3);
        assertThat(context.editor().history().canUndo()).as("nothing to undo: nothing was done").isFalse();
    }

    /**
     * Issue #12 with two windows: a file dialog in this window reads the library's files beside
     * SQLite (dropping the process's locks, which both windows share), the other window and this
     * one edit, and another process opens and closes the library in between. Every edit either
     * window reported done is in the file as another process reads it.
     */
    @Test
    void aFileDialogInOneWindowLosesNoEditOfEitherWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Path file = context.library().file();
        org.entente.ui.common.SniffingPresenter dialogs = new org.entente.ui.common.SniffingPresenter(file.getParent());
        org.entente.ui.common.FileDialogs.usePresenter(dialogs);
        try (Library other = Library.open(file); org.entente.store.ForeignAccess.OtherProcess reader =
                new org.entente.store.ForeignAccess.OtherProcess(file)) {
            // A dialog in this window, then this window's delete (Delete on the row).
            robot.clickOn("File");
            robot.clickOn("Save a Copy As…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.size() == 1);
            // The dialog dropped the locks; the watcher takes them back within a tick, and since it
            // cannot tell what another process did meanwhile, every view reloads. A click that lands
            // while the table's rows are being replaced can miss its row: let the reload finish first.
            long ticks = context.watcher().ticks();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.watcher().ticks() >= ticks + 3 && context.tasks().idleProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(robot.lookup(".table-row-cell").lookup("Putin state visit to Hanoi").queryLabeled());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(".table-row-cell:selected").lookup("Putin state visit to Hanoi").tryQuery().isPresent());
            robot.type(javafx.scene.input.KeyCode.DELETE);
            try {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2 && context.tasks().idleProperty().get());
            } catch (java.util.concurrent.TimeoutException e) {
                // What every thread was doing, to find out why the delete did not finish.
                StringBuilder dump = new StringBuilder("Threads when the delete did not show as done (rows: " + table.getItems().size()
                        + ", idle: " + context.tasks().idleProperty().get() + "):\n");
                Thread.getAllStackTraces().forEach((t, frames) -> {
                    dump.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
                    for (StackTraceElement f : frames) dump.append("    at ").append(f).append('\n');
                });
                System.err.println(dump);
                throw e;
            }
            assertThat(reader.events()).as("this window's delete, read by another process").isEqualTo(2);

            // Another dialog, then the other window's edits, with the other process's reads between them.
            robot.clickOn("File");
            robot.clickOn("Open Library…");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.size() == 2);
            other.events().save(new Event(0, "Tô Lâm visits Moscow", DateRange.parse("2024-08"), Category.STATE_VISIT,
                    List.of(new Participant(Actor.country("Vietnam", "VNM"), "guest")), "Москва", null, 4, List.of(), List.of()));
            assertThat(reader.events()).as("the other window's edit, read by another process").isEqualTo(3);
            other.events().save(new Event(0, "习近平 in Hanoi", DateRange.parse("2023-12-12"), Category.STATE_VISIT,
                    List.of(new Participant(Actor.country("China", "CHN"), "guest")), "Hà Nội", null, 4, List.of(), List.of()));
            assertThat(reader.events()).as("the other window's second edit").isEqualTo(4);
            assertThat(reader.read("SELECT count(*) FROM event WHERE title IN ('Tô Lâm visits Moscow', '习近平 in Hanoi')")).isEqualTo("2");
            assertThat(context.library().counts().events()).as("this window's library reads them too").isEqualTo(4);
        } finally {
            org.entente.ui.common.FileDialogs.usePresenter(org.entente.ui.common.FileDialogs.PLATFORM);
        }
    }
}
