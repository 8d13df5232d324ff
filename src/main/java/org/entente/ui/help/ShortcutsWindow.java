package org.entente.ui.help;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;


/** Help › Keyboard Shortcuts: a table of every menu accelerator (layout in shortcuts.fxml). */
public final class ShortcutsWindow {
    @FXML private TableView<Shortcuts.Shortcut> table;
    @FXML private TableColumn<Shortcuts.Shortcut, String> commandColumn;
    @FXML private TableColumn<Shortcuts.Shortcut, String> keysColumn;
    @FXML private javafx.scene.control.Button closeButton;
    private final Stage stage;

    private ShortcutsWindow(Window owner, MenuBar bar, AppContext context) {
        stage = HelpWindows.stage(owner, I18n.t("shell.shortcuts.title"), Fxml.load(ShortcutsWindow.class.getResource("ShortcutsWindow.fxml"), this), context);
        commandColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().command()));
        keysColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        table.getItems().setAll(Shortcuts.of(bar));
        closeButton.setOnAction(e -> stage.close());
    }

    /** Shows the shortcuts of {@code bar}'s menus, as they are now. */
    public static Stage show(Window owner, MenuBar bar, AppContext context) {
        ShortcutsWindow w = new ShortcutsWindow(owner, bar, context);
        w.stage.show();
        return w.stage;
    }
}
