package org.entente.model;

import java.util.List;

/**
 * Something that happened between actors: a state visit, an agreement, a vote, a change of leader.
 *
 * @param id           the library's id, or 0 when not yet stored
 * @param title        a short title
 * @param when         when it happened, at the precision known
 * @param category     its kind
 * @param participants who took part, with roles
 * @param place        where, or null
 * @param summary      a few sentences, or null
 * @param importance   1 (minor) to 5 (turning point)
 * @param tags         free tags
 * @param sources      citations; every starter event has at least one
 */
public record Event(long id, String title, DateRange when, Category category, List<Participant> participants,
                    String place, String summary, int importance, List<String> tags, List<Citation> sources) {

    public static final int MIN_IMPORTANCE = 1;
    public static final int MAX_IMPORTANCE = 5;

    public Event {
        title = tidyTitle(title);
        if (when == null) throw new IllegalArgumentException("an event needs a date");
        if (category == null) category = Category.OTHER;
        if (importance < MIN_IMPORTANCE || importance > MAX_IMPORTANCE)
            throw new IllegalArgumentException("importance " + importance + " is not 1–5");
        place = Source.blankToNull(place);
        summary = Source.blankToNull(summary);
        participants = participants == null ? List.of() : List.copyOf(participants);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The title as an event keeps it: on one line, without white space around it; never blank. */
    static String tidyTitle(String title) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("an event needs a title");
        return singleLine(title).strip();
    }

    /**
     * A title is one line: control characters (new lines, tabs, U+001F…) become spaces. The store
     * packs titles with such separators (EventStore's window headers), and a title is shown on one
     * line everywhere anyway.
     */
    static String singleLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char ch = text.charAt(j);
                    sb.append(Character.isISOControl(ch) ? ' ' : ch);
                }
                return sb.toString();
            }
        }
        return text;
    }

    public Event withId(long newId) {
        return new Event(newId, title, when, category, participants, place, summary, importance, tags, sources);
    }

    /** Participant names joined for a table cell: "Vietnam, Russia". */
    public String participantNames() {
        StringBuilder sb = new StringBuilder();
        for (Participant p : participants) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.actor().name());
        }
        return sb.toString();
    }
}
