package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Names;

/** The partnership form: one spell of a pair's tie. */
final class PartnershipForm extends RecordForm<Partnership, PartnershipFormModel> {
    private final OnTheSpot spot;

    PartnershipForm(AppContext context, EditorData data, PartnershipFormModel model, OnTheSpot spot) {
        super(context, data, model, RecordKind.PARTNERSHIP);
        this.spot = spot;
    }

    @Override
    String describe() {
        return model.actorA().get() == null || model.actorB().get() == null ? noun(RecordKind.PARTNERSHIP)
                : model.actorA().get().name() + "–" + model.actorB().get().name();
    }

    @Override
    String hint() { return I18n.t("editor.partnership.hint", DateRules.PROMPT); }

    @Override
    Node build() {
        TextField a = row(I18n.t("editor.partnership.between"),
                Pickers.actor(model.actorA(), data, spot, I18n.t("editor.partnership.between.prompt"), "partnership-a"),
                PartnershipFormModel.ACTOR_A, model.actorA());
        row(I18n.t("editor.partnership.and"), Pickers.actor(model.actorB(), data, spot, I18n.t("editor.partnership.and.prompt"), "partnership-b"),
                PartnershipFormModel.ACTOR_B, model.actorB());
        ComboBox<PartnershipLevel> level = Pickers.choice("partnership-level", data.levels(), Names::level, model.level());
        level.setPromptText(I18n.t("editor.partnership.level.prompt"));
        row(I18n.t("editor.partnership.level"), level, PartnershipFormModel.LEVEL, model.level());
        fields.add(I18n.t("editor.partnership.official"), text("partnership-official", model.officialName(),
                I18n.t("editor.partnership.official.prompt")));
        textRow(I18n.t("editor.field.from"), "partnership-from", model.from(), DateRules.PROMPT, PartnershipFormModel.FROM);
        textRow(I18n.t("editor.field.until"), "partnership-until", model.until(), I18n.t("editor.partnership.until.prompt"),
                PartnershipFormModel.UNTIL);
        fields.add(I18n.t("editor.field.note"), Pickers.lines("partnership-note", model.note(), 2, I18n.t("editor.partnership.note.prompt")));
        TextField source = Pickers.sourceInput("partnership-source-input", I18n.t("editor.partnership.source.prompt"), data, spot,
                this::stage, this::cite);
        fields.add(I18n.t("editor.field.sources"), new VBox(6, source, Pickers.citations(model.sources())));
        return a;
    }

    private void cite(Source s) {
        if (model.sources().stream().noneMatch(c -> c.source().id() == s.id())) model.sources().add(org.entente.model.Citation.of(s));
    }
}
