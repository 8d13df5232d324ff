package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.entente.store.Library;

/**
 * Opens one library file and closes it, printing wall and process CPU time: for a library at an
 * older schema that is its backup plus its migration (Library logs the backup separately). Not JMH:
 * a migration happens once per file. Usage: {@code OpenLibraryTiming FILE}.
 */
public final class OpenLibraryTiming {
    private OpenLibraryTiming() {}

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
        try (Library library = Library.open(Path.of(args[0]))) {
            System.out.printf("opened %s: %.1f s wall, %.1f s process CPU%n", args[0], (System.nanoTime() - wall) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
