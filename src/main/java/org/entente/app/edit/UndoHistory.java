package org.entente.app.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo stacks of one library's edits. Plain Java and thread-safe: edits run on
 * background threads while the UI reads the stacks; listeners are told on the thread that made
 * the change (a UI hands that over to its own thread).
 */
public final class UndoHistory {
    /** Oldest changes are forgotten beyond this many, so a long session does not hold every row it ever changed. */
    public static final int DEFAULT_LIMIT = 500;

    private final int limit;
    private final Deque<Change> done = new ArrayDeque<>();   // newest first
    private final Deque<Change> undone = new ArrayDeque<>(); // next to redo first
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public UndoHistory() { this(DEFAULT_LIMIT); }

    public UndoHistory(int limit) {
        if (limit < 1) throw new IllegalArgumentException("an undo history needs room for at least one change");
        this.limit = limit;
    }

    public synchronized boolean canUndo() { return !done.isEmpty(); }

    public synchronized boolean canRedo() { return !undone.isEmpty(); }

    /** The changes that can be undone, oldest first (the last one is undone next). */
    public synchronized List<Change> done() {
        List<Change> out = new ArrayList<>(done);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The changes that can be redone, the next to redo first. */
    public synchronized List<Change> undone() { return new ArrayList<>(undone); }

    /** The change {@code undo} would revert. */
    public synchronized Optional<Change> nextUndo() { return Optional.ofNullable(done.peekFirst()); }

    /** The change {@code redo} would re-apply. */
    public synchronized Optional<Change> nextRedo() { return Optional.ofNullable(undone.peekFirst()); }

    public void addListener(Runnable listener) { listeners.add(listener); }

    public void removeListener(Runnable listener) { listeners.remove(listener); }

    /** Forgets every change (e.g. when the library was changed behind the history's back). */
    public void clear() {
        synchronized (this) {
            done.clear();
            undone.clear();
        }
        fire();
    }

    /** A new edit: it can be undone, and nothing can be redone any more. */
    void recorded(Change change) {
        synchronized (this) {
            done.push(change);
            undone.clear();
            while (done.size() > limit) done.removeLast();
        }
        fire();
    }

    /** {@code change}, the newest done, was undone. */
    void movedToUndone(Change change) {
        synchronized (this) {
            if (done.peekFirst() != change) throw new IllegalStateException("not the change to undo next: " + change);
            done.pop();
            undone.push(change);
        }
        fire();
    }

    /** {@code change}, the next to redo, was redone. */
    void movedToDone(Change change) {
        synchronized (this) {
            if (undone.peekFirst() != change) throw new IllegalStateException("not the change to redo next: " + change);
            undone.pop();
            done.push(change);
        }
        fire();
    }

    private void fire() {
        for (Runnable l : listeners) l.run();
    }
}
