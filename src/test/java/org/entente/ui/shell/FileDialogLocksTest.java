package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.store.ForeignAccess;
import org.entente.store.Library;
import org.entente.store.LockLossWriter;
import org.entente.ui.common.FileDialogs;
import org.entente.ui.common.SniffingPresenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #12 as a user met it: every file dialog of the app is opened on the folder that holds the
 * open library (each reads the files there, as GTK's does, dropping SQLite's locks) and
 * cancelled; after each the user deletes an event and another process opens and closes the
 * library. Every deletion the app reported done must be in the file as another process reads it,
 * and so must the write of another Entente process killed at the end (ADR 0008).
 */
@ExtendWith(ApplicationExtension.class)
class FileDialogLocksTest {
    @TempDir static Path dir;
    private MainWindowFixture fx;
    private SniffingPresenter dialogs;
    private Path library;

    @Start
    void start(Stage stage) {
        fx = MainWindowFixture.show(stage, 1280, 800);
        library = MainWindowFixture.starterCopy(dir);
        dialogs = new SniffingPresenter(dir);
        FileDialogs.usePresenter(dialogs);
        fx.selectTab("Events").open(library);
    }

    @AfterEach
    void tearDown() {
        FileDialogs.usePresenter(FileDialogs.PLATFORM);
        fx.closeLibrary();
    }

    @Test
    void everyFileDialogOnTheLibrarysFolderThenEditsAndAnotherProcessLosesNoEdit(FxRobot robot) throws Exception {
        fx.waitForIdle(30);
        List<Runnable> openers = List.of(
                () -> menu(robot, "File", "New Library…"),
                () -> menu(robot, "File", "Open Library…"),
                () -> menu(robot, "File", "Save a Copy As…"),
                () -> menu(robot, "File", "Import…"),
                () -> {
                    menu(robot, "File", "Export…");
                    robot.clickOn("#export-confirm");
                    robot.type(KeyCode.ESCAPE); // closes the export dialog
                },
                () -> {
                    menu(robot, "File", "Export Citations…");
                    robot.clickOn("OK");
                },
                () -> exportMenu(robot, "Network", "#network-export", "PNG image (2×, for slides)…"),
                () -> exportMenu(robot, "Network", "#network-export", "SVG drawing…"),
                () -> exportMenu(robot, "Network", "#network-export", "GEXF for Gephi (all dates)…"),
                () -> exportMenu(robot, "Network", "#network-export", "GraphML (this date)…"),
                () -> {
                    exportMenu(robot, "Measures", "#trade-export", "PNG image…");
                    robot.clickOn("OK"); // the size dialog
                },
                () -> exportMenu(robot, "Measures", "#trade-export", "SVG (vector, for slides and print)…"),
                () -> exportMenu(robot, "Measures", "#trade-export", "Plotted data as CSV…"));
        long events = fx.context.library().counts().events();
        try (ForeignAccess.OtherProcess other = new ForeignAccess.OtherProcess(library)) {
            for (int i = 0; i < openers.size(); i++) {
                int before = dialogs.shown.size();
                openers.get(i).run();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.size() == before + 1);
                WaitForAsyncUtils.waitForFxEvents();

                deleteFirstEvent(robot);
                events--;
                assertThat(other.events())
                        .as("events in the file after dialog %d (%s) and a delete", i + 1, dialogs.shown.get(before)).isEqualTo(events);
            }
        }
        assertThat(dialogs.shown).as("every dialog went through FileDialogs").hasSize(openers.size());

        // Another Entente process writes, acknowledges and is killed; nothing of either is lost.
        menu(robot, "File", "Save a Copy As…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.size() == openers.size() + 1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockLossWriter.class.getName(), library.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new java.io.OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("ready");
            in.write("write other-process Võ Văn Thưởng\n");
            in.flush();
            assertThat(out.readLine()).isEqualTo("ack other-process");
            deleteFirstEvent(robot);
            events--;
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ForeignAccess.eventsSeenByAnotherProcess(library)).isEqualTo(events);
        assertThat(ForeignAccess.anotherProcessReads(library, "SELECT value FROM library_info WHERE key = 'other-process'"))
                .isEqualTo("Võ Văn Thưởng");
    }

    private static void menu(FxRobot robot, String menu, String item) {
        robot.clickOn(menu);
        robot.clickOn(item);
    }

    private void exportMenu(FxRobot robot, String tab, String button, String item) {
        robot.interact(() -> fx.selectTab(tab));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
        robot.clickOn(item);
    }

    /** Selects the first row of the Events table and presses Delete, then waits until the app has done it. */
    private void deleteFirstEvent(FxRobot robot) throws Exception {
        robot.interact(() -> fx.selectTab("Events"));
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int rows = table.getItems().size();
        Library lib = fx.context.library();
        long inLibrary = lib.counts().events();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == rows - 1 && fx.context.tasks().idleProperty().get());
        assertThat(lib.counts().events()).isEqualTo(inLibrary - 1);
    }
}
