package org.entente.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.Event;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Names;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The event form. */
final class EventForm extends RecordForm<Event, EventFormModel> {
    private final OnTheSpot spot;

    EventForm(AppContext context, EditorData data, EventFormModel model, OnTheSpot spot) {
        super(context, data, model, RecordKind.EVENT);
        this.spot = spot;
    }

    @Override
    String describe() { return model.title().get(); }

    @Override
    Node build() {
        TextField title = textRow(I18n.t("editor.field.title"), "event-title", model.title(), I18n.t("editor.event.title.prompt"),
                EventFormModel.TITLE);

        textRow(I18n.t("editor.field.date"), "event-start", model.start(), DateRules.PROMPT, EventFormModel.START);

        TextField end = text("event-end", model.end(), I18n.t("editor.event.end.prompt"));
        fields.add(I18n.t("editor.field.until"), Pickers.endOrOngoing(end, model.ongoing(), "event-ongoing"), model.message(EventFormModel.END),
                end, model.end(), model.ongoing());

        ComboBox<Category> category = Pickers.choice("event-category", data.categories(), Names::category, model.category());
        category.setPromptText(I18n.t("editor.event.category.prompt"));
        row(I18n.t("editor.event.category"), category, EventFormModel.CATEGORY, model.category());

        row(I18n.t("editor.event.importance"), importance(), EventFormModel.IMPORTANCE, model.importance());

        TextField participant = new TextField();
        participant.setId("event-participant-input");
        participant.setPromptText(I18n.t("editor.event.participant.prompt"));
        new Completion<>(participant, data::actors, org.entente.model.Actor::label, model::addParticipant,
                name -> I18n.t("editor.completion.create-actor", name), name -> spot.newActor(name, stage(), model::addParticipant));
        VBox participants = new VBox(6, participant, participantRows());
        fields.add(I18n.t("editor.event.participants"), participants, model.message(EventFormModel.PARTICIPANTS), participant, model.participants());

        fields.add(I18n.t("editor.event.place"), text("event-place", model.place(), I18n.t("editor.event.place.prompt")));

        fields.add(I18n.t("editor.event.summary"), Pickers.lines("event-summary", model.summary(), 3, I18n.t("editor.event.summary.prompt")));

        TextField tag = new TextField();
        tag.setId("event-tag-input");
        tag.setPromptText(I18n.t("editor.event.tag.prompt"));
        new Completion<>(tag, data::tags, s -> s, model::addTag, t -> I18n.t("editor.completion.add-tag", t), model::addTag).enterCreates();
        fields.add(I18n.t("editor.event.tags"), new VBox(6, tag, Pickers.chips(model.tags())));

        TextField source = Pickers.sourceInput("event-source-input", I18n.t("editor.event.source.prompt"), data, spot, this::stage,
                model::addSource);
        fields.add(I18n.t("editor.field.sources"), new VBox(6, source, Pickers.citations(model.sources())));
        return title;
    }

    private Node importance() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId("event-importance");
        box.getStyleClass().add("importance-toggles");
        for (int i = 1; i <= 5; i++) {
            ToggleButton b = new ToggleButton(Integer.toString(i));
            b.setId("event-importance-" + i);
            b.setUserData(i);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(I18n.t("editor.event.importance.tooltip", Integer.toString(i), importanceName(i))));
            b.getStyleClass().add(i == 1 ? Styles.LEFT_PILL : i == 5 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            if (Integer.valueOf(i).equals(model.importance().get())) b.setSelected(true);
            box.getChildren().add(b);
        }
        Label meaning = new Label();
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable show = () -> {
            Integer v = model.importance().get();
            meaning.setText(v != null && v >= 1 && v <= 5 ? importanceName(v) : "");
        };
        group.selectedToggleProperty().addListener((o, was, now) -> {
            // A click on the selected button would leave none: keep the old choice instead.
            if (now == null) was.setSelected(true);
            else model.importance().set((Integer) now.getUserData());
        });
        model.importance().addListener((o, was, now) -> {
            show.run();
            for (var t : group.getToggles()) if (t.getUserData().equals(now) && !t.isSelected()) t.setSelected(true);
        });
        show.run();
        HBox row = new HBox(12, box, meaning);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** What an importance means in words: "minor" … "turning point". */
    private static String importanceName(int importance) {
        return switch (importance) {
            case 1 -> I18n.t("editor.event.importance.1");
            case 2 -> I18n.t("editor.event.importance.2");
            case 3 -> I18n.t("editor.event.importance.3");
            case 4 -> I18n.t("editor.event.importance.4");
            default -> I18n.t("editor.event.importance.5");
        };
    }

    /**
     * A role in the interface's language; the library keeps the role as typed, and the offered
     * roles by their English word, so that a role means the same whichever language wrote it.
     */
    static String roleName(String role) {
        return org.entente.ui.common.Names.role(role);
    }

    /** The role a typed text means: an offered role by its shown name, else the text as typed (null when empty). */
    static String roleOf(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        return EventFormModel.ROLES.stream().filter(r -> roleName(r).equalsIgnoreCase(t) || r.equalsIgnoreCase(t)).findFirst().orElse(t);
    }

    private VBox participantRows() {
        VBox box = new VBox(4);
        box.setId("event-participants");
        box.getStyleClass().add("row-list");
        Runnable fill = () -> {
            box.getChildren().clear();
            for (EventFormModel.ParticipantRow p : model.participants()) {
                Label name = new Label(p.actor().label());
                name.setMaxWidth(Double.MAX_VALUE);
                name.setMinWidth(0);
                HBox.setHgrow(name, Priority.ALWAYS);
                ComboBox<String> role = new ComboBox<>();
                role.getItems().setAll(EventFormModel.ROLES);
                role.setEditable(true);
                role.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String r) { return roleName(r); }

                    @Override
                    public String fromString(String text) { return roleOf(text); }
                });
                role.setPromptText(I18n.t("editor.event.role.prompt"));
                role.setPrefWidth(150);
                role.valueProperty().bindBidirectional(p.role());
                role.getStyleClass().add("participant-role");
                HBox row = new HBox(8, name, role,
                        Pickers.iconButton(MaterialDesignC.CLOSE, I18n.t("editor.picker.remove-named", p.actor().name()), () -> model.participants().remove(p)));
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().addAll("list-row", "participant-row");
                box.getChildren().add(row);
            }
        };
        // Only membership changes rebuild the rows; a role edit must not replace the combo being typed in.
        model.participants().addListener((ListChangeListener<EventFormModel.ParticipantRow>) c -> {
            boolean structural = false;
            while (c.next()) if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) structural = true;
            if (structural) fill.run();
        });
        fill.run();
        return box;
    }
}
