package org.entente.store;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices edits that another Entente window or process commits to an open library, so that this
 * window can show them. It asks SQLite's {@code PRAGMA data_version} on a daemon thread every
 * interval: a cheap read of the WAL index that changes only when another connection has
 * committed, so this library's own writes do not trigger it (no reload loops).
 *
 * <p>{@code onChange} runs on the watcher's thread, at most once per interval however many edits
 * arrived; a UI hands it on to its own thread. Made by {@link Library#watchOtherWriters}.
 */
public final class LibraryWatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LibraryWatcher.class.getName());

    private final Library library;
    private final Duration interval;
    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    /** Polls completed: a clock that tests (and diagnostics) can wait on instead of sleeping. */
    private final java.util.concurrent.atomic.AtomicLong ticks = new java.util.concurrent.atomic.AtomicLong();
    /** The data version last seen; touched only on the timer's thread (after the constructor). */
    private long lastSeen;

    LibraryWatcher(Library library, Duration interval, Runnable onChange) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be positive: " + interval);
        this.library = library;
        this.interval = interval;
        this.onChange = onChange;
        // What the library showed when it was opened: a commit by another window between then
        // and the first tick (which may find the library busy loading the views) is a change.
        this.lastSeen = library.connectedDataVersion();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entente-library-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        timer.execute(this::poll); // at once: a change since the library was opened is shown without waiting
        long ms = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            check();
        } finally {
            ticks.incrementAndGet();
        }
    }

    /**
     * How many times the watcher has asked the library so far. Whatever it was going to report
     * about a commit made before tick N has been reported (handed to {@code onChange}) by tick N + 2.
     */
    public long ticks() { return ticks.get(); }

    private void check() {
        // Also the moment to take back SQLite's locks if something in this process dropped them
        // (a file dialog that read the file): within a tick, not only at the next write. A failure
        // here must not stop the watching below.
        try {
            library.ensureSound(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the locks on " + library.file(), e);
        }
        OptionalLong version;
        try {
            version = library.dataVersion();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not ask " + library.file() + " for its data version", e);
            return;
        }
        if (version.isEmpty()) return; // busy with this window's own work: ask again next time
        long now = version.getAsLong();
        boolean changed = lastSeen != Long.MIN_VALUE && now != lastSeen;
        lastSeen = now;
        if (!changed) return;
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A listener for changes to " + library.file() + " failed", e);
        }
    }

    /** Stops watching; idempotent. */
    @Override
    public void close() {
        timer.shutdownNow();
        library.forget(this);
    }
}
