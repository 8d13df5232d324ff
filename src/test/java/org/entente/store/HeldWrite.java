package org.entente.store;

import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Another window in the middle of a long write (a big import, say): a transaction on
 * {@code other} that has written a row and holds the library's write lock until closed, when it
 * commits. For tests of what an edit does when it meets that lock.
 */
public final class HeldWrite implements AutoCloseable {
    private final CountDownLatch holding = new CountDownLatch(1), release = new CountDownLatch(1);
    private final Thread writer;

    private HeldWrite(Library other) {
        writer = new Thread(() -> other.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO library_info (key, value) VALUES ('other-window', 'importing')");
            }
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), "other window's long write");
    }

    /** Starts the write on {@code other} and returns once it holds the lock. */
    public static HeldWrite on(Library other) throws InterruptedException {
        HeldWrite held = new HeldWrite(other);
        held.writer.start();
        if (!held.holding.await(5, TimeUnit.SECONDS)) throw new IllegalStateException("the other window's write did not start");
        return held;
    }

    /** Lets the write commit and waits for it. */
    @Override
    public void close() throws InterruptedException {
        release.countDown();
        writer.join();
    }
}
