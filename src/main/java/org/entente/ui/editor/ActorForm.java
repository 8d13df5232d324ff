package org.entente.ui.editor;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;

/** The actor form. */
final class ActorForm extends RecordForm<Actor, ActorFormModel> {
    ActorForm(AppContext context, EditorData data, ActorFormModel model) {
        super(context, data, model, RecordKind.ACTOR);
    }

    @Override
    String describe() { return model.name().get(); }

    @Override
    String hint() { return I18n.t("editor.actor.hint"); }

    @Override
    Node build() {
        TextField name = textRow(I18n.t("editor.field.name"), "actor-name", model.name(), I18n.t("editor.actor.name.prompt"), ActorFormModel.NAME);
        row(I18n.t("editor.actor.kind"), Pickers.choice("actor-kind", List.of(ActorKind.values()), ActorForm::kindName, model.kind()),
                ActorFormModel.KIND, model.kind());
        textRow(I18n.t("editor.actor.iso"), "actor-iso", model.isoCode(), I18n.t("editor.actor.iso.prompt"), ActorFormModel.ISO);
        textRow(I18n.t("editor.field.colour"), "actor-colour", model.colour(), I18n.t("editor.field.colour.prompt"), ActorFormModel.COLOUR);
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
