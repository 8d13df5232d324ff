package org.entente.exchange.bundle;

import java.time.Instant;
import java.util.List;

import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;

/**
 * A researcher's note on one event of a bundle. In a library a {@link Note} points at a record by
 * id; in a bundle it points at an event by the event's key, so it survives the trip between libraries.
 *
 * @param eventKey  the key of the annotated event in the bundle
 * @param text      plain text with light Markdown
 * @param tags      free tags
 * @param highlight a highlight colour (#rrggbb) or null
 * @param created   when it was written, or null
 * @param updated   when it last changed, or null
 */
public record BundleNote(String eventKey, String text, List<String> tags, String highlight, Instant created, Instant updated) {
    public BundleNote {
        if (eventKey == null || eventKey.isBlank()) throw new IllegalArgumentException("a note needs the key of its event");
        if (text == null) text = "";
        tags = tags == null ? List.of() : List.copyOf(tags);
        highlight = Bundle.blankToNull(highlight);
    }

    /** The library note for the event stored under {@code eventId}. */
    public Note toNote(long eventId) {
        return new Note(0, new RecordRef(RecordKind.EVENT, eventId), text, tags, highlight, created, updated);
    }

    /** The bundle form of a library note on the event whose bundle key is {@code eventKey}. */
    public static BundleNote of(String eventKey, Note note) {
        return new BundleNote(eventKey, note.text(), note.tags(), note.highlight(), note.created(), note.updated());
    }
}
