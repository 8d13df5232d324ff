package org.entente.exchange;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element ahead of time, skipping what it passes over (blank CSV
 * rows, rows with problems, records already in the library): subclasses say how to find the next
 * one, this class keeps it until asked. A small stand-in for Guava's {@code AbstractIterator},
 * which is not among Entente's libraries.
 *
 * @param <T> the elements; never null
 */
public abstract class LookAheadIterator<T> implements Iterator<T> {
    private T next;

    /** The next element, or null when there are no more. */
    protected abstract T findNext();

    @Override
    public final boolean hasNext() {
        if (next == null) next = findNext();
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T e = next;
        next = null;
        return e;
    }
}
