package org.entente.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.app.network.NetworkData;
import org.entente.app.task.TaskProgress;
import org.entente.store.Library;

/**
 * How long a network read nobody waits for any more keeps the library (issue #15). Usage:
 * {@code CancelledNetworkRead LIBRARY CANCEL_AFTER_MS [ROUNDS]}: each round starts
 * {@code NetworkData.read} on a thread, cancels it after CANCEL_AFTER_MS, and times how long until
 * the read returned and until another thread's read of the library ran. On a tree without
 * {@code NetworkData.read(Library, TaskProgress)} (before the change) the read cannot be told, so
 * the times are those of the rest of the read; found by reflection so the file compiles on both.
 */
public final class CancelledNetworkRead {
    private CancelledNetworkRead() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long cancelAfterMs = Long.parseLong(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Method cancellable = null;
        try {
            cancellable = NetworkData.class.getMethod("read", Library.class, TaskProgress.class);
        } catch (NoSuchMethodException before) {
            System.out.println("this tree's NetworkData.read cannot be cancelled");
        }
        try (Library library = Library.open(file)) {
            for (int i = 1; i <= rounds; i++) {
                AtomicBoolean cancelled = new AtomicBoolean();
                AtomicLong returned = new AtomicLong();
                String[] outcome = {"?"};
                Method read = cancellable;
                TaskProgress progress = new TaskProgress() {
                    @Override
                    public void update(long done, long total, String message) {}

                    @Override
                    public boolean isCancelled() { return cancelled.get(); }
                };
                Thread reader = new Thread(() -> {
                    try {
                        if (read != null) read.invoke(null, library, progress);
                        else NetworkData.read(library);
                        outcome[0] = "the whole network";
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        outcome[0] = e.getCause().getClass().getSimpleName();
                    } catch (Exception e) {
                        outcome[0] = e.getClass().getSimpleName();
                    }
                    returned.set(System.nanoTime());
                }, "network-read");
                long started = System.nanoTime();
                reader.start();
                Thread.sleep(cancelAfterMs);
                long cancelledAt = System.nanoTime();
                cancelled.set(true);
                if (library.read(c -> 1) != 1) throw new IllegalStateException(); // the next reader: waits for the library's lock
                long nextReadAt = System.nanoTime();
                reader.join();
                System.out.printf(Locale.ROOT, "round %d: cancelled %d ms after the start; the read returned %s after %.1f ms, the next read ran after %.1f ms (%.0f ms from the start)%n",
                        i, cancelAfterMs, outcome[0], (returned.get() - cancelledAt) / 1e6, (nextReadAt - cancelledAt) / 1e6, (nextReadAt - started) / 1e6);
            }
        }
    }
}
