package org.entente.ui.common.annotate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Annotation;
import org.entente.model.Note;
import org.entente.model.Provenance;
import org.entente.model.RecordRef;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.DateTimes;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The user's own layer on one record, for any detail display: a star, a highlight colour, tags,
 * notes in light Markdown (added, edited and deleted here) and where the record came from. Loads
 * in the background; every change is one undoable write, after which the library's views reload.
 */
public final class AnnotationPanel extends VBox {

    private final AppContext context;
    private final RecordRef target;
    private Annotation annotation;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Annotation> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shownAnnotation");
    private java.util.concurrent.Future<?> loading;

    /** What the panel shows, read in one background call. */
    record Data(Annotation annotation, List<Note> notes, Optional<Provenance> provenance) {
        static Data read(Library library, RecordRef target) {
            return new Data(library.annotations().of(target), library.notes().forRecord(target), library.annotations().provenance(target));
        }
    }

    public AnnotationPanel(AppContext context, RecordRef target) {
        super(8);
        this.context = context;
        this.target = target;
        this.annotation = Annotation.none(target);
        getStyleClass().add("annotation-panel");
        getStylesheets().add(stylesheet());
        reload();
    }

    public RecordRef target() { return target; }

    /** The stylesheet of notes and marks, for any node that shows them. */
    public static String stylesheet() { return AnnotationPanel.class.getResource("annotate.css").toExternalForm(); }

