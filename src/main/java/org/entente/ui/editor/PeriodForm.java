package org.entente.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.entente.model.Period;
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
    String describe() { return m.name().get(); }

    @Override
    String hint() { return "An era drawn as a band behind the timeline: a war, a leader's term. Dates: " + DateRules.PROMPT + "."; }

    @Override
    Node build() {
        TextField name = EventForm.text("period-name", m.name(), "e.g. Đổi Mới");
        fields.add("Name", name, m.message(PeriodFormModel.NAME), null, m.name());
        fields.add("From", EventForm.text("period-start", m.start(), DateRules.PROMPT),
                m.message(PeriodFormModel.START), null, m.start());
        TextField end = EventForm.text("period-end", m.end(), "end date");
        end.disableProperty().bind(m.ongoing());
        CheckBox ongoing = new CheckBox("Ongoing");
        ongoing.setId("period-ongoing");
        ongoing.selectedProperty().bindBidirectional(m.ongoing());
        HBox row = new HBox(12, end, ongoing);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(end, Priority.ALWAYS);
        fields.add("Until", row, m.message(PeriodFormModel.END), end, m.end(), m.ongoing());
        fields.add("Colour", EventForm.text("period-colour", m.colour(), "#rrggbb, or empty for the theme's colour"),
                m.message(PeriodFormModel.COLOUR), null, m.colour());
        TextArea note = new TextArea();
        note.setId("period-note");
        note.textProperty().bindBidirectional(m.note());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        fields.add("Note", note);
        return name;
    }
}
