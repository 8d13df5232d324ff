package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.control.TextArea;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.ui.OffFxThread;
import org.entente.ui.ShownNodes;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FileDialogs;
import org.entente.ui.common.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15 through the window: a full disk while a note is saved, and the library file deleted
 * while open. The user is told what happened and offered the way out (Restore from Backup…, Save
 * a Copy As…); nothing half-saved, and what was shown or typed is still there.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryConditionsTest {
    @TempDir static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow());
        window.openLibrary(MainWindowTest.seededLibrary(dir), false);
    }

    @AfterEach
    void closeLibrary() {
        FileDialogs.usePresenter(FileDialogs.PLATFORM);
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    private TableView<?> eventsTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void aNoteSavedOnAFullDiskSaysTheDiskIsFullKeepsTheTextAndOffersTheBackups(FxRobot robot) throws Exception {
        eventsTable(robot);
        Library library = context.library();
        LibraryBackups.Backup backup = OffFxThread.call(() -> library.backUp(LibraryBackups.Reason.ON_REQUEST));
        ShownNodes.click(robot, "Putin state visit to Hanoi", 15);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.tasks().idleProperty().get());
        RecordRef ref = new RecordRef(RecordKind.EVENT, context.selectedEventId().get());
        ShownNodes.click(robot, "#note-add", 15);
        ShownNodes.click(robot, "#note-editor", 15);
        // A long note pasted in: it needs new pages in the file, which a full disk cannot give.
        String text = "Lecture notes on Tô Lâm and Путин. ".repeat(1_000);
        TextArea editor = robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class);
        robot.interact(() -> editor.setText(text));
        OffFxThread.call(() -> {
            library.read(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("VACUUM"); // no free pages left inside the file either
                }
                return null;
            });
            library.simulateFullDisk();
            return null;
        });

        ShownNodes.click(robot, "#note-save", 15);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The disk is full");
        assertThat(dialog.getContentText()).contains("the disk is full").contains(library.file().toString())
                .contains(backup.file().toString());
        assertThat(OffFxThread.call(() -> library.notes().forRecord(ref))).as("nothing saved").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#note-save").match(ShownNodes::isShown).queryAs(Button.class).isDisabled());
        assertThat(editor.getText()).as("the note being written is kept").isEqualTo(text);
        String integrity = OffFxThread.call(() -> library.<String>read(c -> {
            try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        assertThat(integrity).isEqualTo("ok");

        robot.clickOn((Button) dialog.lookup("#error-restore-backup"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage st && w.isShowing() && "Backups".equals(st.getTitle())));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage st && "Backups".equals(st.getTitle())).toList()
                .forEach(Window::hide));
    }

    @Test
    void aLibraryDeletedWhileOpenIsToldAtOnceAndCanBeSavedAsACopy(FxRobot robot) throws Exception {
        TableView<?> table = eventsTable(robot);
        Path file = context.library().file();
        Path rescue = dir.resolve("rescued-" + System.nanoTime() + ".db");
        FileDialogs.usePresenter(new SavesTo(rescue));

        Files.delete(file); // another program removes it, while nobody touches the window
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The library file is gone");
        assertThat(dialog.getContentText()).contains(file.toString()).contains("removed or replaced by another program");
        assertThat(table.getItems()).as("what was shown is still shown").hasSize(3);

        // Save a Copy As… from the dialog: the copy holds every event and is opened in its place.
        robot.clickOn((Button) dialog.lookup("#error-save-copy"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> context.library() != null && context.library().file().equals(rescue)
                && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(OffFxThread.call(() -> context.library().counts().events())).isEqualTo(3);
        assertThat(Files.exists(file)).as("the removed file is not made again").isFalse();
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("told once").isEmpty();
    }

}
