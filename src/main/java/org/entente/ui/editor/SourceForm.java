package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.ui.common.AppContext;

/** The source form. */
final class SourceForm extends RecordForm<Source> {
    private final SourceFormModel m;

    SourceForm(AppContext context, EditorData data, SourceFormModel model) {
        super(context, data, model);
        this.m = model;
    }

    @Override
    String kind() { return "source"; }

    @Override
    RecordKind recordKind() { return RecordKind.SOURCE; }

    @Override
    String describe() { return m.title().get(); }

    @Override
    String hint() { return I18n.t("editor.source.hint"); }

    @Override
    Node build() {
        TextField title = EventForm.text("source-title", m.title(), I18n.t("editor.source.title.prompt"));
        fields.add(I18n.t("editor.field.title"), title, m.message(SourceFormModel.TITLE), null, m.title());
        fields.add(I18n.t("editor.source.publisher"), EventForm.text("source-publisher", m.publisher(), I18n.t("editor.source.publisher.prompt")));
        fields.add(I18n.t("editor.source.author"), EventForm.text("source-author", m.author(), I18n.t("editor.source.author.prompt")));
        fields.add(I18n.t("editor.field.date"), EventForm.text("source-date", m.date(), I18n.t("editor.source.date.prompt")),
                m.message(SourceFormModel.DATE), null, m.date());
        fields.add(I18n.t("editor.source.url"), EventForm.text("source-url", m.url(), I18n.t("editor.source.url.prompt")),
                m.message(SourceFormModel.URL), null, m.url());
        fields.add(I18n.t("editor.source.accessed"), EventForm.text("source-accessed", m.accessed(), I18n.t("editor.source.accessed.prompt")),
                m.message(SourceFormModel.ACCESSED), null, m.accessed());
        fields.add(I18n.t("editor.field.note"), Pickers.lines("source-note", m.note(), 2, I18n.t("editor.source.note.prompt")));
        return title;
    }
}
