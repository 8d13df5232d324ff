package org.entente.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.entente.i18n.I18n;
import org.entente.app.edit.LibraryEditor;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.common.AppContext;

import static org.entente.ui.common.LibraryMenuItems.item;

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
                item(I18n.t("editor.menu.new-event"), "menu-new-event", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        context, () -> forms.create(RecordKind.EVENT)),
                item(I18n.t("editor.menu.new-actor"), "menu-new-actor", null, context, () -> forms.create(RecordKind.ACTOR)),
                item(I18n.t("editor.menu.new-partnership"), "menu-new-partnership", null, context, () -> forms.create(RecordKind.PARTNERSHIP)),
                item(I18n.t("editor.menu.new-period"), "menu-new-period", null, context, () -> forms.create(RecordKind.PERIOD)),
                item(I18n.t("editor.menu.new-trade-figure"), "menu-new-trade-figure", null, context, () -> forms.create(RecordKind.TRADE_FIGURE)),
                item(I18n.t("editor.menu.new-trade-change"), "menu-new-trade-change", null, context, forms::createTradeChange),
                item(I18n.t("editor.menu.new-source"), "menu-new-source", null, context, () -> forms.create(RecordKind.SOURCE)),
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

    private static MenuItem editSelected(AppContext context, Editor forms) {
        MenuItem item = new MenuItem(I18n.t("editor.menu.edit-selected"));
        item.setId("menu-edit-selected");
        item.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(e -> {
            Long id = context.selectedEventId().get();
            if (id != null) forms.edit(new RecordRef(RecordKind.EVENT, id));
        });
        item.disableProperty().bind(context.libraryProperty().isNull().or(context.selectedEventId().isNull()));
        return item;
    }
}
