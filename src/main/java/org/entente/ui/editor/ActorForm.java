package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.ui.common.AppContext;

/** The actor form. */
final class ActorForm extends RecordForm<Actor> {
    private final ActorFormModel m;

    ActorForm(AppContext context, EditorData data, ActorFormModel model) {
        super(context, data, model);
        this.m = model;
    }

    @Override
    String kind() { return "actor"; }

    @Override
    String describe() { return m.name().get(); }

    @Override
    String hint() { return "A country, organisation, person or bloc that takes part in events and partnerships."; }

    @Override
    Node build() {
        TextField name = EventForm.text("actor-name", m.name(), "e.g. Vietnam, ASEAN, Tô Lâm, Путин");
        fields.add("Name", name, m.message(ActorFormModel.NAME), null, m.name());
        ComboBox<ActorKind> kind = new ComboBox<>();
        kind.setId("actor-kind");
        kind.getItems().setAll(ActorKind.values());
        kind.setConverter(Pickers.converter(ActorKind::label));
        kind.valueProperty().bindBidirectional(m.kind());
        kind.setMaxWidth(Double.MAX_VALUE);
        fields.add("Kind", kind, m.message(ActorFormModel.KIND), null, m.kind());
        TextField iso = EventForm.text("actor-iso", m.isoCode(), "ISO 3166 alpha-3, e.g. VNM (countries only)");
        fields.add("ISO code", iso, m.message(ActorFormModel.ISO), null, m.isoCode());
        TextField colour = EventForm.text("actor-colour", m.colour(), "#rrggbb, or empty for the theme's colour");
        fields.add("Colour", colour, m.message(ActorFormModel.COLOUR), null, m.colour());
        return name;
    }
}
