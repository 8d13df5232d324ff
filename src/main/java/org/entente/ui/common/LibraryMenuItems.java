package org.entente.ui.common;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The menu items the views add to the shell's menus for work on the open library. */
public final class LibraryMenuItems {
    private LibraryMenuItems() {}

    /**
     * An item that runs {@code action} on the open library, disabled while none is open.
     *
     * @param accelerator its shortcut, or null
     */
    public static MenuItem item(String text, String id, KeyCombination accelerator, AppContext context, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(context.libraryProperty().isNull());
        return item;
    }

    /** The place just after the item of {@code menu} with id {@code id}, or the menu's end when it has none. */
    public static int after(Menu menu, String id) {
        int at = menu.getItems().size();
        for (int i = 0; i < menu.getItems().size(); i++) if (id.equals(menu.getItems().get(i).getId())) at = i + 1;
        return at;
    }
}
