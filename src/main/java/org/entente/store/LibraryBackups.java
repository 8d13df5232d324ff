package org.entente.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The automatic backups of a library: whole, consistent copies of it taken through SQLite
 * ({@code VACUUM INTO}, a read transaction, so work goes on meanwhile) before each migration and
 * each import, daily while the library is open, and on request. They live in a folder beside the
 * library, {@code NAME-backups/}, one file per backup named by when it was taken and why
 * ({@code 20261203-141502-before-import.db}); only the newest few are kept (the number is the
 * library's own setting, {@link #KEEP_KEY}). A backup is written under a temporary name and then
 * renamed, so a backup cut short by a crash is never listed (its litter is removed next time).
 *
 * <p>Backups are read only through SQLite and never while they are an open library, so reading
 * them cannot drop the locks of an open library (ADR 0008).
 */
public final class LibraryBackups {
    private static final Logger LOG = Logger.getLogger(LibraryBackups.class.getName());

    /** How many backups a library keeps unless it says otherwise. */
    public static final int DEFAULT_KEEP = 10;
    /** library_info key of the number of backups to keep. */
    public static final String KEEP_KEY = "backups_keep";
    /** The fewest and most backups a library may be set to keep. */
    public static final int MIN_KEEP = 1, MAX_KEEP = 100;

    /** Why a backup was taken: part of its file name. */
    public enum Reason {
        BEFORE_MIGRATION("before-migration", "Before an update of the library's format"),
        BEFORE_IMPORT("before-import", "Before an import"),
        BEFORE_RESTORE("before-restore", "Before restoring a backup"),
        DAILY("daily", "Daily"),
        ON_REQUEST("on-request", "Backed up on request");

        private final String slug, label;

        Reason(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }

        /** What the user reads. */
        public String label() { return label; }

        static Optional<Reason> ofSlug(String slug) {
            for (Reason r : values()) if (r.slug.equals(slug)) return Optional.of(r);
            return Optional.empty();
        }
    }

    /** One backup: its file, when it was taken (local time, to the second) and why. */
    public record Backup(Path file, LocalDateTime taken, Reason reason, long bytes) {}

    /** What a backup holds, read from it for the user to choose by. */
    public record Preview(String schemaVersion, long events, long actors, long partnerships, long tradeFigures,
                          long sources, long notes, Optional<String> firstEvent, Optional<String> lastEvent) {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z-]+)\\.db");
    private static final String PARTIAL = ".partial-";

    private LibraryBackups() {}

    /** The folder of {@code library}'s backups (which may not exist yet). */
    public static Path folderOf(Path library) {
        Path abs = library.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + "-backups");
    }

    /** The backups of {@code library}, newest first; none if it has none. */
    public static List<Backup> list(Path library) {
        Path folder = folderOf(library);
        if (!Files.isDirectory(folder)) return List.of();
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                Optional<Reason> reason = Reason.ofSlug(m.group(3));
                if (reason.isEmpty()) continue;
                try {
                    found.add(new Backup(p, LocalDateTime.parse(m.group(1), STAMP), reason.get(), Files.size(p)));
                } catch (DateTimeParseException | IOException e) {
                    LOG.fine(() -> "Not a backup: " + p + " (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, folder, "cannot be listed: " + e.getMessage(), e);
        }
        // Several in one second are numbered (-2, -3, …) in the order they were taken.
        found.sort(Comparator.comparing(Backup::taken).thenComparingInt(LibraryBackups::sequence).reversed());
        return List.copyOf(found);
    }

    private static int sequence(Backup backup) {
        Matcher m = NAME.matcher(backup.file().getFileName().toString());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }

    /** Reads what {@code backup} holds, through a read-only SQLite connection to the backup alone. */
    public static Preview preview(Backup backup) {
        try (Connection c = openReadOnly(backup.file()); Statement st = c.createStatement()) {
            String version;
            try (ResultSet rs = st.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : "?";
            }
            long[] n = new long[6];
            String[] tables = {"event", "actor", "partnership", "trade_figure", "source", "note"};
            n[0] = LaneBlocks.eventCount(c);
            for (int i = 1; i < tables.length; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + tables[i])) {
                    n[i] = rs.next() ? rs.getLong(1) : 0;
                } catch (SQLException e) {
                    n[i] = 0; // a table the backup's older schema did not have yet
                }
            }
            Optional<String> first = Optional.empty(), last = Optional.empty();
            try (ResultSet rs = st.executeQuery("SELECT min(start_day), max(end_day) FROM event")) {
                if (rs.next() && rs.getObject(1) != null) {
                    first = Optional.of(day(rs.getLong(1)));
                    last = Optional.of(day(rs.getLong(2) - 1)); // the end day is exclusive
                }
            } catch (SQLException e) {
                LOG.fine(() -> "No event dates in " + backup.file() + ": " + e.getMessage());
            }
            return new Preview(version, n[0], n[1], n[2], n[3], n[4], n[5], first, last);
        } catch (SQLException e) {
            throw new LibraryException(LibraryException.Reason.DAMAGED, backup.file(), "cannot be read as a backup: " + e.getMessage(), e);
        }
    }

    /** The schema version a backup was written with. */
    static String schemaVersion(Path backup) {
        try (Connection c = openReadOnly(backup); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "0";
        } catch (SQLException e) {
            throw new LibraryException(LibraryException.Reason.DAMAGED, backup, "cannot be read as a backup: " + e.getMessage(), e);
        }
    }

    private static String day(long epochDay) {
        return java.time.LocalDate.ofEpochDay(epochDay).toString();
    }

    private static Connection openReadOnly(Path file) throws SQLException {
        // Immutable: a finished backup never changes, and nothing (no -wal, no -shm) is created beside it.
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    /**
     * Copies the library {@code connection} is open on into a new backup of {@code library}, in
     * one read transaction. Nothing is removed: see {@link #prune}.
     */
    static Backup take(Connection connection, Path library, Reason reason) throws SQLException {
        Path folder = folderOf(library);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, folder, "cannot be created for the backups: " + e.getMessage(), e);
        }
        removePartials(folder);
        ensureRoom(connection, folder, folder, "library.backup.no-room");
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path target = uniqueName(folder, now, reason);
        Path partial = folder.resolve(PARTIAL + ProcessHandle.current().pid() + "-" + target.getFileName());
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            }
            moveIntoPlace(partial, target);
            Backup made = new Backup(target, now, reason, Files.size(target));
            LOG.info(() -> "Backed up " + library + " to " + target);
            return made;
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, target, "could not be written as a backup: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * Room the disk must keep beside a new backup of {@code backupBytes}: the library's own writes
     * (its write-ahead log grows while the copy holds its snapshot) must not find the disk full
     * because of the copy. An eighth of the copy, at least 4 MB and at most 64 MB: a small library
     * on a nearly full disk needs only a few megabytes more than the copy itself.
     */
    static long spareBytes(long backupBytes) {
        return Math.min(64L << 20, Math.max(4L << 20, backupBytes / 8));
    }

    /** How much a folder's disk can still take; tests put a smaller disk in its place. */
    static java.util.function.ToLongFunction<Path> usableSpace = LibraryBackups::usableSpaceOf;

    private static long usableSpaceOf(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // not known: the copy itself will tell if the disk fills
        }
    }

    /**
     * Refuses a copy of the library {@code connection} reads (a backup, a saved copy) that the disk
     * of {@code folder} has no room for, before writing any of it, with the message {@code key}
     * ({0} MB free, {1} MB needed) said of {@code named}: a copy of a large library (7 GB at ten
     * million events) that filled the library's disk midway would make the window's edits fail with
     * "disk full" until it was removed again.
     */
    static void ensureRoom(Connection connection, Path folder, Path named, String key) throws SQLException {
        long pages = pragma(connection, "page_count") - pragma(connection, "freelist_count");
        long needed = pages * pragma(connection, "page_size"), free = usableSpace.applyAsLong(folder);
        if (free - needed >= spareBytes(needed)) return;
        // Not DISK_FULL: the disk is not full, and the library needs no restoring (that dialog offers it).
        throw new LibraryException(LibraryException.Reason.IO, named, org.entente.i18n.I18n.t(key,
                megabytes(free, false), megabytes(needed + spareBytes(needed), true)), null);
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whole megabytes, rounded {@code up} or down (free space down, what is needed up: never "100 MB free, needs 100 MB"). */
    private static String megabytes(long bytes, boolean up) {
        return org.entente.i18n.I18n.integer(Math.max(0, (bytes + (up ? (1 << 20) - 1 : 0)) >> 20));
    }

    /** A new name; a second backup in the same second is numbered after every one already taken in it. */
    private static Path uniqueName(Path folder, LocalDateTime when, Reason reason) {
        String stamp = STAMP.format(when);
        int last = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(stamp)) last = Math.max(last, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
            }
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, folder, "cannot be listed: " + e.getMessage(), e);
        }
        return folder.resolve(stamp + (last == 0 ? "" : "-" + (last + 1)) + "-" + reason.slug + ".db");
    }

    /** Removes what backups cut short by a crash left, once the process that wrote them is gone. */
    private static void removePartials(Path folder) { removeLeftovers(folder, PARTIAL); }

    /**
     * Removes the files in {@code folder} named {@code PREFIX PID-…} whose process PID is gone: what a
     * copy (a backup, a saved copy) killed midway left. A name without a number after the prefix is kept.
     */
    static void removeLeftovers(Path folder, String prefix) {
        try (var entries = Files.newDirectoryStream(folder, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path left : entries) {
                String rest = left.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                } catch (NumberFormatException e) {
                    continue;
                }
                Files.deleteIfExists(left);
            }
        } catch (IOException e) {
            LOG.fine(() -> "Could not tidy " + folder + ": " + e.getMessage());
        }
    }

    /** A complete copy written at {@code partial} moved to {@code target}, in one rename where the file system allows it. */
    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes {@code partial} if a copy left it (after a failure or a cancel); a failure to is only logged. */
    static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + partial + ": " + e.getMessage());
        }
    }

    /** Removes the oldest backups of {@code library} beyond the newest {@code keep}. */
    static void prune(Path library, int keep) {
        List<Backup> all = list(library);
        for (int i = Math.max(MIN_KEEP, keep); i < all.size(); i++) {
            Path old = all.get(i).file();
            try {
                Files.deleteIfExists(old);
                LOG.info(() -> "Removed the old backup " + old);
            } catch (IOException e) {
                LOG.warning(() -> "Could not remove the old backup " + old + ": " + e.getMessage());
            }
        }
    }

    /**
     * Removes a backup that turned out not to be needed (taken before an import that then
     * changed nothing): the library is exactly as the backup before it.
     */
    public static void discard(Backup backup) {
        try {
            Files.deleteIfExists(backup.file());
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + backup.file() + ": " + e.getMessage());
        }
    }

    /**
     * Copies {@code backup} to a new file beside {@code library}, named for the backup, to be
     * opened in place of a library that cannot be read any more (which is left as it is).
     */
    public static Path copyBeside(Backup backup, Path library) {
        Path abs = library.toAbsolutePath();
        String name = abs.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        String from = STAMP.format(backup.taken());
        Path target = abs.resolveSibling(stem + "-from-backup-" + from + ".db");
        for (int i = 2; Files.exists(target); i++) target = abs.resolveSibling(stem + "-from-backup-" + from + "-" + i + ".db");
        try {
            // A backup is never an open library, so a plain copy cannot drop anyone's locks.
            Files.copy(backup.file(), target);
            return target;
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, target, "could not be written from the backup: " + e.getMessage(), e);
        }
    }

    /** Whether {@code library} has no backup of any kind taken in the last day: a daily one is due. */
    public static boolean dailyDue(Path library, LocalDateTime now) {
        List<Backup> all = list(library);
        return all.isEmpty() || all.get(0).taken().isBefore(now.minusDays(1));
    }
}
