package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which files this process holds POSIX advisory locks on, read from Linux's {@code /proc/locks}.
 *
 * <p>SQLite's locks are POSIX advisory locks, which belong to the process and are all released
 * when the process closes <em>any</em> descriptor of the locked file — also one that a file
 * dialog, a backup or a checksum opened beside SQLite (ADR 0008). The locks cannot be asked after
 * through a portable API (a process never conflicts with its own locks), but Linux lists every
 * lock with its owner's process id and the file's inode, so a library can tell there that it has
 * lost them. Elsewhere {@link #lockedInodes()} is empty-handed and the library falls back on the
 * identity of its files and on the UI's word that a file dialog was shown.
 */
final class FileLocks {
    private static final Path PROC_LOCKS = Path.of("/proc/locks");
    private static final boolean AVAILABLE = Files.isReadable(PROC_LOCKS);
    /** False where the system does not list locks; tests switch it off to take the path of such systems. */
    static volatile boolean listing = AVAILABLE;

    private FileLocks() {}

    /** Whether this system lists locks (Linux). */
    static boolean available() { return AVAILABLE; }

    /**
     * The inodes on which this process holds a POSIX lock, or empty when the system does not say
     * (not Linux, or {@code /proc/locks} could not be read).
     */
    static Optional<Set<Long>> lockedInodes() {
        if (!listing) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(PROC_LOCKS);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(parse(lines, ProcessHandle.current().pid()));
    }

    /**
     * The inodes of POSIX locks held (not waited for) by {@code pid} in {@code /proc/locks} lines
     * such as {@code 7: POSIX  ADVISORY  READ 4242 00:2f:1311 1073741826 1073742335}; blocked
     * requests ({@code 7: -> POSIX …}) do not count.
     */
    static Set<Long> parse(List<String> lines, long pid) {
        Set<Long> inodes = new HashSet<>();
        String owner = Long.toString(pid);
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6 || f[1].equals("->") || !f[1].equals("POSIX") || !f[4].equals(owner)) continue;
            String device = f[5];
            int colon = device.lastIndexOf(':');
            if (colon < 0) continue;
            try {
                inodes.add(Long.parseLong(device.substring(colon + 1)));
            } catch (NumberFormatException e) {
                // not a line of the format above: ignore it
            }
        }
        return inodes;
    }

    /** The inode of {@code file}, if the file exists and the system has inodes. */
    static Optional<Long> inode(Path file) {
        try {
            return Optional.of((Long) Files.getAttribute(file, "unix:ino"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
