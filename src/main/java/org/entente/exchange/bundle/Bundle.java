package org.entente.exchange.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.model.Event;
import org.entente.model.LibraryContent;

/**
 * The content of one Entente JSON bundle: the records of a {@link LibraryContent} plus what a
 * library holds beyond it (researchers' notes on events and links between events), which refer to
 * events by their key in the bundle.
 *
 * @param title       the bundle's title, or null
 * @param description a few sentences on what it holds, or null
 * @param content     actors, sources, events, partnerships, trade figures and periods
 * @param eventKeys   the key of each event, in the order of {@code content.events()}; keys are
 *                    unique within the bundle
 * @param notes       notes on events, by event key
 * @param links       links between events, by event key
 * @param stories     a lecturer's stories; a slide's {@link #SELECTION_FIELD} names an event by its
 *                    key in the bundle (in a library, by its id)
 */
public record Bundle(String title, String description, LibraryContent content, List<String> eventKeys,
                     List<BundleNote> notes, List<BundleLink> links, List<org.entente.model.Story> stories) {

    /** The one slide field that refers to an event: the selected event, by key here and by id in a library. */
    public static final String SELECTION_FIELD = "selection";

    /** The value of the bundle's {@code "format"} field. */
    public static final String FORMAT = "entente-bundle";
    /** The format version this build writes and reads. */
    public static final int VERSION = 1;

    public Bundle {
        if (content == null) content = LibraryContent.empty();
        title = blankToNull(title);
        description = blankToNull(description);
        eventKeys = eventKeys == null || eventKeys.isEmpty() ? BundleKeys.eventKeys(content.events()) : List.copyOf(eventKeys);
        if (eventKeys.size() != content.events().size())
            throw new IllegalArgumentException(eventKeys.size() + " event keys for " + content.events().size() + " events");
        Set<String> seen = new HashSet<>();
        for (String key : eventKeys) {
            if (key == null || key.isBlank()) throw new IllegalArgumentException("an event key is empty");
            if (!seen.add(key)) throw new IllegalArgumentException("event key \"" + key + "\" is used twice");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        links = links == null ? List.of() : List.copyOf(links);
        stories = stories == null ? List.of() : List.copyOf(stories);
        for (BundleNote note : notes)
            if (!seen.contains(note.eventKey()))
                throw new IllegalArgumentException("a note refers to event \"" + note.eventKey() + "\", which is not in the bundle");
        for (BundleLink link : links)
            if (!seen.contains(link.fromEvent()) || !seen.contains(link.toEvent()))
                throw new IllegalArgumentException("a link refers to an event that is not in the bundle: " + link);
    }

    /** A bundle without stories. */
    public Bundle(String title, String description, LibraryContent content, List<String> eventKeys,
                  List<BundleNote> notes, List<BundleLink> links) {
        this(title, description, content, eventKeys, notes, links, null);
    }

    /** A bundle of {@code content} alone, with keys derived from the events. */
    public static Bundle of(LibraryContent content) {
        return new Bundle(null, null, content, null, null, null, null);
    }

    /** The event with this key. */
    public Optional<Event> event(String key) {
        int i = eventKeys.indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(content.events().get(i));
    }

    /** The key of the event at {@code index} in {@code content().events()}. */
    public String eventKey(int index) { return eventKeys.get(index); }

    /** The same bundle with these notes and links added: handy for building one by hand. */
    public Bundle withNotesAndLinks(List<BundleNote> moreNotes, List<BundleLink> moreLinks) {
        List<BundleNote> n = new ArrayList<>(notes);
        n.addAll(moreNotes);
        List<BundleLink> l = new ArrayList<>(links);
        l.addAll(moreLinks);
        return new Bundle(title, description, content, eventKeys, n, l, stories);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
