package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.Period;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;

/** The period form. */
final class PeriodForm extends RecordForm<Period> {
    private final PeriodFormModel m;

    PeriodForm(AppContext context, EditorData data, PeriodFormModel model) {
        super(context, data, model);
        this.m = model;
    }

    @Override
    String kind() { return "period"; }

    @Override
    RecordKind recordKind() { return RecordKind.PERIOD; }

    @Override
    String describe() { return m.name().get(); }

    @Override
    String hint() { return I18n.t("editor.period.hint", DateRules.PROMPT); }

    @Override
    Node build() {
        TextField name = EventForm.text("period-name", m.name(), I18n.t("editor.period.name.prompt"));
        fields.add(I18n.t("editor.field.name"), name, m.message(PeriodFormModel.NAME), null, m.name());
        fields.add(I18n.t("editor.field.from"), EventForm.text("period-start", m.start(), DateRules.PROMPT),
                m.message(PeriodFormModel.START), null, m.start());
        TextField end = EventForm.text("period-end", m.end(), I18n.t("editor.period.end.prompt"));
        fields.add(I18n.t("editor.field.until"), Pickers.endOrOngoing(end, m.ongoing(), "period-ongoing"), m.message(PeriodFormModel.END), end, m.end(), m.ongoing());
        fields.add(I18n.t("editor.field.colour"), EventForm.text("period-colour", m.colour(), I18n.t("editor.field.colour.prompt")),
                m.message(PeriodFormModel.COLOUR), null, m.colour());
        fields.add(I18n.t("editor.field.note"), Pickers.lines("period-note", m.note(), 2, null));
        return name;
    }
}
