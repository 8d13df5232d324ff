package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;
import org.entente.ui.undo.UndoHistoryWindow;

/** Deleting an event in the Events table and taking it back with Ctrl+Z, as a person would. */
@ExtendWith(ApplicationExtension.class)
class UndoShellTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800).selectTab("Events").open(MainWindowTest.seededLibrary(dir));
        window = fixture.window;
        context = fixture.context;
    }

    @AfterEach
    void closeLibrary() { fixture.closeLibrary(); }

    private void waitForIdle() throws Exception { fixture.waitForIdle(10); }

    private TableView<?> table(FxRobot robot) { return robot.lookup("#events-table").queryAs(TableView.class); }

    private boolean showing(FxRobot robot, String title) {
        return robot.lookup("#events-table .table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell && title.equals(cell.getText()));
    }

    @Test
    void deleteKeyDeletesTheEventAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        waitForIdle();
        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(window.undoActions().undoItem().isDisable()).isTrue();
        assertThat(window.undoActions().undoItem().getText()).isEqualTo("Undo");

        robot.clickOn("Putin state visit to Hanoi");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        waitForIdle();
        assertThat(showing(robot, "Putin state visit to Hanoi")).isFalse();
        assertThat(context.library().counts().events()).isEqualTo(2);
        assertThat(window.undoActions().undoItem().getText()).isEqualTo("Undo Delete event “Putin state visit to Hanoi”");
        assertThat(window.undoActions().undoItem().isDisable()).isFalse();
        assertThat(window.undoActions().redoItem().isDisable()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        waitForIdle();
        assertThat(showing(robot, "Putin state visit to Hanoi")).isTrue();
        // The event that came back is selected again.
        assertThat(context.library().events().byId(context.selectedEventId().get()).orElseThrow().title()).isEqualTo("Putin state visit to Hanoi");
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(1);
        assertThat(window.undoActions().undoItem().isDisable()).isTrue();
        assertThat(window.undoActions().redoItem().getText()).isEqualTo("Redo Delete event “Putin state visit to Hanoi”");

        // Ctrl+Y redoes; the history lists the change with its time, undone entries muted above done ones.
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        waitForIdle();
        robot.interact(() -> window.undoActions().showHistory());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<UndoHistoryWindow.Entry> history = robot.lookup("#undo-history-list").queryAs(ListView.class);
        assertThat(history.getItems()).extracting(e -> e.change().description()).containsExactly("Delete event “Putin state visit to Hanoi”");
        assertThat(robot.lookup("#undo-history-list .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null))
                .anyMatch(t -> t.matches(".*\\d{1,2}:\\d{2}:\\d{2}.*Delete event “Putin state visit to Hanoi”"));

        // Choosing the change in the history undoes back to it.
        robot.doubleClickOn("#undo-history-list .list-cell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        waitForIdle();
        assertThat(history.getItems()).singleElement().matches(UndoHistoryWindow.Entry::undone);
        robot.interact(() -> history.getScene().getWindow().hide());
    }

    @Test
    void deletingSeveralSelectedEventsFromTheContextMenuIsOneChange(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Vietnam abstains on ES-11/1");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(3);
        // Monocle's headless robot makes no context-menu request from a right click: make the one a platform would.
        var row = robot.lookup("Tô Lâm elected State President").query();
        var at = row.localToScreen(row.getBoundsInLocal());
        robot.interact(() -> row.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                5, 5, at.getMinX() + 5, at.getMinY() + 5, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Delete 3 Events");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        waitForIdle();
        assertThat(window.undoActions().undoItem().getText()).isEqualTo("Undo Delete 3 events");
        robot.interact(() -> window.undoActions().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
    }

    @Test
    void theHistoryListsChangesNewestFirstWithUndoneOnesAbove(FxRobot robot) throws Exception {
        waitForIdle();
        var editor = context.editor();
        var first = context.library().events().allHeaders().get(0);
        var event = context.library().events().byId(first.id()).orElseThrow();
        editor.saveEvent(new org.entente.model.Event(0, "Путин meets Tô Lâm", org.entente.model.DateRange.parse("2024-06-20"),
                org.entente.model.Category.MEETING, event.participants(), "Hà Nội", null, 4, java.util.List.of(), java.util.List.of()));
        editor.saveEvent(new org.entente.model.Event(0, "习近平 visits Hà Nội", org.entente.model.DateRange.parse("2023-12-12"),
                org.entente.model.Category.STATE_VISIT, event.participants(), "Hà Nội", null, 5, java.util.List.of(), java.util.List.of()));
        editor.saveEvent(new org.entente.model.Event(event.id(), event.title() + " (checked)", event.when(), event.category(),
                event.participants(), event.place(), event.summary(), event.importance(), event.tags(), event.sources()));
        editor.deleteEvents(java.util.List.of(first.id()));
        editor.undo();
        robot.interact(context::libraryChanged);
        waitForIdle();
        assertThat(window.undoActions().undoItem().getText()).startsWith("Undo Edit event “");
        assertThat(window.undoActions().redoItem().getText()).startsWith("Redo Delete event “");
        robot.interact(() -> window.undoActions().showHistory());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<UndoHistoryWindow.Entry> history = robot.lookup("#undo-history-list").queryAs(ListView.class);
        assertThat(history.getItems()).extracting(e -> (e.undone() ? "undone: " : "") + e.change().description()).containsExactly(
                "undone: Delete event “" + event.title() + " (checked)”", "Edit event “" + event.title() + " (checked)”",
                "Add event “习近平 visits Hà Nội”", "Add event “Путин meets Tô Lâm”");
        robot.interact(() -> history.getSelectionModel().select(1));
        writeScreenshot((Stage) history.getScene().getWindow(), Path.of("target/screenshots/undo-history.png"));
        robot.interact(() -> history.getScene().getWindow().hide());
    }

    private static void writeScreenshot(Stage stage, Path out) throws Exception {
        java.nio.file.Files.createDirectories(out.getParent());
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
    }
}
