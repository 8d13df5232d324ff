package org.entente.ui.network;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

import org.entente.app.task.BackgroundTask;
import org.entente.controls.network.NetworkStyle;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.FileDialogs;
import org.entente.ui.common.Fxml;

/**
 * Export › Replay as GIF or MP4…: the network over a range of dates as an animated GIF or an MP4
 * video. The fields say at once how many frames and seconds the replay makes (or what is wrong);
 * Export GIF (or MP4) writes it in the background with a progress bar, and Cancel stops it, leaving
 * no file. The file's extension follows the format chosen.
 */
public final class ReplayDialog {
    private final AppContext context;
    private final NetworkViewModel vm;
    private final Supplier<NetworkStyle> style;
    private final Stage stage = new Stage();
    private Task<Path> running;
    @FXML private TextField from, to, seconds, file;
    @FXML private ChoiceBox<NetworkViewModel.Step> step;
    @FXML private ChoiceBox<NetworkReplay.Format> format;
    @FXML private ComboBox<String> size;
    @FXML private Label summary, status;
    @FXML private ProgressBar progress;
    @FXML private Button closeButton, exportButton;

    /** @param style the diagram's colours and type, read when the export starts */
    public ReplayDialog(AppContext context, NetworkViewModel vm, Supplier<NetworkStyle> style) {
        this.context = context;
        this.vm = vm;
        this.style = style;
        stage.setTitle(I18n.t("network.replay.title"));
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        BorderPane root = Fxml.load(ReplayDialog.class.getResource("ReplayDialog.fxml"), this);
        from.setText(Integer.toString(vm.firstDate().get().getYear()));
        to.setText(Integer.toString(vm.lastDate().get().getYear()));
        step.getItems().setAll(NetworkViewModel.Step.values());
        step.setValue(vm.step().get());
        size.getItems().setAll("1280×720", "1920×1080", "1024×768", "3840×2160");
        size.setValue("1280×720");
        seconds.setText("1");
        format.getItems().setAll(NetworkReplay.Format.values());
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(NetworkReplay.Format f) { return f == null ? "" : formatName(f); }
            @Override public NetworkReplay.Format fromString(String text) { return null; }
        });
        format.setValue(NetworkReplay.Format.GIF);
        format.valueProperty().addListener((o, was, now) -> followFormat(now));
        InvalidationListener check = o -> checkFields();
        for (javafx.beans.Observable p : java.util.List.<javafx.beans.Observable>of(from.textProperty(), to.textProperty(), seconds.textProperty(), file.textProperty(),
                step.valueProperty(), format.valueProperty(), size.valueProperty(), size.getEditor().textProperty())) p.addListener(check);
        checkFields();
        stage.setScene(new Scene(root, 560, 480));
        stage.getScene().getStylesheets().add(ReplayDialog.class.getResource("network-app.css").toExternalForm());
    }

    public void show() { stage.show(); }

    public Stage stage() { return stage; }

    /** The options the fields describe; throws with the message to show when they do not. */
    NetworkReplay.Options options() {
        double s;
        try {
            s = Double.parseDouble(seconds.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(I18n.t("network.replay.error.not-a-number", seconds.getText()));
        }
        // The editor's text: what was typed, or the item picked (the value itself changes only on Enter).
        return NetworkReplay.Options.parse(from.getText(), to.getText(), step.getValue(), size.getEditor().getText(), s, format.getValue());
    }

    private static String formatName(NetworkReplay.Format f) {
        return f == NetworkReplay.Format.MP4 ? I18n.t("network.replay.filter.mp4") : I18n.t("network.replay.filter");
    }

    /** The export button names the format, and a file name typed with the other format's extension takes this one's. */
    private void followFormat(NetworkReplay.Format now) {
        exportButton.setText(now == NetworkReplay.Format.MP4 ? I18n.t("network.replay.export.mp4") : I18n.t("network.replay.export"));
        String name = file.getText().strip();
        for (NetworkReplay.Format other : NetworkReplay.Format.values()) {
            String dotted = "." + other.extension();
            if (other != now && name.toLowerCase(Locale.ROOT).endsWith(dotted))
                file.setText(name.substring(0, name.length() - dotted.length()) + "." + now.extension());
        }
    }

    private void checkFields() {
        summary.getStyleClass().remove("replay-error");
        try {
            NetworkReplay.Options o = options();
            int frames = o.dates().size();
            summary.setText(I18n.t(o.format() == NetworkReplay.Format.MP4 ? "network.replay.summary.mp4" : "network.replay.summary", frames, NetworkReplay.caption(o.dates().get(0)),
                    NetworkReplay.caption(o.dates().get(frames - 1)), Integer.toString(o.width()), Integer.toString(o.height()),
                    I18n.fixed(frames * o.delayCentiseconds() / 100.0, 1)));
            exportButton.setDisable(running != null || file.getText().isBlank());
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            summary.getStyleClass().add("replay-error");
            exportButton.setDisable(true);
        }
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("network.replay.save-as"));
        NetworkReplay.Format chosen = format.getValue();
        chooser.setInitialFileName("network-" + from.getText().strip() + "-" + to.getText().strip() + "." + chosen.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatName(chosen), "*." + chosen.extension()));
        FileDialogs.save(chooser, stage).ifPresent(p -> file.setText(p.toString()));
    }

    @FXML
    private void closeOrCancel() {
        if (running != null) running.cancel();
        else stage.close();
    }

    @FXML
    private void export() {
        if (running != null || !vm.hasData()) return;
        NetworkReplay.Options options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            checkFields();
            return;
        }
        String name = file.getText().strip();
        String extension = "." + options.format().extension();
        Path target = Path.of(name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension).toAbsolutePath();
        int frames = options.dates().size();
        status.setText(I18n.t("network.replay.writing", frames));
        BackgroundTask<Path> replay = NetworkReplay.task(options, vm.frames(), vm.positions().get(), style.get(), target);
        AtomicReference<Path> written = new AtomicReference<>();
        // A cancel ends the JavaFX task at once, while the work stops at its next frame and then removes
        // its temporary file: the dialog says "Cancelled" only once the work has stopped.
        running = context.tasks().submit(BackgroundTask.of(replay.title(), progress -> {
                    try {
                        written.set(replay.call(progress));
                        return written.get();
                    } finally {
                        Platform.runLater(() -> stopped(written.get(), frames));
                    }
                })
                .onSuccess(p -> finished(I18n.t("network.replay.saved", frames, p)))
                .onFailure(error -> {
                    if (error instanceof CancellationException) status.setText(I18n.t("network.replay.stopping"));
                    else finished(I18n.t("network.replay.failed", error.getMessage()));
                }));
        progress.progressProperty().bind(running.progressProperty());
        // "Frame 12 of 120: 1 December 2015", as the work goes
        running.messageProperty().addListener((o, was, message) -> {
            if (running != null && message != null && !message.isBlank() && !running.isCancelled()) status.setText(message);
        });
        progress.setVisible(true);
        closeButton.setText(I18n.t("common.cancel"));
        exportButton.setDisable(true);
    }

    /** The work has stopped: after a cancel, says whether the file was written after all (the cancel came too late). */
    private void stopped(Path written, int frames) {
        if (running == null || !running.isCancelled()) return;
        finished(written == null ? I18n.t("network.replay.cancelled-nothing") : I18n.t("network.replay.saved-before-cancel", frames, written));
    }

    private void finished(String message) {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        closeButton.setText(I18n.t("common.close"));
        status.setText(message);
        checkFields();
    }
}
