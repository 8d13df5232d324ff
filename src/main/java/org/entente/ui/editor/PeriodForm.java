package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.Period;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;

/** The period form. */
final class PeriodForm extends RecordForm<Period, PeriodFormModel> {
    PeriodForm(AppContext context, EditorData data, PeriodFormModel model) {
        super(context, data, model, RecordKind.PERIOD);
    }

    @Override
    String describe() { return model.name().get(); }

    @Override
    String hint() { return I18n.t("editor.period.hint", DateRules.PROMPT); }

    @Override
    Node build() {
        TextField name = textRow(I18n.t("editor.field.name"), "period-name", model.name(), I18n.t("editor.period.name.prompt"), PeriodFormModel.NAME);
        textRow(I18n.t("editor.field.from"), "period-start", model.start(), DateRules.PROMPT, PeriodFormModel.START);
        TextField end = text("period-end", model.end(), I18n.t("editor.period.end.prompt"));
        fields.add(I18n.t("editor.field.until"), Pickers.endOrOngoing(end, model.ongoing(), "period-ongoing"), model.message(PeriodFormModel.END), end,
                model.end(), model.ongoing());
        textRow(I18n.t("editor.field.colour"), "period-colour", model.colour(), I18n.t("editor.field.colour.prompt"), PeriodFormModel.COLOUR);
        fields.add(I18n.t("editor.field.note"), Pickers.lines("period-note", model.note(), 2, null));
        return name;
    }
}
