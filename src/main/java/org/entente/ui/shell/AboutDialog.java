package org.entente.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.entente.i18n.I18n;

/** Help › Data Sources (Help › About is org.entente.ui.help.AboutWindow). */
final class AboutDialog {
    private AboutDialog() {}

    static void showSources(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(I18n.t("shell.menu.help.sources"));
        a.setHeaderText(I18n.t("shell.sources.header"));
        Label body = new Label(I18n.t("shell.sources.body"));
        body.setWrapText(true);
        body.setMaxWidth(460);
        a.getDialogPane().setContent(body);
        a.show();
    }

}
