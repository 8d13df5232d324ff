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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
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
        return save(event.id(), "changes.event.add", "changes.event.edit", event.title(), () -> library.events().save(event));
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
        return save(actor.id(), "changes.actor.add", "changes.actor.edit", actor.name(), () -> library.actors().save(actor));
    }

    /** Deletes an actor with the notes on it; refused while events, partnerships or trade figures use it. */
    public void deleteActor(long id) {
        delete(id, "changes.actor.delete", "changes.actor.missing", library.actors()::byId, Actor::name, actor -> {
            refuseWhileUsed("changes.actor.in-use", actor.name(), EditSupport.usesOfActor(library, id));
            EditSupport.deleteActor(library, id);
        });
    }

    // ---- partnerships --------------------------------------------------------------------------

    public Partnership savePartnership(Partnership partnership) {
        return save(partnership.id(), "changes.partnership.add", "changes.partnership.edit", partnership.pairLabel(),
                () -> library.partnerships().save(partnership));
    }

    /** Deletes a partnership spell with its citations and notes. */
    public void deletePartnership(long id) {
        delete(id, "changes.partnership.delete", "changes.partnership.missing", library.partnerships()::byId, Partnership::pairLabel,
                p -> library.partnerships().delete(id));
    }

    // ---- periods -------------------------------------------------------------------------------

    public Period savePeriod(Period period) {
        return save(period.id(), "changes.period.add", "changes.period.edit", period.name(), () -> library.periods().save(period));
    }

    /** Deletes a period with the notes on it. */
    public void deletePeriod(long id) {
        delete(id, "changes.period.delete", "changes.period.missing", library.periods()::byId, Period::name, p -> {
            EditSupport.deleteNotesOf(library, RecordKind.PERIOD, id);
            library.periods().delete(id);
        });
    }

    // ---- trade figures -------------------------------------------------------------------------

    public TradeFigure saveTradeFigure(TradeFigure figure) {
        return save(figure.id(), "changes.trade-figure.add", "changes.trade-figure.edit", label(figure), () -> library.trade().save(figure));
    }

    /** Deletes a trade figure with the notes on it. */
    public void deleteTradeFigure(long id) {
        delete(id, "changes.trade-figure.delete", "changes.trade-figure.missing", library.trade()::byId, LibraryEditor::label, f -> {
            EditSupport.deleteNotesOf(library, RecordKind.TRADE_FIGURE, id);
            library.trade().delete(id);
        });
    }

    static String label(TradeFigure f) {
        return f.reporter().name() + " → " + f.partner().name() + ", " + f.year() + ", " + f.flow().key();
    }

    // ---- reported changes of trade -------------------------------------------------------------

    /** Adds (id 0) or replaces a reported change of trade ("+2.3 % in 2023"). */
    public TradeChange saveTradeChange(TradeChange change) {
        return save(change.id(), "changes.trade-change.add", "changes.trade-change.edit", label(change),
                () -> library.trade().saveChange(change));
    }

    public void deleteTradeChange(long id) {
        delete(id, "changes.trade-change.delete", "changes.trade-change.missing", library.trade()::changeById, LibraryEditor::label,
                f -> library.trade().deleteChange(id));
    }

    static String label(TradeChange f) {
        return f.reporter().name() + " → " + f.partner().name() + ", " + f.year() + ", " + f.flow().key();
    }

    // ---- sources -------------------------------------------------------------------------------

    public Source saveSource(Source source) {
        return save(source.id(), "changes.source.add", "changes.source.edit", source.title(), () -> library.sources().save(source));
    }

    /** Deletes a source with the notes on it; refused while any record cites it. */
    public void deleteSource(long id) {
        delete(id, "changes.source.delete", "changes.source.missing", library.sources()::byId, Source::title, s -> {
            refuseWhileUsed("changes.source.in-use", s.title(), EditSupport.usesOfSource(library, id));
            EditSupport.deleteSource(library, id);
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

    /** Refuses to delete the record called {@code name} while {@code uses} (what still uses it, by kind) is not empty. */
    private static void refuseWhileUsed(String inUseKey, String name, Map<String, Long> uses) {
        if (!uses.isEmpty()) throw new EditException(I18n.t(inUseKey, quoted(name), uses(uses), usedOnce(uses)));
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
     * Stores one record as one change, "Add …" for a new record (id 0) and "Change …" for a stored
     * one, {@code name} quoted in the description.
     */
    private <T> T save(long id, String addKey, String editKey, String name, Supplier<T> store) {
        String description = I18n.t(id == 0 ? addKey : editKey, quoted(name));
        return edit(description, () -> done(store.get(), description));
    }

    /**
     * Deletes one record as one change: {@code find} reads it inside the transaction (missing: the
     * {@code missingKey} message), {@code remove} deletes it or refuses with an {@link EditException}.
     * The change is described by the record's {@code name}; before it is read, by its id.
     */
    private <R> void delete(long id, String deleteKey, String missingKey, LongFunction<Optional<R>> find, Function<R, String> name,
                            Consumer<R> remove) {
        edit(I18n.t(deleteKey, String.valueOf(id)), () -> {
            R record = find.apply(id).orElseThrow(() -> new EditException(I18n.t(missingKey, String.valueOf(id))));
            remove.accept(record);
            return done(null, I18n.t(deleteKey, quoted(name.apply(record))));
        });
    }

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
