package org.entente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.entente.store.Library;
import org.entente.store.LibraryBackups;

/**
 * How long the library's reads wait while a backup of it is taken (issue #15: the daily backup of
 * a ten-million-event library). Starts {@code Library.backUp} on a thread, then every
 * {@code EVERY_MS} times a small read ({@code counts()}) on this one until the backup ends; prints
 * the backup's duration and the reads' waits, and deletes the backup it made. Not JMH: one backup
 * of 7 GB is minutes. Uses only {@code backUp(Reason)}, so the same file compiles on older trees.
 * Usage: {@code BackupBesideWorkProbe LIBRARY [EVERY_MS]}.
 */
public final class BackupBesideWorkProbe {
    private BackupBesideWorkProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long every = args.length > 1 ? Long.parseLong(args[1]) : 2_000;
        try (Library library = Library.open(file)) {
            library.counts(); // the open's own first read, before the clock starts
            LibraryBackups.Backup[] made = new LibraryBackups.Backup[1];
            long start = System.nanoTime();
            Thread backup = new Thread(() -> made[0] = library.backUp(LibraryBackups.Reason.ON_REQUEST), "backup");
            backup.start();
            int reads = 0;
            double longest = 0, total = 0;
            while (backup.isAlive()) {
                backup.join(every);
                if (!backup.isAlive()) break;
                long t = System.nanoTime();
                library.counts();
                double ms = (System.nanoTime() - t) / 1e6;
                reads++;
                total += ms;
                longest = Math.max(longest, ms);
                System.out.printf(Locale.ROOT, "read at %.1f s into the backup: %.1f ms%n", (t - start) / 1e9, ms);
            }
            double took = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "backup %.1f s, %,d bytes; %d reads during it: longest %.1f ms, mean %.1f ms%n", took,
                    made[0] == null ? -1 : made[0].bytes(), reads, longest, reads == 0 ? 0 : total / reads);
            if (made[0] != null) Files.deleteIfExists(made[0].file());
        }
    }
}
