package org.entente.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a source and a mapping on a second thread, a few batches ahead of the reader, so that
 * two halves of a long job overlap on two cores: a bulk load's parsing and text folding with its
 * SQLite work, an export's reading of the library with its writing of the file. The source is
 * only ever touched by that thread until {@link #close()} has returned.
 * <p>A failure in the source or the mapping reaches the reader as the same exception, after the
 * elements that came before it. {@link #close()} stops the thread (after the element it is
 * working on) and waits for it, so the caller may close the source's file afterwards.
 */
public final class Prefetcher<T, R> implements Iterator<R>, AutoCloseable {
    private static final int BATCH = 512;
    private static final Object END = new Object();

    private record Failure(Throwable error) { }

    /** Unwinds a push source once the reader has stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super(null, null, false, false); }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean stopped;
    private List<R> batch = List.of();
    private int index;
    private boolean ended;
    private Throwable failure;

    private Prefetcher(Consumer<Consumer<T>> source, Function<? super T, ? extends R> mapping, String threadName) {
        thread = new Thread(() -> produce(source, mapping), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads {@code source} ahead on a thread called {@code threadName}, mapping each element there. */
    public static <T, R> Prefetcher<T, R> of(Iterator<? extends T> source, Function<? super T, ? extends R> mapping, String threadName) {
        return new Prefetcher<T, R>(sink -> {
            while (source.hasNext()) sink.accept(source.next());
        }, mapping, threadName);
    }

    /**
     * Runs {@code source}, which hands every element to the consumer it is given (a store's
     * {@code forEach}, say), on a thread called {@code threadName}, mapping each element there.
     */
    public static <T, R> Prefetcher<T, R> ofPush(Consumer<Consumer<T>> source, Function<? super T, ? extends R> mapping,
                                                 String threadName) {
        return new Prefetcher<>(source, mapping, threadName);
    }

    private void produce(Consumer<Consumer<T>> source, Function<? super T, ? extends R> mapping) {
        List<List<R>> pending = new ArrayList<>(1);
        pending.add(new ArrayList<>(BATCH));
        try {
            source.accept(element -> {
                if (stopped) throw new Stopped();
                List<R> out = pending.get(0);
                out.add(mapping.apply(element));
                if (out.size() == BATCH) {
                    if (!put(out)) throw new Stopped();
                    pending.set(0, new ArrayList<>(BATCH));
                }
            });
            List<R> rest = pending.get(0);
            if (!rest.isEmpty() && !put(rest)) return;
            put(END);
        } catch (Stopped s) {
            // The reader closed this early: nobody is listening.
        } catch (Throwable t) {
            // The elements before the failure come first, as a plain loop would have seen them.
            List<R> rest = pending.get(0);
            if (!rest.isEmpty() && !put(rest)) return;
            put(new Failure(t));
        }
    }

    /**
     * Hands an item to the reader; false once the reader has stopped listening. Only
     * {@link #close()} ends the wait: an interrupt of this thread (a source may leave one set)
     * must not lose the item, or the reader would wait for ever.
     */
    private boolean put(Object item) {
        boolean interrupted = false;
        try {
            while (!stopped) {
                try {
                    if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) return true;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return false;
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (index == batch.size()) {
            if (failure != null) throw rethrow(failure);
            if (ended) return false;
            if (stopped) throw new IllegalStateException("read after close");
            Object item;
            try {
                item = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while reading ahead");
            }
            if (item == null) {
                // Nothing yet: fine while the thread works; a dead thread with nothing left said all it will.
                if (!thread.isAlive() && queue.isEmpty()) {
                    failure = new IllegalStateException(thread.getName() + " stopped without finishing its source");
                }
                continue;
            }
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof Failure f) {
                // Every later call fails the same way: the sequence did not end, it broke.
                failure = f.error();
                throw rethrow(failure);
            }
            @SuppressWarnings("unchecked")
            List<R> next = (List<R>) item;
            batch = next;
            index = 0;
        }
        return true;
    }

    private static RuntimeException rethrow(Throwable error) {
        if (error instanceof RuntimeException re) return re;
        if (error instanceof Error err) throw err;
        return new IllegalStateException(error);
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
