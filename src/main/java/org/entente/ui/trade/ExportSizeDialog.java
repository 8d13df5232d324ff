package org.entente.ui.trade;

import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Window;

import org.entente.i18n.I18n;
import org.entente.ui.common.Fxml;

/** Asks for a PNG's size and whether to draw it at 2× for sharp slides. */
final class ExportSizeDialog extends Dialog<ExportSizeDialog.Size> {

    /** Layout size in pixels and the drawing scale (1 or 2). */
    record Size(int width, int height, double scale) {}

    // From ExportSizeDialog.fxml.
    @FXML private Spinner<Integer> widthField, heightField;
    @FXML private CheckBox twice;

    ExportSizeDialog(Window owner, int width, int height) {
        initOwner(owner);
        setTitle(I18n.t("measures.export.png.title"));
        setHeaderText(I18n.t("measures.export.size.header"));
        getDialogPane().setContent(Fxml.load(ExportSizeDialog.class.getResource("ExportSizeDialog.fxml"), this));
        widthField.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(100, TradeChartExport.MAX_SIDE, width, 100));
        heightField.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(100, TradeChartExport.MAX_SIDE, height, 100));
        // JavaFX names its own OK and Cancel only in the languages it ships; these are the app's
        ButtonType ok = new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        setResultConverter(b -> b == ok ? new Size(widthField.getValue(), heightField.getValue(), twice.isSelected() ? 2 : 1) : null);
    }
}
