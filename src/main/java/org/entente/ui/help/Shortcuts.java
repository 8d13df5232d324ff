package org.entente.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Every keyboard shortcut of the menus, read from the real menu items, so the list cannot drift from them. */
public final class Shortcuts {
    private Shortcuts() {}

    /**
     * One shortcut.
     *
     * @param command the menu path, e.g. "File › Open Library…"
     * @param keys    the accelerator as the platform shows it, e.g. "Ctrl+O"
     */
    public record Shortcut(String command, String keys) {}

    /** The menus' accelerators in menu order. */
    public static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) collect(menu, menu.getText(), out);
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(path + " › " + item.getText(), item.getAccelerator().getDisplayText()));
            }
        }
    }
}
