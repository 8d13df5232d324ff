package org.entente.model;

import java.time.LocalDate;

/**
 * A cited source: an article, statement, dataset or book.
 *
 * @param id        the library's id, or 0 when not yet stored
 * @param title     title of the work (required)
 * @param publisher who published it (VnExpress, UN Press, DW…)
 * @param author    author(s), or null
 * @param date      publication date at its known precision, or null
 * @param url       where it can be read, or null
 * @param accessed  when it was read, or null
 * @param note      a remark on the source, e.g. where in it the figure stands
 */
public record Source(long id, String title, String publisher, String author, EventDate date, String url,
                     LocalDate accessed, String note) {
    public Source {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a source needs a title");
        title = title.strip();
        publisher = blankToNull(publisher);
        author = blankToNull(author);
        url = blankToNull(url);
        note = blankToNull(note);
    }

    public Source withId(long newId) { return new Source(newId, title, publisher, author, date, url, accessed, note); }

    /** A short reader's citation: "Publisher, “Title”, date". */
    public String citation() {
        StringBuilder sb = new StringBuilder();
        if (author != null) sb.append(author).append(", ");
        if (publisher != null) sb.append(publisher).append(", ");
        sb.append('“').append(title).append('”');
        if (date != null) sb.append(", ").append(date.display());
        return sb.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
