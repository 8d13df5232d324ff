package org.entente.ui.editor;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * A form in its own window: a heading, the fields, and Delete / Cancel / Save. Save stays disabled
 * while a rule fails; it saves in the background through the edit layer, and closes on success or
 * shows the edit layer's message (nothing saved) on failure.
 *
 * @param <T> the record the form edits
 */
abstract class RecordForm<T> {
    protected final AppContext context;
    protected final EditorData data;
    protected final FormModel<T> model;
    protected final FormPane fields = new FormPane();
    private final Stage stage = new Stage();
    private final Button save = new Button(I18n.t("editor.form.save"));
    private final Button cancel = new Button(I18n.t("common.cancel"));
    private final Button delete = new Button(I18n.t("editor.form.delete"));
    private Function<T, T> saver;
    private LongConsumer deleter;
    private Consumer<T> onSaved = t -> { };
    private ScrollPane scroll;

    RecordForm(AppContext context, EditorData data, FormModel<T> model) {
        this.context = context;
        this.data = data;
        this.model = model;
    }

    /** The kind as an id, e.g. "event" or "trade-figure", for the window's id and style class (never shown). */
    abstract String kind();

    /** The kind of record the form edits. */
    abstract RecordKind recordKind();

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
    abstract javafx.scene.Node build();

    /** The record's name in the delete question, e.g. the event's title. */
    abstract String describe();

    /** How the form saves (off the FX thread) and deletes: the edit layer's methods. */
    RecordForm<T> persistWith(Function<T, T> save, LongConsumer delete) {
        this.saver = save;
        this.deleter = delete;
        return this;
    }

    /** Called on the FX thread with the stored record after a save. */
    RecordForm<T> onSaved(Consumer<T> action) {
        onSaved = onSaved.andThen(action);
        return this;
    }

    Stage stage() { return stage; }

    FormModel<T> model() { return model; }

    /** Builds and shows the form's window over {@code owner}. */
    RecordForm<T> show(Window owner) {
        var first = build();
        if (model.id() != 0) fields.showAll();

        Label heading = new Label(model.heading());
        heading.getStyleClass().addAll(Styles.TITLE_3, "form-heading");
        Label hint = new Label(hint());
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, "form-hint");
        hint.setWrapText(true);
        VBox top = new VBox(2, heading, hint);
        top.getStyleClass().add("form-top");

        Message error = new Message(I18n.t("editor.form.not-saved"), null, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        error.getStyleClass().add(Styles.DANGER);
        error.setId("form-save-error");
        error.descriptionProperty().bind(model.saveError());
        error.visibleProperty().bind(model.saveError().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("form-scroll", "edge-to-edge");
        VBox centre = new VBox(10, error, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        centre.getStyleClass().add("form-centre");

        Label status = new Label();
        status.getStyleClass().addAll("form-status", Styles.TEXT_MUTED);
        status.setId("form-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.busy().get() ? I18n.t("editor.form.saving")
                : model.firstProblem().get() == null ? "" : model.firstProblem().get(),
                model.firstProblem(), model.busy()));
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        save.setId("form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> save());
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        delete.setId("form-delete");
        delete.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setVisible(model.id() != 0 && deleter != null);
        delete.setManaged(delete.isVisible());
        delete.disableProperty().bind(model.busy());
        delete.setOnAction(e -> confirmDelete());
        HBox buttons = new HBox(8, delete, status, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("form-buttons");

        BorderPane root = new BorderPane(centre, top, null, buttons, null);
        root.getStyleClass().addAll("record-form", "record-form-" + kind());
        root.setId("form-" + kind());
        org.entente.ui.common.AppStyles.follow(root, context);
        BorderPane.setMargin(centre, new Insets(0));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(org.entente.ui.common.AppStyles.main(), RecordForm.class.getResource("editor.css").toExternalForm());
        // Shortcut+Enter saves from anywhere, also from a multi-line summary that keeps plain Enter.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!save.isDisabled()) save();
        });
        this.scroll = scroll;
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

    /** Saves in the background through the edit layer; a refusal is shown in the form and nothing is saved. */
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
