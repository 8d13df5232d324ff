package org.entente.ui.editor;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

import atlantafx.base.controls.Message;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppStyles;
import org.entente.ui.common.Fxml;

/**
 * A form in its own window: a heading, the fields, and Delete / Cancel / Save. Save stays disabled
 * while a rule fails; it saves in the background through the edit layer, and closes on success or
 * shows the edit layer's message (nothing saved) on failure.
 *
 * @param <T> the record the form edits
 * @param <M> the form's model
 */
abstract class RecordForm<T, M extends FormModel<T>> {
    protected final AppContext context;
    protected final EditorData data;
    protected final M model;
    private final RecordKind recordKind;
    protected final FormPane fields = new FormPane();
    private final Stage stage = new Stage();
    // The frame's nodes, from RecordForm.fxml.
    @FXML private BorderPane root;
    @FXML private Label heading, hint, status;
    @FXML private Message error;
    @FXML private ScrollPane scroll;
    @FXML private Button save, delete;
    private Function<T, T> saver;
    private LongConsumer deleter;
    private Consumer<T> onSaved = t -> { };

    RecordForm(AppContext context, EditorData data, M model, RecordKind recordKind) {
        this.context = context;
        this.data = data;
        this.model = model;
        this.recordKind = recordKind;
    }

    /**
     * The kind as an id, e.g. "event" or "trade-figure", for the window's id and style class (never
     * shown): the record kind's name unless the form says otherwise.
     */
    String kind() { return recordKind.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The kind of record the form edits. */
    final RecordKind recordKind() { return recordKind; }

    /** The kind as a word in a sentence, in the interface's language: "event", "sự kiện". */
    static String noun(RecordKind kind) {
        return switch (kind) {
            case EVENT -> I18n.t("editor.kind.event");
            case ACTOR -> I18n.t("editor.kind.actor");
            case PARTNERSHIP -> I18n.t("editor.kind.partnership");
            case PERIOD -> I18n.t("editor.kind.period");
            case TRADE_FIGURE -> I18n.t("editor.kind.trade-figure");
            case SOURCE -> I18n.t("editor.kind.source");
        };
    }

    /** What the form edits, in words ("trade figure"): its record kind's noun unless the form says otherwise. */
    String ownNoun() { return noun(recordKind()); }

    /** Adds the form's fields to {@link #fields} and returns the control to focus first. */
    abstract Node build();

    /** The record's name in the delete question, e.g. the event's title. */
    abstract String describe();

    /** A row of {@link #fields} whose control shows the message of the model's {@code field}; {@code input} is what the user changes in it. */
    <C extends Node> C row(String label, C control, String field, Observable input) {
        fields.add(label, control, model.message(field), null, input);
        return control;
    }

    /** A row of {@link #fields} with a text field for {@code value} that shows the message of the model's {@code field}. */
    TextField textRow(String label, String id, StringProperty value, String prompt, String field) {
        return row(label, text(id, value, prompt), field, value);
    }

    /** A text field for {@code value}, with an id for tests and a prompt. */
    static TextField text(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPromptText(prompt);
        return f;
    }

    /** How the form saves (off the FX thread) and deletes: the edit layer's methods. */
    RecordForm<T, M> persistWith(Function<T, T> save, LongConsumer delete) {
        this.saver = save;
        this.deleter = delete;
        return this;
    }

    /** Called on the FX thread with the stored record after a save. */
    RecordForm<T, M> onSaved(Consumer<T> action) {
        onSaved = onSaved.andThen(action);
        return this;
    }

    Stage stage() { return stage; }

    M model() { return model; }

    /** Builds and shows the form's window over {@code owner}: the frame from {@code RecordForm.fxml}, the fields from {@link #build()}. */
    RecordForm<T, M> show(Window owner) {
        var first = build();
        if (model.id() != 0) fields.showAll();
        Fxml.load(RecordForm.class.getResource("RecordForm.fxml"), this);

        heading.setText(model.heading());
        hint.setText(hint());
        error.descriptionProperty().bind(model.saveError());
        error.visibleProperty().bind(model.saveError().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        scroll.setContent(fields);
        status.textProperty().bind(Bindings.createStringBinding(() -> model.busy().get() ? I18n.t("editor.form.saving")
                : model.firstProblem().get() == null ? "" : model.firstProblem().get(),
                model.firstProblem(), model.busy()));
        save.disableProperty().bind(model.canSave().not());
        delete.setVisible(model.id() != 0 && deleter != null);
        delete.setManaged(delete.isVisible());
        delete.disableProperty().bind(model.busy());

        root.getStyleClass().add("record-form-" + kind());
        root.setId("form-" + kind());
        AppStyles.follow(root, context);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(AppStyles.main(), RecordForm.class.getResource("editor.css").toExternalForm());
        // Shortcut+Enter saves from anywhere, also from a multi-line summary that keeps plain Enter.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!save.isDisabled()) save();
        });
        stage.setScene(scene);
        fitToContent();
        stage.setTitle(I18n.t("editor.form.window-title", model.heading()));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(520);
        stage.setMinHeight(300);
        stage.setOnShown(e -> first.requestFocus());
        stage.show();
        return this;
    }

    /** Tall enough for every field and a couple of messages, without scrolling, where the screen allows. */
    void fitToContent() {
        scroll.getParent().applyCss();
        double wanted = fields.prefHeight(-1) + 48;
        double room = Math.max(560, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.85 - 200);
        scroll.setPrefViewportHeight(Math.min(wanted, room));
        if (stage.isShowing()) stage.sizeToScene();
    }

    /** The line under the heading. */
    String hint() {
        return I18n.t("editor.form.hint.dates", DateRules.PROMPT);
    }

    /** Cancel: closes the form, nothing saved. */
    @FXML
    private void close() { stage.close(); }

    /** Saves in the background through the edit layer; a refusal is shown in the form and nothing is saved. */
    @FXML
    void save() {
        fields.showAll();
        var record = model.build();
        if (record.isEmpty() || model.busy().get()) return;
        model.busy().set(true);
        T value = record.get();
        context.tasks().run(I18n.t("editor.form.task.saving", ownNoun()), () -> saver.apply(value), stored -> {
            model.busy().set(false);
            stage.close();
            onSaved.accept(stored);
            context.libraryChanged();
        }, error -> {
            model.busy().set(false);
            model.saveError().set(error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }

    @FXML
    private void confirmDelete() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("editor.form.delete.question", ownNoun(), describe()),
                new ButtonType(I18n.t("editor.form.delete.confirm"), ButtonType.OK.getButtonData()),
                new ButtonType(I18n.t("common.cancel"), ButtonType.CANCEL.getButtonData()));
        ask.setHeaderText(null);
        ask.initOwner(stage);
        ask.getDialogPane().setId("form-delete-confirm");
        ask.showAndWait().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).ifPresent(b -> delete());
    }

    void delete() {
        long id = model.id();
        model.busy().set(true);
        context.tasks().run(I18n.t("editor.form.task.deleting", ownNoun()), () -> {
            deleter.accept(id);
            return id;
        }, x -> {
            model.busy().set(false);
            stage.close();
            context.libraryChanged();
        }, error -> {
            model.busy().set(false);
            model.saveError().set(error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }
}
