package org.entente.model;

import java.time.Instant;
import java.util.List;

/**
 * A researcher's annotation on a record.
 *
 * @param id        the library's id, or 0 when not yet stored
 * @param target    the annotated record
 * @param text      plain text with light Markdown
 * @param tags      free tags
 * @param highlight a highlight colour (#rrggbb) or null
 * @param created   when it was written
 * @param updated   when it last changed
 */
public record Note(long id, RecordRef target, String text, List<String> tags, String highlight,
                   Instant created, Instant updated) {
    public Note {
        if (target == null) throw new IllegalArgumentException("a note needs a record to annotate");
        if (text == null) text = "";
        tags = tags == null ? List.of() : List.copyOf(tags);
        highlight = Source.blankToNull(highlight);
    }
}
