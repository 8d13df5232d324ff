package org.entente.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs a source iterator and a mapping on a second thread, a few batches ahead of the reader,
 * so that a bulk load's parsing and text folding overlap its SQLite work (two cores instead of
 * one). The source is only ever touched by that thread until {@link #close()} has returned.
 * <p>A failure in the source or the mapping reaches the reader as the same exception, at the
 * point in the sequence where it happened. {@link #close()} stops the thread (after the element
 * it is working on) and waits for it, so the caller may close the source's file afterwards.
 */
final class Prefetcher<T, R> implements Iterator<R>, AutoCloseable {
    private static final int BATCH = 512;
    private static final Object END = new Object();

    private record Failure(Throwable error) { }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean stopped;
    private List<R> batch = List.of();
    private int index;
    private boolean ended;

    Prefetcher(Iterator<? extends T> source, Function<? super T, ? extends R> mapping, String threadName) {
        thread = new Thread(() -> produce(source, mapping), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Iterator<? extends T> source, Function<? super T, ? extends R> mapping) {
        List<R> out = new ArrayList<>(BATCH);
        try {
            while (!stopped && source.hasNext()) {
                out.add(mapping.apply(source.next()));
                if (out.size() == BATCH) {
                    if (!put(out)) return;
                    out = new ArrayList<>(BATCH);
                }
            }
            if (!out.isEmpty() && !put(out)) return;
            put(END);
        } catch (Throwable t) {
            // The elements before the failure come first, as a plain loop would have seen them.
            if (!out.isEmpty() && !put(out)) return;
            put(new Failure(t));
        }
    }

    /** Hands an item to the reader; false once the reader has stopped listening. */
    private boolean put(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean hasNext() {
        while (index == batch.size()) {
            if (ended) return false;
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while reading ahead");
            }
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof Failure f) {
                ended = true;
                if (f.error() instanceof RuntimeException re) throw re;
                if (f.error() instanceof Error err) throw err;
                throw new IllegalStateException(f.error());
            }
            @SuppressWarnings("unchecked")
            List<R> next = (List<R>) item;
            batch = next;
            index = 0;
        }
        return true;
    }

    @Override
    public R next() {
        if (!hasNext()) throw new NoSuchElementException();
        return batch.get(index++);
    }

    /** Stops the reading thread and waits until it no longer touches the source. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) Thread.currentThread().interrupt();
    }
}
