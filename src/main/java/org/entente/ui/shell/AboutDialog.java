package org.entente.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help › Data Sources (Help › About is org.entente.ui.help.AboutWindow). */
final class AboutDialog {
    private AboutDialog() {}

    static void showSources(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Data Sources");
        a.setHeaderText("The starter library: Vietnam's bamboo diplomacy, 2008–2024");
        Label body = new Label("Every event, partnership level and trade figure in the starter library cites its source: "
                + "news agencies and newspapers (VNA, VnExpress, Saigon Times, Yonhap, Reuters…), UN press releases, "
                + "ministry statistics, and three commentaries on Putin's June 2024 visit (Fulcrum, ASEAN Wonk, DW). "
                + "Select an event to see its sources.\n\nMirror statistics disagree: a trade figure always names "
                + "its reporter, and gaps are shown as gaps.");
        body.setWrapText(true);
        body.setMaxWidth(460);
        a.getDialogPane().setContent(body);
        a.show();
    }

}
