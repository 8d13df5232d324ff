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
    RecordKind recordKind() { return RecordKind.PARTNERSHIP; }

    @Override
    String describe() {
        return m.actorA().get() == null || m.actorB().get() == null ? noun(RecordKind.PARTNERSHIP)
                : m.actorA().get().name() + "–" + m.actorB().get().name();
    }

    @Override
    String hint() { return I18n.t("editor.partnership.hint", DateRules.PROMPT); }

    @Override
    Node build() {
        TextField a = Pickers.actor(m.actorA(), data, spot, I18n.t("editor.partnership.between.prompt"), "partnership-a");
        fields.add(I18n.t("editor.partnership.between"), a, m.message(PartnershipFormModel.ACTOR_A), null, m.actorA());
        TextField b = Pickers.actor(m.actorB(), data, spot, I18n.t("editor.partnership.and.prompt"), "partnership-b");
        fields.add(I18n.t("editor.partnership.and"), b, m.message(PartnershipFormModel.ACTOR_B), null, m.actorB());
        ComboBox<PartnershipLevel> level = Pickers.choice("partnership-level", data.levels(), Names::level, m.level());
        level.setPromptText(I18n.t("editor.partnership.level.prompt"));
        fields.add(I18n.t("editor.partnership.level"), level, m.message(PartnershipFormModel.LEVEL), null, m.level());
        fields.add(I18n.t("editor.partnership.official"), EventForm.text("partnership-official", m.officialName(),
                I18n.t("editor.partnership.official.prompt")));
        fields.add(I18n.t("editor.field.from"), EventForm.text("partnership-from", m.from(), DateRules.PROMPT),
                m.message(PartnershipFormModel.FROM), null, m.from());
        fields.add(I18n.t("editor.field.until"), EventForm.text("partnership-until", m.until(), I18n.t("editor.partnership.until.prompt")),
                m.message(PartnershipFormModel.UNTIL), null, m.until());
        fields.add(I18n.t("editor.field.note"), Pickers.lines("partnership-note", m.note(), 2, I18n.t("editor.partnership.note.prompt")));
        TextField source = Pickers.sourceInput("partnership-source-input", I18n.t("editor.partnership.source.prompt"), data, spot,
                this::stage, this::cite);
        fields.add(I18n.t("editor.field.sources"), new VBox(6, source, Pickers.citations(m.sources())));
        return a;
    }

    private void cite(Source s) {
        if (m.sources().stream().noneMatch(c -> c.source().id() == s.id())) m.sources().add(org.entente.model.Citation.of(s));
    }
}
