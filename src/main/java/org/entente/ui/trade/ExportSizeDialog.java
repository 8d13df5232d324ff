package org.entente.ui.trade;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.entente.i18n.I18n;

/** Asks for a PNG's size and whether to draw it at 2× for sharp slides. */
final class ExportSizeDialog extends Dialog<ExportSizeDialog.Size> {

    /** Layout size in pixels and the drawing scale (1 or 2). */
    record Size(int width, int height, double scale) {}

    ExportSizeDialog(Window owner, int width, int height) {
        initOwner(owner);
        setTitle(I18n.t("measures.export.png.title"));
        setHeaderText(I18n.t("measures.export.size.header"));
        Spinner<Integer> w = new Spinner<>(100, TradeChartExport.MAX_SIDE, width, 100);
        Spinner<Integer> h = new Spinner<>(100, TradeChartExport.MAX_SIDE, height, 100);
        w.setEditable(true);
        h.setEditable(true);
        w.setId("export-width");
        h.setId("export-height");
        CheckBox twice = new CheckBox(I18n.t("measures.export.size.twice"));
        twice.setId("export-2x");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(I18n.t("measures.export.size.width")), w);
        grid.addRow(1, new Label(I18n.t("measures.export.size.height")), h);
        grid.add(twice, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        // JavaFX names its own OK and Cancel only in the languages it ships; these are the app's
        ButtonType ok = new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        setResultConverter(b -> b == ok ? new Size(w.getValue(), h.getValue(), twice.isSelected() ? 2 : 1) : null);
    }
}
