package org.entente.ui.editor;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Source;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The small picking controls the forms share. */
final class Pickers {
    private Pickers() {}

    /**
     * One actor picked by typing: the field shows the chosen actor's label; editing the text away
     * from it clears the choice; an unknown name offers to create the actor.
     */
    static TextField actor(ObjectProperty<Actor> target, EditorData data, OnTheSpot spot, String prompt, String id) {
        TextField field = new TextField(target.get() == null ? "" : target.get().label());
        field.setPromptText(prompt);
        field.setId(id);
        Completion<Actor> completion = new Completion<>(field, data::actors, Actor::label, target::set,
                text -> I18n.t("editor.completion.create-actor", text),
                name -> spot.newActor(name, window(field), target::set)).keepText();
        if (target.get() != null) completion.settle(target.get().label());
        field.textProperty().addListener((o, was, now) -> {
            Actor a = target.get();
            if (a != null && !a.label().equals(now)) target.set(null);
        });
        target.addListener((o, was, now) -> {
            if (now != null && !now.label().equals(field.getText())) {
                completion.settle(now.label());
                field.setText(now.label());
            }
        });
        return field;
    }

    static Window window(Node n) { return n.getScene() == null ? null : n.getScene().getWindow(); }

    /** A small flat button with an icon, e.g. to remove a row. */
    static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Chips for a list of strings (tags), each with a remove button; kept in step with {@code items}. */
    static FlowPane chips(ObservableList<String> items) {
        FlowPane pane = new FlowPane(6, 6);
        pane.getStyleClass().add("chip-list");
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (String s : items) {
                Label l = new Label(s);
                HBox chip = new HBox(2, l, iconButton(MaterialDesignC.CLOSE, I18n.t("editor.picker.remove-named", s), () -> items.remove(s)));
                chip.setAlignment(Pos.CENTER_LEFT);
                chip.getStyleClass().add("chip");
                pane.getChildren().add(chip);
            }
        };
        items.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return pane;
    }

    /**
     * Rows for cited sources: the citation, its locator (a page or paragraph, typed in place) and
     * a remove button. A typed locator replaces the citation in {@code items} at once, without
     * rebuilding the rows (so the field keeps the focus).
     */
    static VBox citations(ObservableList<Citation> items) {
        VBox box = new VBox(4);
        box.getStyleClass().add("row-list");
        boolean[] ownChange = {false};
        Runnable fill = () -> {
            box.getChildren().clear();
            for (Citation c : items) {
                Citation[] current = {c};
                TextField locator = new TextField(c.locator() == null ? "" : c.locator());
                locator.setPromptText(I18n.t("editor.citation.locator.prompt"));
                locator.setPrefColumnCount(7);
                locator.getStyleClass().add("citation-locator");
                locator.setAccessibleText(I18n.t("editor.citation.locator.accessible", c.source().citation()));
                locator.textProperty().addListener((o, was, text) -> {
                    int at = items.indexOf(current[0]);
                    if (at < 0) return;
                    current[0] = new Citation(current[0].source(), text == null || text.isBlank() ? null : text.strip());
                    ownChange[0] = true;
                    try {
                        items.set(at, current[0]);
                    } finally {
                        ownChange[0] = false;
                    }
                });
                HBox row = row(c.source().citation(), () -> items.remove(current[0]));
                row.getChildren().add(1, locator);
                box.getChildren().add(row);
            }
        };
        items.addListener((ListChangeListener<Citation>) c -> { if (!ownChange[0]) fill.run(); });
        fill.run();
        return box;
    }

    static HBox row(String text, Runnable remove) {
        Label l = new Label(text);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox row = new HBox(6, l, iconButton(MaterialDesignC.CLOSE, I18n.t("editor.picker.remove"), remove));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("list-row");
        return row;
    }

    /** A chooser of one of {@code items}, named by {@code label}, bound both ways to {@code value}, as wide as its column. */
    static <T> ComboBox<T> choice(String id, Collection<T> items, Function<T, String> label, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        // a stored value no longer offered (a category or level since removed) stays choosable
        if (value.get() != null && !box.getItems().contains(value.get())) box.getItems().add(value.get());
        box.setConverter(converter(label));
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A field of a few lines of free text (a note, a summary), wrapped, bound both ways to {@code value}. */
    static TextArea lines(String id, StringProperty value, int rows, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(value);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        if (prompt != null) area.setPromptText(prompt);
        return area;
    }

    /**
     * The end of a span that may still be running: the end date's field and an "ongoing" box beside
     * it, which disables the field while ticked. Returns the row; the field is {@code end}.
     */
    static HBox endOrOngoing(TextField end, BooleanProperty ongoing, String checkId) {
        end.disableProperty().bind(ongoing);
        CheckBox box = new CheckBox(I18n.t("editor.field.ongoing"));
        box.setId(checkId);
        box.selectedProperty().bindBidirectional(ongoing);
        HBox row = new HBox(12, end, box);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(end, Priority.ALWAYS);
        return row;
    }

    /** A field to cite a source by typing: a known source is picked, an unknown title offers to create one; each goes to {@code cite}. */
    static TextField sourceInput(String id, String prompt, EditorData data, OnTheSpot spot, Supplier<Window> owner, Consumer<Source> cite) {
        TextField source = new TextField();
        source.setId(id);
        source.setPromptText(prompt);
        new Completion<>(source, data::sources, Source::citation, cite,
                t -> I18n.t("editor.completion.create-source", t), t -> spot.newSource(t, owner.get(), cite));
        return source;
    }

    static <T> javafx.util.StringConverter<T> converter(Function<T, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : label.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }
}
