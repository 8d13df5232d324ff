package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
    String describe() { return m.title().get(); }

    @Override
    String hint() { return "An article, statement, dataset or book that records cite."; }

    @Override
    Node build() {
        TextField title = EventForm.text("source-title", m.title(), "title of the work");
        fields.add("Title", title, m.message(SourceFormModel.TITLE), null, m.title());
        fields.add("Publisher", EventForm.text("source-publisher", m.publisher(), "e.g. VnExpress, UN Press, DW"));
        fields.add("Author", EventForm.text("source-author", m.author(), "optional"));
        fields.add("Date", EventForm.text("source-date", m.date(), "publication date, e.g. 2024-06-20 or 2024"),
                m.message(SourceFormModel.DATE), null, m.date());
        fields.add("Web address", EventForm.text("source-url", m.url(), "https://…"), m.message(SourceFormModel.URL), null, m.url());
        fields.add("Accessed", EventForm.text("source-accessed", m.accessed(), "the day it was read, e.g. 2024-06-21"),
                m.message(SourceFormModel.ACCESSED), null, m.accessed());
        TextArea note = new TextArea();
        note.setId("source-note");
        note.textProperty().bindBidirectional(m.note());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText("e.g. where in it the figure stands (optional)");
        fields.add("Note", note);
        return title;
    }
}
