package org.entente.ui.editor;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.RecordKind;
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
    RecordKind recordKind() { return RecordKind.ACTOR; }

    @Override
    String describe() { return m.name().get(); }

    @Override
    String hint() { return I18n.t("editor.actor.hint"); }

    @Override
    Node build() {
        TextField name = EventForm.text("actor-name", m.name(), I18n.t("editor.actor.name.prompt"));
        fields.add(I18n.t("editor.field.name"), name, m.message(ActorFormModel.NAME), null, m.name());
        ComboBox<ActorKind> kind = Pickers.choice("actor-kind", List.of(ActorKind.values()), ActorForm::kindName, m.kind());
        fields.add(I18n.t("editor.actor.kind"), kind, m.message(ActorFormModel.KIND), null, m.kind());
        TextField iso = EventForm.text("actor-iso", m.isoCode(), I18n.t("editor.actor.iso.prompt"));
        fields.add(I18n.t("editor.actor.iso"), iso, m.message(ActorFormModel.ISO), null, m.isoCode());
        TextField colour = EventForm.text("actor-colour", m.colour(), I18n.t("editor.field.colour.prompt"));
        fields.add(I18n.t("editor.field.colour"), colour, m.message(ActorFormModel.COLOUR), null, m.colour());
        return name;
    }

    /** "Country", "Quốc gia". */
    static String kindName(ActorKind kind) {
        return switch (kind) {
            case COUNTRY -> I18n.t("editor.actor.kind.country");
            case ORGANISATION -> I18n.t("editor.actor.kind.organisation");
            case PERSON -> I18n.t("editor.actor.kind.person");
            case BLOC -> I18n.t("editor.actor.kind.bloc");
        };
    }
}
