package org.entente.app.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.entente.model.Actor;
import org.entente.model.Annotation;
import org.entente.model.Event;
import org.entente.model.Note;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.store.ChangeRecorder;
import org.entente.store.EditSupport;
import org.entente.store.Library;
import org.entente.store.LibraryException;

/**
 * The one way the user's edits reach a library: each method is one transaction that records one
 * {@link Change} on the {@link UndoHistory} (a new edit clears the redo stack) and returns the
 * stored record with its id. {@link #undo()} and {@link #redo()} put the library back exactly as
 * it was before or after a change, ids included.
 *
 * <p>Failures throw {@link EditException} with a message for the user, and change nothing.
 * Call from background threads (never the UI thread); calls are serialized.
 */
public final class LibraryEditor {
    private final Library library;
    private final UndoHistory history;

    public LibraryEditor(Library library, UndoHistory history) {
        this.library = Objects.requireNonNull(library);
        this.history = Objects.requireNonNull(history);
    }

    public Library library() { return library; }

    public UndoHistory history() { return history; }

    // ---- events --------------------------------------------------------------------------------

    /** Adds an event (id 0) or replaces a stored one with its participants, tags and citations. */
    public Event saveEvent(Event event) {
        String description = (event.id() == 0 ? "Add" : "Edit") + " event " + quoted(event.title());
        return edit(description, () -> done(library.events().save(event), description));
    }

