package org.entente.ui.undo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.edit.Change;
import org.entente.app.edit.LibraryEditor;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppStyles;
import org.entente.ui.common.DateTimes;
import org.entente.ui.common.Fxml;

/**
 * The open library's changes, newest first, with their times: undone ones (which can be redone)
 * above, muted. Choosing a change (double-click, Enter or the button) undoes back to it, or, for
 * an undone one, redoes up to it.
 */
public final class UndoHistoryWindow {
    /** One line of the list: a change and whether it is currently undone. */
    public record Entry(Change change, boolean undone) {}

    private final AppContext context;
    private final UndoActions actions;
    private final Stage stage = new Stage();
    @FXML private ListView<Entry> list;
    @FXML private Button go;
    @FXML private BorderPane root;

    UndoHistoryWindow(AppContext context, UndoActions actions) {
        this.context = context;
        this.actions = actions;
        stage.setTitle(I18n.t("shell.undo.history.title"));
        Fxml.load(UndoHistoryWindow.class.getResource("UndoHistory.fxml"), this);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().remove("undone-change");
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                setText(DateTimes.time(entry.change().at()) + "   " + entry.change().description());
                if (entry.undone()) getStyleClass().add("undone-change");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, entry) -> updateButton(entry));
        Scene scene = new Scene(root, 560, 380);
        scene.getStylesheets().addAll(AppStyles.main(),
                UndoHistoryWindow.class.getResource("undo-history.css").toExternalForm());
        // The main window's keys work here too.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), actions::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), actions::redo);
        stage.setScene(scene);
        AppStyles.follow(root, context);
        updateButton(null);
    }

    void show(Window owner) {
        if (stage.getOwner() == null && owner != null) stage.initOwner(owner);
        refresh();
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    /** Reads the stacks again (FX thread). */
    void refresh() {
        LibraryEditor editor = context.editor();
        List<Entry> entries = new ArrayList<>();
        if (editor != null) {
            List<Change> undone = new ArrayList<>(editor.history().undone());
            Collections.reverse(undone); // the last to redo is the newest
            for (Change c : undone) entries.add(new Entry(c, true));
            List<Change> done = new ArrayList<>(editor.history().done());
            Collections.reverse(done);
            for (Change c : done) entries.add(new Entry(c, false));
        }
        Entry selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(entries);
        if (selected != null) entries.stream().filter(e -> e.change() == selected.change()).findFirst()
                .ifPresent(e -> list.getSelectionModel().select(e));
        updateButton(list.getSelectionModel().getSelectedItem());
    }

    private void updateButton(Entry entry) {
        go.setDisable(entry == null);
        go.setText(I18n.t(entry != null && entry.undone() ? "shell.undo.history.redo-to" : "shell.undo.history.undo-to"));
    }

    @FXML
    private void listClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) choose();
    }

    @FXML
    private void listKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) choose();
    }

    @FXML
    private void close() { stage.hide(); }

    @FXML
    private void choose() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null) return;
        if (entry.undone()) actions.redoThrough(entry.change());
        else actions.undoThrough(entry.change());
    }

    /** For tests: the list. */
    ListView<Entry> list() { return list; }

    Stage stage() { return stage; }
}
