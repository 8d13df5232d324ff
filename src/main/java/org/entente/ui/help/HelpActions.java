package org.entente.ui.help;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;


/** The Help menu's own items: Welcome, Keyboard Shortcuts and About, put first in the menu with id "menu-help". */
public final class HelpActions {
    private HelpActions() {}

    public static void install(MenuBar bar, Window owner, AppContext context) {
        Menu help = bar.getMenus().stream().filter(m -> "menu-help".equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Help menu"));
        MenuItem welcome = new MenuItem(I18n.t("shell.menu.help.welcome"));
        welcome.setId("help-welcome");
        welcome.setOnAction(e -> WelcomeWindow.show(owner, context.library() == null ? null : context.library().file(), context));
        MenuItem shortcuts = new MenuItem(I18n.t("shell.menu.help.shortcuts"));
        shortcuts.setId("help-shortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> ShortcutsWindow.show(owner, bar, context));
        MenuItem about = new MenuItem(I18n.t("shell.menu.help.about"));
        about.setId("help-about");
        about.setOnAction(e -> AboutWindow.show(owner, context.library() == null ? null : context.library().file(), context));
        help.getItems().addAll(0, java.util.List.of(welcome, shortcuts, new SeparatorMenuItem(), about));
    }
}
