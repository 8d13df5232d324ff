package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.ui.common.AppContext;

/** The partnership form: one spell of a pair's tie. */
final class PartnershipForm extends RecordForm<Partnership> {
    private final PartnershipFormModel m;
    private final OnTheSpot spot;

    PartnershipForm(AppContext context, EditorData data, PartnershipFormModel model, OnTheSpot spot) {
        super(context, data, model);
        this.m = model;
        this.spot = spot;
    }

    @Override
    String kind() { return "partnership"; }

    @Override
    String describe() {
        return m.actorA().get() == null || m.actorB().get() == null ? "partnership"
                : m.actorA().get().name() + "–" + m.actorB().get().name();
    }

    @Override
    String hint() { return "One spell of a tie at one level, from a date until a date or ongoing. Dates: " + DateRules.PROMPT + "."; }

    @Override
    Node build() {
        TextField a = Pickers.actor(m.actorA(), data, spot, "e.g. Vietnam", "partnership-a");
        fields.add("Between", a, m.message(PartnershipFormModel.ACTOR_A), null, m.actorA());
        TextField b = Pickers.actor(m.actorB(), data, spot, "e.g. Russia", "partnership-b");
        fields.add("and", b, m.message(PartnershipFormModel.ACTOR_B), null, m.actorB());
        ComboBox<PartnershipLevel> level = new ComboBox<>();
        level.setId("partnership-level");
        level.getItems().setAll(data.levels());
        if (m.level().get() != null && !level.getItems().contains(m.level().get())) level.getItems().add(m.level().get());
        level.setConverter(Pickers.converter(PartnershipLevel::label));
        level.valueProperty().bindBidirectional(m.level());
        level.setPromptText("Choose a level");
        level.setMaxWidth(Double.MAX_VALUE);
        fields.add("Level", level, m.message(PartnershipFormModel.LEVEL), null, m.level());
        fields.add("Official name", EventForm.text("partnership-official", m.officialName(),
                "the pair's own wording (optional)"));
        fields.add("From", EventForm.text("partnership-from", m.from(), DateRules.PROMPT),
                m.message(PartnershipFormModel.FROM), null, m.from());
        fields.add("Until", EventForm.text("partnership-until", m.until(), "empty while in force"),
                m.message(PartnershipFormModel.UNTIL), null, m.until());
        TextArea note = new TextArea();
        note.setId("partnership-note");
        note.textProperty().bindBidirectional(m.note());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText("e.g. on a disputed date (optional)");
        fields.add("Note", note);
        TextField source = new TextField();
        source.setId("partnership-source-input");
        source.setPromptText("Cite a source");
        new Completion<>(source, data::sources, Source::citation, this::cite,
                "Create source “%s”…", t -> spot.newSource(t, stage(), this::cite));
        fields.add("Sources", new VBox(6, source, Pickers.citations(m.sources())));
        return a;
    }

    private void cite(Source s) {
        if (m.sources().stream().noneMatch(c -> c.source().id() == s.id())) m.sources().add(org.entente.model.Citation.of(s));
    }
}
