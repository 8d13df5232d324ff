package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.ui.common.AppContext;

/** The source form. */
final class SourceForm extends RecordForm<Source, SourceFormModel> {
    SourceForm(AppContext context, EditorData data, SourceFormModel model) {
        super(context, data, model, RecordKind.SOURCE);
    }

    @Override
    String describe() { return model.title().get(); }

    @Override
    String hint() { return I18n.t("editor.source.hint"); }

    @Override
    Node build() {
        TextField title = textRow(I18n.t("editor.field.title"), "source-title", model.title(), I18n.t("editor.source.title.prompt"),
                SourceFormModel.TITLE);
        fields.add(I18n.t("editor.source.publisher"), text("source-publisher", model.publisher(), I18n.t("editor.source.publisher.prompt")));
        fields.add(I18n.t("editor.source.author"), text("source-author", model.author(), I18n.t("editor.source.author.prompt")));
        textRow(I18n.t("editor.field.date"), "source-date", model.date(), I18n.t("editor.source.date.prompt"), SourceFormModel.DATE);
        textRow(I18n.t("editor.source.url"), "source-url", model.url(), I18n.t("editor.source.url.prompt"), SourceFormModel.URL);
        textRow(I18n.t("editor.source.accessed"), "source-accessed", model.accessed(), I18n.t("editor.source.accessed.prompt"),
                SourceFormModel.ACCESSED);
        fields.add(I18n.t("editor.field.note"), Pickers.lines("source-note", model.note(), 2, I18n.t("editor.source.note.prompt")));
        return title;
    }
}
