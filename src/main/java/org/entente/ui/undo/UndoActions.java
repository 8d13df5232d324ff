package org.entente.ui.undo;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.entente.app.edit.Change;
import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.common.AppContext;

/**
 * Edit › Undo, Redo and Undo History for the open library's editor. The items name what they
 * would undo or redo and are disabled when there is nothing to; the work runs in the background
 * and every view reloads after it.
 */
public final class UndoActions {
    private final AppContext context;
    private final MenuItem undo = new MenuItem(I18n.t("shell.undo"));
    private final MenuItem redo = new MenuItem(I18n.t("shell.redo"));
    private final MenuItem showHistory = new MenuItem(I18n.t("shell.undo.history.menu"));
    private final Runnable onHistoryChanged = () -> Platform.runLater(this::refresh);
    private UndoHistoryWindow historyWindow;

    private UndoActions(AppContext context) {
        this.context = context;
        undo.setId("menu-undo");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> undo());
        redo.setId("menu-redo");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> redo());
        showHistory.setId("menu-undo-history");
        showHistory.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        showHistory.setOnAction(e -> showHistory());
        showHistory.disableProperty().bind(context.editorProperty().isNull());
        context.editorProperty().addListener((obs, old, now) -> {
            if (old != null) old.history().removeListener(onHistoryChanged);
            if (now != null) now.history().addListener(onHistoryChanged);
            refresh();
        });
        if (context.editor() != null) context.editor().history().addListener(onHistoryChanged);
        refresh();
    }

    /** Puts Undo, Redo and Undo History at the top of {@code editMenu}, and Shortcut+Y as a second key for Redo. */
    public static UndoActions install(Menu editMenu, AppContext context, javafx.scene.Node anyNodeOfTheWindow) {
        UndoActions actions = new UndoActions(context);
        editMenu.getItems().addAll(0, List.of(actions.undo, actions.redo, actions.showHistory, new SeparatorMenuItem()));
        anyNodeOfTheWindow.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions::redo);
        });
        if (anyNodeOfTheWindow.getScene() != null)
            anyNodeOfTheWindow.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions::redo);
        return actions;
    }

    public MenuItem undoItem() { return undo; }

    public MenuItem redoItem() { return redo; }

    private void refresh() {
        LibraryEditor editor = context.editor();
        UndoHistory history = editor == null ? null : editor.history();
        var next = history == null ? java.util.Optional.<Change>empty() : history.nextUndo();
        var again = history == null ? java.util.Optional.<Change>empty() : history.nextRedo();
        undo.setText(next.map(c -> I18n.t("shell.undo.named", c.description())).orElseGet(() -> I18n.t("shell.undo")));
        undo.setDisable(next.isEmpty());
        redo.setText(again.map(c -> I18n.t("shell.redo.named", c.description())).orElseGet(() -> I18n.t("shell.redo")));
        redo.setDisable(again.isEmpty());
        if (historyWindow != null) historyWindow.refresh();
    }

    public void undo() {
        LibraryEditor editor = context.editor();
        if (editor == null || !editor.history().canUndo()) return;
        run(I18n.t("shell.task.undoing"), editor, e -> e.undo().map(List::of).orElse(List.of()));
    }

    public void redo() {
        LibraryEditor editor = context.editor();
        if (editor == null || !editor.history().canRedo()) return;
        run(I18n.t("shell.task.redoing"), editor, e -> e.redo().map(List::of).orElse(List.of()));
    }

    /** Undoes every change from the newest back to {@code change}, in one go. */
    void undoThrough(Change change) { run(I18n.t("shell.task.undoing"), context.editor(), e -> e.undoThrough(change)); }

    /** Redoes every undone change up to {@code change}, in one go. */
    void redoThrough(Change change) { run(I18n.t("shell.task.redoing"), context.editor(), e -> e.redoThrough(change)); }

    /** What an undo or redo did, and the one event it brought back or changed, to select (else null). */
    private record Outcome(List<Change> changes, Long event) {}

    private void run(String verb, LibraryEditor editor, Function<LibraryEditor, List<Change>> work) {
        if (editor == null) return;
        context.tasks().run(verb, () -> {
            List<Change> changes = work.apply(editor);
            List<Long> events = changes.stream().flatMap(c -> c.touched().stream())
                    .filter(r -> r.kind() == RecordKind.EVENT).map(RecordRef::id).distinct().toList();
            Long select = events.size() == 1 && editor.library().events().byId(events.get(0)).isPresent() ? events.get(0) : null;
            return new Outcome(changes, select);
        }, outcome -> {
            if (outcome.changes().isEmpty()) return;
            context.libraryChanged();
            // Show the user what came back (an undone delete) or changed.
            if (outcome.event() != null) context.selectedEventId().set(outcome.event());
        });
    }

    public void showHistory() {
        if (historyWindow == null) historyWindow = new UndoHistoryWindow(context, this);
        Window owner = context.window();
        historyWindow.show(owner);
    }
}
