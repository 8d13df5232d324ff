package org.entente.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        end.disableProperty().bind(m.ongoing());
        CheckBox ongoing = new CheckBox(I18n.t("editor.field.ongoing"));
        ongoing.setId("period-ongoing");
        ongoing.selectedProperty().bindBidirectional(m.ongoing());
        HBox row = new HBox(12, end, ongoing);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(end, Priority.ALWAYS);
        fields.add(I18n.t("editor.field.until"), row, m.message(PeriodFormModel.END), end, m.end(), m.ongoing());
        fields.add(I18n.t("editor.field.colour"), EventForm.text("period-colour", m.colour(), I18n.t("editor.field.colour.prompt")),
                m.message(PeriodFormModel.COLOUR), null, m.colour());
        TextArea note = new TextArea();
        note.setId("period-note");
        note.textProperty().bindBidirectional(m.note());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        fields.add(I18n.t("editor.field.note"), note);
        return name;
    }
}
