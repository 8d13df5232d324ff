package org.entente.ui.trade;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a PNG's size and whether to draw it at 2× for sharp slides. */
final class ExportSizeDialog extends Dialog<ExportSizeDialog.Size> {

    /** Layout size in pixels and the drawing scale (1 or 2). */
    record Size(int width, int height, double scale) {}

    ExportSizeDialog(Window owner, int width, int height) {
        initOwner(owner);
        setTitle("Export chart as PNG");
        setHeaderText("Image size (the layout; 2× doubles the pixels, not the layout)");
        Spinner<Integer> w = new Spinner<>(100, TradeChartExport.MAX_SIDE, width, 100);
        Spinner<Integer> h = new Spinner<>(100, TradeChartExport.MAX_SIDE, height, 100);
        w.setEditable(true);
        h.setEditable(true);
        w.setId("export-width");
        h.setId("export-height");
        CheckBox twice = new CheckBox("2× scale (sharp on high-resolution projectors)");
        twice.setId("export-2x");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Width"), w);
        grid.addRow(1, new Label("Height"), h);
        grid.add(twice, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new Size(w.getValue(), h.getValue(), twice.isSelected() ? 2 : 1) : null);
    }
}
