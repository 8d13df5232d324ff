package org.entente.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.entente.app.ExportFormat;
import org.entente.app.ExportService;
import org.entente.app.ImportProgress;
import org.entente.app.task.BackgroundTask;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;

/** File › Export…: choose a format, then a file or folder; the export runs in the background. */
public final class ExportDialog {
    private final AppContext context;
    private final Stage stage = new Stage();
    private final BiFunction<AppContext, ExportFormat, Optional<Path>> chooseTarget;
    @FXML private ListView<ExportFormat> formats;
    @FXML private Label status;

    public ExportDialog(AppContext context) {
        this(context, ExchangeActions::chooseTarget);
    }

    /** With {@code chooseTarget} in place of the system's file and folder choosers (tests cannot click those). */
    ExportDialog(AppContext context, BiFunction<AppContext, ExportFormat, Optional<Path>> chooseTarget) {
        this.context = context;
        stage.setTitle(I18n.t("exchange.dialog.export.title"));
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        this.chooseTarget = chooseTarget;
        BorderPane root = Fxml.load(ExportDialog.class.getResource("ExportDialog.fxml"), this);
        formats.getItems().setAll(ExportFormat.values());
        formats.getSelectionModel().selectFirst();
        formats.setCellFactory(lv -> new ListCell<>() {
            {
                // A format's description can be wider than the dialog (in Vietnamese, or in large
                // type): it wraps inside the list rather than running under a scroll bar.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ExportFormat f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.label());
            }
        });
        stage.setScene(new Scene(root, 640, 480));
        stage.getScene().getStylesheets().add(ExportDialog.class.getResource("exchange.css").toExternalForm());
    }

    public void show() { stage.show(); }

    @FXML
    private void export() {
        chooseTarget.apply(context, formats.getSelectionModel().getSelectedItem())
                .ifPresent(p -> exportTo(formats.getSelectionModel().getSelectedItem(), p));
    }

    @FXML
    private void close() { stage.close(); }

    /** Exports in the background; the status line says where it went or why it failed. */
    public Task<ExportService.ExportOutcome> exportTo(ExportFormat format, Path target) {
        status.setText(I18n.t("exchange.dialog.export.running"));
        return context.tasks().submit(BackgroundTask.of(I18n.t("exchange.dialog.export.task", format.key()),
                        progress -> new ExportService(context.library()).export(format, target, ImportProgress.of(progress)))
                .onSuccess(done -> status.setText(I18n.t("exchange.dialog.export.done", done.records(), done.target().toString())))
                .onFailure(error -> {
                    if (!(error instanceof java.util.concurrent.CancellationException)) status.setText(I18n.t("exchange.dialog.export.failed", error.getMessage()));
                }));
    }
}
