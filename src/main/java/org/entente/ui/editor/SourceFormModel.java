package org.entente.ui.editor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.i18n.I18n;
import org.entente.model.Source;

/** The source form: a cited article, statement, dataset or book. */
public final class SourceFormModel extends FormModel<Source> {
    public static final String TITLE = "title", DATE = "date", URL = "url", ACCESSED = "accessed";

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty publisher = new SimpleStringProperty(this, "publisher", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty accessed = new SimpleStringProperty(this, "accessed", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public SourceFormModel(Source s) {
        super(s == null ? 0 : s.id(), "editor.heading.new-source", "editor.heading.edit-source");
        if (s != null) {
            title.set(s.title());
            publisher.set(orEmpty(s.publisher()));
            author.set(orEmpty(s.author()));
            date.set(s.date() == null ? "" : s.date().toString());
            url.set(orEmpty(s.url()));
            accessed.set(s.accessed() == null ? "" : s.accessed().toString());
            note.set(orEmpty(s.note()));
        }
        field(TITLE);
        field(DATE);
        field(URL);
        field(ACCESSED);
        watch(title, date, url, accessed);
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    @Override
    protected void rules() {
        check(TITLE, required(title.get(), "editor.rule.title.required"));
        check(DATE, DateRules.date(date.get(), false, null));
        if (!blank(url.get())) check(URL, urlMessage(url.get().strip()));
        check(ACCESSED, DateRules.isoDay(accessed.get(), "editor.rule.source.accessed.format"));
    }

    private static String urlMessage(String text) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || u.getHost() == null)
                return I18n.t("editor.rule.source.url.scheme");
            return null;
        } catch (URISyntaxException e) {
            return I18n.t("editor.rule.source.url.invalid", e.getReason());
        }
    }

    @Override
    protected Source create() {
        return new Source(id(), title.get(), publisher.get(), author.get(), DateRules.parse(date.get()), url.get(),
                blank(accessed.get()) ? null : LocalDate.parse(accessed.get().strip()), note.get());
    }

    public StringProperty title() { return title; }
    public StringProperty publisher() { return publisher; }
    public StringProperty author() { return author; }
    public StringProperty date() { return date; }
    public StringProperty url() { return url; }
    public StringProperty accessed() { return accessed; }
    public StringProperty note() { return note; }
}
