package org.entente.app.edit;

import java.time.Instant;
import org.entente.i18n.I18n;
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
import org.entente.model.TradeChange;
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
        String description = I18n.t(event.id() == 0 ? "changes.event.add" : "changes.event.edit", quoted(event.title()));
        return edit(description, () -> done(library.events().save(event), description));
    }

    /**
     * Deletes events with their participants, tags, citations, links and notes: one change,
     * whatever their number.
     */
    public void deleteEvents(Collection<Long> ids) {
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(ids));
        if (unique.isEmpty()) return;
        String fallback = unique.size() == 1 ? I18n.t("changes.event.delete", String.valueOf(unique.get(0))) : I18n.t("changes.events.delete", unique.size());
        edit(fallback, () -> {
            String title = null;
            for (long id : unique) {
                Event e = library.events().byId(id)
                        .orElseThrow(() -> new EditException(I18n.t("changes.event.missing", String.valueOf(id))));
                title = e.title();
                library.events().delete(id);
            }
            return done(null, unique.size() == 1 ? I18n.t("changes.event.delete", quoted(title)) : fallback);
        });
    }

    // ---- actors --------------------------------------------------------------------------------

    /** Adds an actor (id 0) or changes a stored one; a rename reaches the search index of its events. */
    public Actor saveActor(Actor actor) {
        String description = I18n.t(actor.id() == 0 ? "changes.actor.add" : "changes.actor.edit", quoted(actor.name()));
        return edit(description, () -> done(library.actors().save(actor), description));
    }

    /** Deletes an actor with the notes on it; refused while events, partnerships or trade figures use it. */
    public void deleteActor(long id) {
        edit(I18n.t("changes.actor.delete", String.valueOf(id)), () -> {
            Actor actor = library.actors().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.actor.missing", String.valueOf(id))));
            Map<String, Long> uses = EditSupport.usesOfActor(library, id);
            if (!uses.isEmpty())
                throw new EditException(I18n.t("changes.actor.in-use", quoted(actor.name()), uses(uses), usedOnce(uses)));
            EditSupport.deleteActor(library, id);
            return done(null, I18n.t("changes.actor.delete", quoted(actor.name())));
        });
    }

    // ---- partnerships --------------------------------------------------------------------------

    public Partnership savePartnership(Partnership partnership) {
        String description = I18n.t(partnership.id() == 0 ? "changes.partnership.add" : "changes.partnership.edit", quoted(partnership.pairLabel()));
        return edit(description, () -> done(library.partnerships().save(partnership), description));
    }

    /** Deletes a partnership spell with its citations and notes. */
    public void deletePartnership(long id) {
        edit(I18n.t("changes.partnership.delete", String.valueOf(id)), () -> {
            Partnership p = library.partnerships().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.partnership.missing", String.valueOf(id))));
            library.partnerships().delete(id);
            return done(null, I18n.t("changes.partnership.delete", quoted(p.pairLabel())));
        });
    }

    // ---- periods -------------------------------------------------------------------------------

    public Period savePeriod(Period period) {
        String description = I18n.t(period.id() == 0 ? "changes.period.add" : "changes.period.edit", quoted(period.name()));
        return edit(description, () -> done(library.periods().save(period), description));
    }

    /** Deletes a period with the notes on it. */
    public void deletePeriod(long id) {
        edit(I18n.t("changes.period.delete", String.valueOf(id)), () -> {
            Period p = library.periods().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.period.missing", String.valueOf(id))));
            EditSupport.deleteNotesOf(library, RecordKind.PERIOD, id);
            library.periods().delete(id);
            return done(null, I18n.t("changes.period.delete", quoted(p.name())));
        });
    }

    // ---- trade figures -------------------------------------------------------------------------

    public TradeFigure saveTradeFigure(TradeFigure figure) {
        String description = I18n.t(figure.id() == 0 ? "changes.trade-figure.add" : "changes.trade-figure.edit", quoted(label(figure)));
        return edit(description, () -> done(library.trade().save(figure), description));
    }

    /** Deletes a trade figure with the notes on it. */
    public void deleteTradeFigure(long id) {
        edit(I18n.t("changes.trade-figure.delete", String.valueOf(id)), () -> {
            TradeFigure f = library.trade().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.trade-figure.missing", String.valueOf(id))));
            EditSupport.deleteNotesOf(library, RecordKind.TRADE_FIGURE, id);
            library.trade().delete(id);
            return done(null, I18n.t("changes.trade-figure.delete", quoted(label(f))));
        });
    }

    static String label(TradeFigure f) {
        return f.reporter().name() + " → " + f.partner().name() + ", " + f.year() + ", " + f.flow().key();
    }

    // ---- reported changes of trade -------------------------------------------------------------

    /** Adds (id 0) or replaces a reported change of trade ("+2.3 % in 2023"). */
    public TradeChange saveTradeChange(TradeChange change) {
        String description = I18n.t(change.id() == 0 ? "changes.trade-change.add" : "changes.trade-change.edit", quoted(label(change)));
        return edit(description, () -> done(library.trade().saveChange(change), description));
    }

    public void deleteTradeChange(long id) {
        edit(I18n.t("changes.trade-change.delete", String.valueOf(id)), () -> {
            TradeChange f = library.trade().changeById(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.trade-change.missing", String.valueOf(id))));
            library.trade().deleteChange(id);
            return done(null, I18n.t("changes.trade-change.delete", quoted(label(f))));
        });
    }

    static String label(TradeChange f) {
        return f.reporter().name() + " → " + f.partner().name() + ", " + f.year() + ", " + f.flow().key();
    }

    // ---- sources -------------------------------------------------------------------------------

    public Source saveSource(Source source) {
        String description = I18n.t(source.id() == 0 ? "changes.source.add" : "changes.source.edit", quoted(source.title()));
        return edit(description, () -> done(library.sources().save(source), description));
    }

    /** Deletes a source with the notes on it; refused while any record cites it. */
    public void deleteSource(long id) {
        edit(I18n.t("changes.source.delete", String.valueOf(id)), () -> {
            Source s = library.sources().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.source.missing", String.valueOf(id))));
            Map<String, Long> uses = EditSupport.usesOfSource(library, id);
            if (!uses.isEmpty())
                throw new EditException(I18n.t("changes.source.in-use", quoted(s.title()), uses(uses), usedOnce(uses)));
            EditSupport.deleteSource(library, id);
            return done(null, I18n.t("changes.source.delete", quoted(s.title())));
        });
    }

    // ---- notes ---------------------------------------------------------------------------------

    /** Adds a note (id 0) or changes a stored one; notes on events are searchable. */
    public Note saveNote(Note note) {
        String fallback = I18n.t(note.id() == 0 ? "changes.note.add" : "changes.note.edit");
        return edit(fallback, () -> done(library.notes().save(note),
                I18n.t(note.id() == 0 ? "changes.note.add.on" : "changes.note.edit.on", describe(note.target()))));
    }

    public void deleteNote(long id) {
        edit(I18n.t("changes.note.delete", String.valueOf(id)), () -> {
            Note n = library.notes().byId(id)
                    .orElseThrow(() -> new EditException(I18n.t("changes.note.missing", String.valueOf(id))));
            library.notes().delete(id);
            return done(null, I18n.t("changes.note.delete.on", describe(n.target())));
        });
    }

    // ---- annotations (star, highlight, tags) ----------------------------------------------------

    /**
     * Puts the user's star, highlight and tags on a record in place of its previous ones (an
     * empty annotation removes them); undo restores the previous annotation exactly.
     */
    public Annotation saveAnnotation(Annotation annotation) {
        return edit(I18n.t("changes.marks"), () -> {
            Annotation before = library.annotations().of(annotation.target());
            Annotation stored = library.annotations().save(annotation);
            return done(stored, I18n.t(marksChange(before, stored), describe(annotation.target())));
        });
    }

    /** The key of the change's words: "Star {0}", "Unstar {0}", "Highlight {0}", "Remove highlight from {0}", "Tag {0}", "Change marks of {0}". */
    static String marksChange(Annotation before, Annotation after) {
        boolean star = before.starred() != after.starred();
        boolean highlight = !Objects.equals(before.highlight(), after.highlight());
        boolean tags = !before.tags().equals(after.tags());
        if (star && !highlight && !tags) return after.starred() ? "changes.marks.star" : "changes.marks.unstar";
        if (highlight && !star && !tags) return after.highlight() == null ? "changes.marks.unhighlight" : "changes.marks.highlight";
        if (tags && !star && !highlight) return "changes.marks.tag";
        return "changes.marks.change";
    }

    /** "event “Title”", "actor “Name”"…, read inside the edit's transaction. */
    private String describe(RecordRef ref) {
        Optional<String> name = library.find(ref).map(LibraryEditor::nameOf);
        String shown = name.map(LibraryEditor::quoted).orElse(String.valueOf(ref.id()));
        return switch (ref.kind()) {
            case EVENT -> I18n.t("changes.record.event", shown);
            case PARTNERSHIP -> I18n.t("changes.record.partnership", shown);
            case TRADE_FIGURE -> I18n.t("changes.record.trade-figure", shown);
            case ACTOR -> I18n.t("changes.record.actor", shown);
            case SOURCE -> I18n.t("changes.record.source", shown);
            case PERIOD -> I18n.t("changes.record.period", shown);
        };
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

    /** "2 events and 1 partnership": what still uses a record, in the interface language. */
    private static String uses(Map<String, Long> uses) {
        List<String> parts = new ArrayList<>();
        uses.forEach((kind, n) -> parts.add(switch (kind) {
            case "events" -> I18n.t("changes.uses.events", n);
            case "partnerships" -> I18n.t("changes.uses.partnerships", n);
            case "trade figures" -> I18n.t("changes.uses.trade-figures", n);
            case "other records" -> I18n.t("changes.uses.other", n);
            default -> n + " " + kind;
        }));
        return parts.size() == 1 ? parts.get(0)
                : I18n.t("changes.uses.and", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }

    /** 1 when a single record uses it ("still uses"), else 2 ("still use"): the choice in the message's pattern. */
    private static int usedOnce(Map<String, Long> uses) {
        return uses.size() == 1 && uses.values().iterator().next() == 1 ? 1 : 2;
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
            throw new EditException(I18n.t("changes.failed", lowerFirst(fallbackDescription), reason(e)), e);
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
        restore(change, true, () -> ChangeRecorder.revert(library, change.rows()));
        history.movedToUndone(change);
        return next;
    }

    /** Re-applies the change undone last, if any. */
    public synchronized Optional<Change> redo() {
        Optional<Change> next = history.nextRedo();
        if (next.isEmpty()) return next;
        Change change = next.get();
        restore(change, false, () -> ChangeRecorder.reapply(library, change.rows()));
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
        if (index < 0) throw new EditException(I18n.t("changes.undo.gone", change.description()));
        List<Change> toUndo = new ArrayList<>(done.subList(index, done.size()));
        java.util.Collections.reverse(toUndo);
        restore(change, true, () -> library.write(c -> {
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
        if (index < 0) throw new EditException(I18n.t("changes.redo.gone", change.description()));
        List<Change> toRedo = new ArrayList<>(undone.subList(0, index + 1));
        restore(change, false, () -> library.write(c -> {
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

    private void restore(Change change, boolean undo, Runnable work) {
        try {
            work.run();
        } catch (ChangeRecorder.StaleChangeException e) {
            history.clear();
            throw new EditException(I18n.t(undo ? "changes.undo.stale" : "changes.redo.stale", change.description(), e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new EditException(I18n.t(undo ? "changes.undo.failed" : "changes.redo.failed", change.description(), reason(e)), e);
        }
    }

    static String quoted(String text) { return "“" + text + "”"; }

    private static String lowerFirst(String s) { return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1); }

    /** A failure's cause in words for the user: constraint names turned into what they mean. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The file's path is kept where the failure is about the file itself (read-only, disk full, removed, locked).
        if (e instanceof LibraryException le && le.file() != null && le.reason() == LibraryException.Reason.INVALID_DATA) {
            String prefix = le.file() + ": ";
            if (message.startsWith(prefix)) message = message.substring(prefix.length());
        }
        String[][] known = {
                {"actor.name", "changes.reason.actor-name"},
                {"actor.iso3", "changes.reason.actor-iso"},
                {"trade_figure.reporter_id", "changes.reason.trade-figure"},
                {"trade_change.reporter_id", "changes.reason.trade-change"},
                {"actor_a <> actor_b", "changes.reason.partnership-actors"},
                {"until_day > from_day", "changes.reason.partnership-end"},
                {"end_day > start_day", "changes.reason.end"},
                {"value_usd >= 0", "changes.reason.negative"},
                {"FOREIGN KEY constraint failed", "changes.reason.foreign-key"},
        };
        for (String[] k : known) if (message.contains(k[0])) return I18n.t(k[1]);
        return message;
    }
}
