package org.entente.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * One slide of a {@link Story}: a saved state of the main window's views, with a title and the
 * speaker's notes.
 *
 * @param id    the library's id, or 0 when not yet stored
 * @param title shown above the slide while playing and in the story's list
 * @param notes the speaker's notes, plain text
 * @param state named text fields of the views' state ("view", "timeline.from", …), sorted by name;
 *              what they mean is the views' business, the library keeps them as they are
 */
public record Slide(long id, String title, String notes, Map<String, String> state) {
    public Slide {
        title = title == null || title.isBlank() ? "Untitled slide" : title.strip();
        if (notes == null) notes = "";
        state = state == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(state));
    }

    /** This slide with another title. */
    public Slide withTitle(String value) { return new Slide(id, value, notes, state); }

    /** This slide with other notes. */
    public Slide withNotes(String value) { return new Slide(id, title, value, state); }

    /** This slide with another state. */
    public Slide withState(Map<String, String> value) { return new Slide(id, title, notes, value); }
}
