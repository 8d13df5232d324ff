package org.entente.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.entente.app.edit.LibraryEditor;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.common.AppContext;

/**
 * Edit › New Event…, New Actor…, …, Edit Selected Event…: the shell calls {@link #install} once;
 * it also makes the {@link Editor} the context's {@link AppContext#editing()}, so views can open forms.
 */
public final class EditorActions {
    private EditorActions() {}

    /** Adds the items near the top of the Edit menu of {@code menuBar} and installs the editor on {@code context}. */
    public static Editor install(MenuBar menuBar, AppContext context, Supplier<LibraryEditor> editor) {
        Editor forms = new Editor(context, editor);
        context.setEditing(forms);
        List<MenuItem> items = List.of(
                item("New Event…", "menu-new-event", "Shortcut+N", context, () -> forms.create(RecordKind.EVENT)),
                item("New Actor…", "menu-new-actor", null, context, () -> forms.create(RecordKind.ACTOR)),
                item("New Partnership…", "menu-new-partnership", null, context, () -> forms.create(RecordKind.PARTNERSHIP)),
                item("New Period…", "menu-new-period", null, context, () -> forms.create(RecordKind.PERIOD)),
                item("New Trade Figure…", "menu-new-trade-figure", null, context, () -> forms.create(RecordKind.TRADE_FIGURE)),
                item("New Source…", "menu-new-source", null, context, () -> forms.create(RecordKind.SOURCE)),
                new SeparatorMenuItem(),
                editSelected(context, forms),
                new SeparatorMenuItem());
        for (Menu m : menuBar.getMenus()) {
            if (!"menu-edit".equals(m.getId())) continue;
            // After Undo / Redo / History and their separator when present, else first.
            int at = 0;
            for (int i = 0; i < m.getItems().size(); i++) {
                if (m.getItems().get(i) instanceof SeparatorMenuItem) {
                    at = i + 1;
                    break;
                }
            }
            m.getItems().addAll(at, items);
        }
        return forms;
    }

    private static MenuItem item(String text, String id, String accelerator, AppContext context, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(context.libraryProperty().isNull());
        return item;
    }

    private static MenuItem editSelected(AppContext context, Editor forms) {
        MenuItem item = new MenuItem("Edit Selected Event…");
        item.setId("menu-edit-selected");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        item.setOnAction(e -> {
            Long id = context.selectedEventId().get();
            if (id != null) forms.edit(new RecordRef(RecordKind.EVENT, id));
        });
        item.disableProperty().bind(context.libraryProperty().isNull().or(context.selectedEventId().isNull()));
        return item;
    }
}
