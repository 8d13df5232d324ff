package org.entente.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.entente.app.ExportFormat;
import org.entente.app.ExportService;
import org.entente.app.ImportProgress;
import org.entente.app.task.BackgroundTask;
import org.entente.ui.common.AppContext;

/** File › Export…: choose a format, then a file or folder; the export runs in the background. */
public final class ExportDialog {
    private final AppContext context;
    private final Stage stage = new Stage();
    private final ListView<ExportFormat> formats = new ListView<>();
    private final Label status = new Label();

    public ExportDialog(AppContext context) {
        this(context, ExchangeActions::chooseTarget);
    }

    /** With {@code chooseTarget} in place of the system's file and folder choosers (tests cannot click those). */
    ExportDialog(AppContext context, BiFunction<AppContext, ExportFormat, Optional<Path>> chooseTarget) {
        this.context = context;
        stage.setTitle("Export the library");
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        formats.setId("export-formats");
        formats.getItems().setAll(ExportFormat.values());
        formats.getSelectionModel().selectFirst();
        formats.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ExportFormat f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.label());
            }
        });
        Button export = new Button("Export…");
        export.setId("export-confirm");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseTarget.apply(context, formats.getSelectionModel().getSelectedItem())
                .ifPresent(p -> exportTo(formats.getSelectionModel().getSelectedItem(), p)));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        status.setId("export-status");
        status.setWrapText(true);
        HBox buttons = new HBox(8, close, export);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(formats, new VBox(6, new Label("Format"), status), null, buttons, null);
        root.getStyleClass().add("export-dialog");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(formats, new Insets(8, 0, 8, 0));
        stage.setScene(new Scene(root, 620, 420));
        stage.getScene().getStylesheets().add(ExportDialog.class.getResource("exchange.css").toExternalForm());
    }

    public void show() { stage.show(); }

    /** Exports in the background; the status line says where it went or why it failed. */
    public Task<ExportService.ExportOutcome> exportTo(ExportFormat format, Path target) {
        status.setText("Exporting…");
        return context.tasks().submit(BackgroundTask.of("Exporting " + format.key(),
                        progress -> new ExportService(context.library()).export(format, target, ImportProgress.of(progress)))
                .onSuccess(done -> status.setText("Exported " + done.records() + " records to " + done.target()))
                .onFailure(error -> {
                    if (!(error instanceof java.util.concurrent.CancellationException)) status.setText("Export failed: " + error.getMessage());
                }));
    }
}