    /**
     * Reloads after every change of the library while the panel is shown, for hosts that keep the
     * panel across edits (the event detail pane builds a new one instead).
     */
    public void followLibraryChanges() {
        javafx.beans.InvalidationListener reload = o -> reload();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) context.libraryVersion().addListener(reload);
            else context.libraryVersion().removeListener(reload);
        });
        if (getScene() != null) context.libraryVersion().addListener(reload);
    }

    /** Reads the record's marks, notes and provenance again. */
    public void reload() {
        Library library = context.library();
        if (library == null) return;
        if (loading != null) loading.cancel(true);
        loading = context.tasks().run(I18n.t("shell.task.loading-notes"), () -> Data.read(library, target), this::show);
    }

    /** The marks as last loaded (null until then): hosts style the record's title by it. */
    public javafx.beans.property.ReadOnlyObjectProperty<Annotation> shownAnnotationProperty() { return shown.getReadOnlyProperty(); }

    /** Adds to {@code node} the style classes of a highlight colour (removing those of another). */
    public static void applyHighlight(javafx.scene.Node node, Annotation a) {
        for (Highlight h : Highlight.values()) node.getStyleClass().remove(h.styleClass());
        node.getStyleClass().remove("highlighted");
        Optional<Highlight> h = a == null ? Optional.empty() : Highlight.of(a.highlight());
        h.ifPresent(x -> node.getStyleClass().addAll("highlighted", x.styleClass()));
    }

    void show(Data data) {
        annotation = data.annotation();
        shown.set(annotation);
        getChildren().setAll(marks(), tagsRow(), heading(I18n.t("shell.notes.heading")));
        VBox notes = new VBox(8);
        notes.getStyleClass().add("note-list");
        notes.setId("note-list");
        for (Note n : data.notes()) notes.getChildren().add(card(n, notes));
        getChildren().add(notes);
        Button add = new Button(I18n.t("shell.notes.add"), new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        add.setId("note-add");
        add.getStyleClass().add("flat");
        add.setOnAction(e -> {
            add.setVisible(false);
            add.setManaged(false);
            notes.getChildren().add(editor(new Note(0, target, "", List.of(), null, null, null), notes, null, () -> {
                add.setVisible(true);
                add.setManaged(true);
            }));
        });
        getChildren().add(add);
        data.provenance().ifPresent(p -> getChildren().addAll(heading(I18n.t("shell.notes.record")), provenance(p)));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-heading");
        return l;
    }

    // ---- star and highlight ----------------------------------------------------------------------

    private javafx.scene.layout.Pane marks() {
        ToggleButton star = new ToggleButton(I18n.t(annotation.starred() ? "shell.notes.starred" : "shell.notes.star"),
                new FontIcon(annotation.starred() ? MaterialDesignS.STAR : MaterialDesignS.STAR_OUTLINE));
        star.setId("annotation-star");
        star.getStyleClass().add("annotation-star");
        star.setSelected(annotation.starred());
        star.setTooltip(new Tooltip(I18n.t("shell.notes.star.tooltip")));
        star.setOnAction(e -> save(annotation.withStarred(star.isSelected())));

        HBox swatches = new HBox(4);
        swatches.setAlignment(Pos.CENTER_LEFT);
        swatches.getStyleClass().add("highlight-swatches");
        ToggleGroup group = new ToggleGroup();
        ToggleButton none = swatch(group, null, I18n.t("shell.notes.highlight.none"));
        none.getStyleClass().add("highlight-none");
        swatches.getChildren().add(none);
        for (Highlight h : Highlight.values()) {
            ToggleButton b = swatch(group, h.hex(), h.swatchName());
            b.getStyleClass().add(h.styleClass());
            swatches.getChildren().add(b);
        }
        Label highlightLabel = new Label(I18n.t("shell.notes.highlight"));
        highlightLabel.getStyleClass().add("annotation-label");
        // Wraps in a narrow pane (1280×800, large type) rather than cutting "Star" and "Highlight".
        star.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        highlightLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(12, 6, star, highlightLabel, swatches);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("annotation-marks");
        return row;
    }

    private ToggleButton swatch(ToggleGroup group, String hex, String name) {
        ToggleButton b = new ToggleButton();
        b.setToggleGroup(group);
        b.getStyleClass().add("highlight-swatch");
        b.setAccessibleText(name);
        b.setTooltip(new Tooltip(name));
        b.setId("highlight-" + (hex == null ? "none" : hex.substring(1)));
        b.setSelected(hex == null ? annotation.highlight() == null : hex.equalsIgnoreCase(annotation.highlight()));
        b.setOnAction(e -> {
            if (!b.isSelected()) b.setSelected(true); // a radio choice: clicking the chosen one keeps it
            if (!java.util.Objects.equals(hex, annotation.highlight())) save(annotation.withHighlight(hex));
        });
        return b;
    }

    // ---- tags ----------------------------------------------------------------------------------

    private HBox tagsRow() {
        Label label = new Label(I18n.t("shell.notes.tags"));
        label.getStyleClass().add("annotation-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField field = new TextField(String.join(", ", annotation.tags()));
        field.setId("annotation-tags");
        field.setPromptText(I18n.t("shell.notes.tags.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        Runnable commit = () -> {
            List<String> tags = Annotation.parseTags(field.getText());
            if (!tags.equals(annotation.tags())) save(annotation.withTags(tags));
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) commit.run();
        });
        HBox row = new HBox(8, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The toggles show the change at once; if the write fails (the library busy in another
     * window, say) or is cancelled, the marks and tags are read again from the library, so they
     * show what is stored (the rest of the panel, an open note editor with it, stays).
     */
    private void save(Annotation changed) {
        annotation = changed;
        AnnotationWrites.saveAnnotation(context, changed, stored -> annotation = stored, error -> showStoredMarks());
    }

    private void showStoredMarks() {
        Library library = context.library();
        if (library == null) return;
        context.tasks().run(I18n.t("shell.task.loading-marks"), () -> library.annotations().of(target), stored -> {
            annotation = stored;
            shown.set(stored);
            // show() put the marks row first and the tags row second.
            if (getChildren().size() >= 2) {
                getChildren().set(0, marks());
                getChildren().set(1, tagsRow());
            }
        });
    }

    // ---- notes ---------------------------------------------------------------------------------

    private VBox card(Note note, VBox list) {
        VBox body = NoteRenderer.render(note.text());
        Label when = new Label(noteTimes(note));
        when.getStyleClass().add("note-when");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = new Button(null, new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.getStyleClass().addAll("flat", "note-edit");
        edit.setTooltip(new Tooltip(I18n.t("shell.notes.edit")));
        edit.setAccessibleText(I18n.t("shell.notes.edit"));
        Button delete = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.getStyleClass().addAll("flat", "note-delete");
        delete.setTooltip(new Tooltip(I18n.t("shell.notes.delete.tooltip")));
        delete.setAccessibleText(I18n.t("shell.notes.delete"));
        delete.setOnAction(e -> AnnotationWrites.deleteNote(context, note));
        HBox footer = new HBox(4, when, spacer, edit, delete);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, body, footer);
        card.getStyleClass().add("note-card");
        edit.setOnAction(e -> {
            int at = list.getChildren().indexOf(card);
            list.getChildren().set(at, editor(note, list, card, () -> { }));
        });
        return card;
    }

    private static String noteTimes(Note n) {
        if (n.created() == null) return "";
        if (n.updated() != null && n.updated().isAfter(n.created()))
            return I18n.t("shell.notes.written-edited", format(n.created()), format(n.updated()));
        return I18n.t("shell.notes.written", format(n.created()));
    }

    /** An editor in place of {@code replaced} (or appended when it is null). */
    private VBox editor(Note note, VBox list, VBox replaced, Runnable closed) {
        TextArea text = new TextArea(note.text());
        text.setId("note-editor");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText(I18n.t("shell.notes.prompt", markdownHint()));
        Label hint = new Label(markdownHint());
        hint.getStyleClass().add("note-hint");
        Button save = new Button(I18n.t("shell.notes.save"));
        save.setId("note-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(text.textProperty().isEmpty());
        Button cancel = new Button(I18n.t("common.cancel"));
        cancel.setId("note-cancel");
        HBox buttons = new HBox(8, save, cancel);
        VBox box = new VBox(6, text, hint, buttons);
        box.getStyleClass().add("note-editor");
        Runnable close = () -> {
            int at = list.getChildren().indexOf(box);
            if (at >= 0) {
                if (replaced != null) list.getChildren().set(at, replaced);
                else list.getChildren().remove(at);
            }
            closed.run();
        };
        cancel.setOnAction(e -> close.run());
        save.setOnAction(e -> {
            if (text.getText().isBlank()) return;
            save.disableProperty().unbind();
            save.setDisable(true);
            Note changed = new Note(note.id(), target, text.getText().strip(), note.tags(), note.highlight(), note.created(), note.updated());
            // The library's change reloads this panel (and every view): no local state to patch.
            // A failed save keeps the editor and its text, and Save works again.
            AnnotationWrites.saveNote(context, changed, stored -> { },
                    error -> save.disableProperty().bind(text.textProperty().isEmpty()));
        });
        javafx.application.Platform.runLater(text::requestFocus);
        return box;
    }

    // ---- provenance ----------------------------------------------------------------------------

    private static VBox provenance(Provenance p) {
        Label origin = new Label(origin(p));
        origin.setId("record-origin");
        origin.getStyleClass().add("record-origin");
        origin.setWrapText(true);
        Label when = new Label(p.changedSince() ? I18n.t("shell.record.added-changed", format(p.created()), format(p.updated()))
                : I18n.t("shell.record.added", format(p.created())));
        when.setId("record-times");
        when.getStyleClass().add("record-times");
        when.setWrapText(true);
        return new VBox(2, origin, when);
    }

    /** For tests: what the panel last showed as the record's marks. */
    Annotation annotation() { return annotation; }

    static String format(Instant when) { return DateTimes.dateTime(when); }

    /** How notes are written, shown under the note editor. */
    static String markdownHint() { return I18n.t("shell.notes.markdown-hint"); }

    /** Where a record came from, for people: "Starter library", "Imported from a.csv, b.json", "Added by you". */
    static String origin(Provenance p) {
        String origin = p.origin();
        if (origin.equals("starter")) return I18n.t("shell.record.origin.starter");
        if (origin.equals("user")) return I18n.t("shell.record.origin.user");
        if (origin.startsWith("dataset:")) return I18n.t("shell.record.origin.dataset", origin.substring("dataset:".length()));
        if (origin.startsWith("import:")) {
            String files = origin.substring("import:".length()).replace(",", ", ");
            return files.isBlank() ? I18n.t("shell.record.origin.imported") : I18n.t("shell.record.origin.imported-from", files);
        }
        return origin;
    }
}