    /**
     * Deletes events with their participants, tags, citations, links and notes: one change,
     * whatever their number.
     */
    public void deleteEvents(Collection<Long> ids) {
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) return;
        String fallback = unique.size() == 1 ? "Delete event " + unique.get(0) : "Delete " + unique.size() + " events";
        edit(fallback, () -> {
            String title = null;
            for (long id : unique) {
                Event e = library.events().byId(id)
                        .orElseThrow(() -> new EditException("There is no event with id " + id + " (was it deleted already?). Nothing was deleted."));
                title = e.title();
                library.events().delete(id);
            }
            return done(null, unique.size() == 1 ? "Delete event " + quoted(title) : fallback);
        });
    }

    // ---- actors --------------------------------------------------------------------------------

    /** Adds an actor (id 0) or changes a stored one; a rename reaches the search index of its events. */
    public Actor saveActor(Actor actor) {
        String description = (actor.id() == 0 ? "Add" : "Edit") + " actor " + quoted(actor.name());
        return edit(description, () -> done(library.actors().save(actor), description));
    }

    /** Deletes an actor with the notes on it; refused while events, partnerships or trade figures use it. */
    public void deleteActor(long id) {
        edit("Delete actor " + id, () -> {
            Actor actor = library.actors().byId(id)
                    .orElseThrow(() -> new EditException("There is no actor with id " + id + " (was it deleted already?)."));
            Map<String, Long> uses = EditSupport.usesOfActor(library, id);
            if (!uses.isEmpty())
                throw new EditException("Cannot delete " + quoted(actor.name()) + ": " + uses(uses, "use") + " it. Change or delete those first.");
            EditSupport.deleteActor(library, id);
            return done(null, "Delete actor " + quoted(actor.name()));
        });
    }

    // ---- partnerships --------------------------------------------------------------------------

    public Partnership savePartnership(Partnership partnership) {
        String description = (partnership.id() == 0 ? "Add" : "Edit") + " partnership " + quoted(partnership.pairLabel());
        return edit(description, () -> done(library.partnerships().save(partnership), description));
    }

    /** Deletes a partnership spell with its citations and notes. */
    public void deletePartnership(long id) {
        edit("Delete partnership " + id, () -> {
            Partnership p = library.partnerships().byId(id)
                    .orElseThrow(() -> new EditException("There is no partnership with id " + id + " (was it deleted already?)."));
            library.partnerships().delete(id);
            return done(null, "Delete partnership " + quoted(p.pairLabel()));
        });
    }

    // ---- periods -------------------------------------------------------------------------------

    public Period savePeriod(Period period) {
        String description = (period.id() == 0 ? "Add" : "Edit") + " period " + quoted(period.name());
        return edit(description, () -> done(library.periods().save(period), description));
    }

    /** Deletes a period with the notes on it. */
    public void deletePeriod(long id) {
        edit("Delete period " + id, () -> {
            Period p = library.periods().byId(id)
                    .orElseThrow(() -> new EditException("There is no period with id " + id + " (was it deleted already?)."));
            EditSupport.deleteNotesOf(library, RecordKind.PERIOD, id);
            library.periods().delete(id);
            return done(null, "Delete period " + quoted(p.name()));
        });
    }

    // ---- trade figures -------------------------------------------------------------------------

    public TradeFigure saveTradeFigure(TradeFigure figure) {
        String description = (figure.id() == 0 ? "Add" : "Edit") + " trade figure " + quoted(label(figure));
        return edit(description, () -> done(library.trade().save(figure), description));
    }

    /** Deletes a trade figure with the notes on it. */
    public void deleteTradeFigure(long id) {
        edit("Delete trade figure " + id, () -> {
            TradeFigure f = library.trade().byId(id)
                    .orElseThrow(() -> new EditException("There is no trade figure with id " + id + " (was it deleted already?)."));
            EditSupport.deleteNotesOf(library, RecordKind.TRADE_FIGURE, id);
            library.trade().delete(id);
            return done(null, "Delete trade figure " + quoted(label(f)));
        });
    }

    static String label(TradeFigure f) {
        return f.reporter().name() + " → " + f.partner().name() + ", " + f.year() + ", " + f.flow().key();
    }

    // ---- sources -------------------------------------------------------------------------------

    public Source saveSource(Source source) {
        String description = (source.id() == 0 ? "Add" : "Edit") + " source " + quoted(source.title());
        return edit(description, () -> done(library.sources().save(source), description));
    }

    /** Deletes a source with the notes on it; refused while any record cites it. */
    public void deleteSource(long id) {
        edit("Delete source " + id, () -> {
            Source s = library.sources().byId(id)
                    .orElseThrow(() -> new EditException("There is no source with id " + id + " (was it deleted already?)."));
            Map<String, Long> uses = EditSupport.usesOfSource(library, id);
            if (!uses.isEmpty())
                throw new EditException("Cannot delete the source " + quoted(s.title()) + ": " + uses(uses, "cite")
                        + " it. Remove those citations first.");
            EditSupport.deleteSource(library, id);
            return done(null, "Delete source " + quoted(s.title()));
        });
    }

    // ---- notes ---------------------------------------------------------------------------------

    /** Adds a note (id 0) or changes a stored one; notes on events are searchable. */
    public Note saveNote(Note note) {
        String fallback = (note.id() == 0 ? "Add" : "Edit") + " note";
        return edit(fallback, () -> done(library.notes().save(note), fallback + " on " + describe(note.target())));
    }

    public void deleteNote(long id) {
        edit("Delete note " + id, () -> {
            Note n = library.notes().byId(id)
                    .orElseThrow(() -> new EditException("There is no note with id " + id + " (was it deleted already?)."));
            library.notes().delete(id);
            return done(null, "Delete note on " + describe(n.target()));
        });
    }

    // ---- annotations (star, highlight, tags) ----------------------------------------------------

    /**
     * Puts the user's star, highlight and tags on a record in place of its previous ones (an
     * empty annotation removes them); undo restores the previous annotation exactly.
     */
    public Annotation saveAnnotation(Annotation annotation) {
        return edit("Change marks", () -> {
            Annotation before = library.annotations().of(annotation.target());
            Annotation stored = library.annotations().save(annotation);
            return done(stored, marksChange(before, stored) + " " + describe(annotation.target()));
        });
    }

    /** "Star", "Unstar", "Highlight", "Remove highlight from", "Tag", "Change marks of". */
    static String marksChange(Annotation before, Annotation after) {
        boolean star = before.starred() != after.starred();
        boolean highlight = !Objects.equals(before.highlight(), after.highlight());
        boolean tags = !before.tags().equals(after.tags());
        if (star && !highlight && !tags) return after.starred() ? "Star" : "Unstar";
        if (highlight && !star && !tags) return after.highlight() == null ? "Remove highlight from" : "Highlight";
        if (tags && !star && !highlight) return "Tag";
        return "Change marks of";
    }

    /** "event “Title”", "actor “Name”"…, read inside the edit's transaction. */
    private String describe(RecordRef ref) {
        Optional<String> name = library.find(ref).map(LibraryEditor::nameOf);
        return ref.kind().label() + " " + name.map(LibraryEditor::quoted).orElse(String.valueOf(ref.id()));
    }

    /** What a person calls the record in a message: an event's title, a tie's pair… */
    private static String nameOf(Object record) {
        if (record instanceof Event e) return e.title();
        if (record instanceof Actor a) return a.name();
        if (record instanceof Partnership p) return p.pairLabel();
        if (record instanceof TradeFigure t) return label(t);
        if (record instanceof Source s) return s.title();
        if (record instanceof Period p) return p.name();
        return String.valueOf(record);
    }

    private static String uses(Map<String, Long> uses, String verb) {
        List<String> parts = new ArrayList<>();
        uses.forEach((kind, n) -> parts.add(n == 1 ? "1 " + singular(kind) : n + " " + kind));
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        boolean one = parts.size() == 1 && uses.values().iterator().next() == 1;
        return list + " still " + (one ? verb + "s" : verb);
    }

    private static String singular(String kind) {
        return switch (kind) {
            case "events" -> "event";
            case "partnerships" -> "partnership";
            case "trade figures" -> "trade figure";
            case "other records" -> "other record";
            default -> kind;
        };
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** What an edit's work returns: the stored record and the change's description. */
    private record Done<T>(T value, String description) {}

    private static <T> Done<T> done(T value, String description) { return new Done<>(value, description); }

    /**
     * Runs {@code work} as one recorded transaction and puts its change on the history. Anything
     * thrown rolls the transaction back and reaches the caller as an {@link EditException}.
     */
    private synchronized <T> T edit(String fallbackDescription, Supplier<Done<T>> work) {
        ChangeRecorder.Recorded<Done<T>> recorded;
        try {
            recorded = ChangeRecorder.record(library, c -> work.get());
        } catch (EditException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EditException("Could not " + lowerFirst(fallbackDescription) + ": " + reason(e) + ". Nothing was changed.", e);
        }
        Done<T> done = recorded.result();
        if (!recorded.delta().isEmpty())
            history.recorded(new Change(done.description(), recorded.delta().touched(), Instant.now(), recorded.delta()));
        return done.value();
    }

    /** Reverts the newest change, if any. */
    public synchronized Optional<Change> undo() {
        Optional<Change> next = history.nextUndo();
        if (next.isEmpty()) return next;
        Change change = next.get();
        restore(change, "undo", () -> ChangeRecorder.revert(library, change.rows()));
        history.movedToUndone(change);
        return next;
    }

    /** Re-applies the change undone last, if any. */
    public synchronized Optional<Change> redo() {
        Optional<Change> next = history.nextRedo();
        if (next.isEmpty()) return next;
        Change change = next.get();
        restore(change, "redo", () -> ChangeRecorder.reapply(library, change.rows()));
        history.movedToDone(change);
        return next;
    }

    /**
     * Undoes every change from the newest back to {@code change} included, in one transaction: all
     * or none of them.
     *
     * @return the changes undone, newest first
     */
    public synchronized List<Change> undoThrough(Change change) {
        List<Change> done = history.done();
        int index = indexOf(done, change);
        if (index < 0) throw new EditException("Could not undo " + change.description() + ": it is no longer in the undo history.");
        List<Change> toUndo = new ArrayList<>(done.subList(index, done.size()));
        java.util.Collections.reverse(toUndo);
        restore(change, "undo", () -> library.write(c -> {
            for (Change ch : toUndo) ChangeRecorder.revert(library, ch.rows());
            return null;
        }));
        for (Change ch : toUndo) history.movedToUndone(ch);
        return toUndo;
    }

    /**
     * Redoes every undone change from the next to redo up to {@code change} included, in one
     * transaction.
     *
     * @return the changes redone, oldest first
     */
    public synchronized List<Change> redoThrough(Change change) {
        List<Change> undone = history.undone();
        int index = indexOf(undone, change);
        if (index < 0) throw new EditException("Could not redo " + change.description() + ": it is no longer in the undo history.");
        List<Change> toRedo = new ArrayList<>(undone.subList(0, index + 1));
        restore(change, "redo", () -> library.write(c -> {
            for (Change ch : toRedo) ChangeRecorder.reapply(library, ch.rows());
            return null;
        }));
        for (Change ch : toRedo) history.movedToDone(ch);
        return toRedo;
    }

    private static int indexOf(List<Change> changes, Change change) {
        for (int i = 0; i < changes.size(); i++) if (changes.get(i) == change) return i;
        return -1;
    }

    private void restore(Change change, String verb, Runnable work) {
        try {
            work.run();
        } catch (ChangeRecorder.StaleChangeException e) {
            history.clear();
            throw new EditException("Could not " + verb + " " + change.description() + ": the library was changed outside the editor"
                    + " since (" + e.getMessage() + "). The undo history was cleared; nothing was changed.", e);
        } catch (RuntimeException e) {
            throw new EditException("Could not " + verb + " " + change.description() + ": " + reason(e), e);
        }
    }

    static String quoted(String text) { return "“" + text + "”"; }

    private static String lowerFirst(String s) { return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1); }

    /** A failure's cause in words for the user: constraint names turned into what they mean. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof LibraryException le && le.file() != null) {
            String prefix = le.file() + ": ";
            if (message.startsWith(prefix)) message = message.substring(prefix.length());
        }
        String[][] known = {
                {"actor.name", "another actor already has that name"},
                {"actor.iso3", "another actor already has that ISO code"},
                {"trade_figure.reporter_id", "that reporter already has a figure for this partner, year and flow"},
                {"actor_a <> actor_b", "a partnership needs two different actors"},
                {"until_day > from_day", "a partnership's end must come after its start"},
                {"end_day > start_day", "the end must come after the start"},
                {"value_usd >= 0", "a trade value cannot be negative"},
                {"FOREIGN KEY constraint failed", "it refers to a record that does not exist, or other records still use it"},
        };
        for (String[] k : known) if (message.contains(k[0])) return k[1];
        return message;
    }
}
