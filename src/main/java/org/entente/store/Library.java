package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.entente.model.Event;
import org.entente.model.TextFolding;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One Entente library: a single SQLite file. Opening checks that the file is an Entente library of
 * a schema this build knows before anything is written to it, backs it up before a migration,
 * and migrates it with Flyway.
 *
 * <p>All access goes through one connection guarded by a lock, so the library may be used from
 * any background thread. Every {@link #write} is one transaction: it commits as a whole or not at
 * all.
 *
 * <p>SQLite's locks on the file are POSIX advisory locks, which the process loses when anything in
 * it (a file dialog sniffing the file's type, a checksum, a plain read of the header) opens and
 * closes the file beside SQLite; another program would then take this library for closed and
 * remove the write-ahead log it writes to. So Entente itself reads the file only through SQLite,
 * and before every write (and once a second while watched) a library checks that it still holds
 * its locks and that its side files are the ones it opened, and reconnects every connection of
 * this process to the file when not (ADR 0008, docs/safety.md).
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Library.class.getName());

    /** {@code PRAGMA application_id} of an Entente library: "Ente". */
    public static final int APPLICATION_ID = 0x456E7465;

    /** Libraries larger than this skip the full quick_check at open (it reads every page). */
    private static final long QUICK_CHECK_LIMIT_BYTES = 64L << 20;

    private final Path file;
    /** The file the name leads to: SQLite resolves links, and its side files sit beside the target. */
    private final Path realFile;
    /** Guarded by {@link #lock}; replaced when the library reconnects (see {@link #ensureSound}). */
    private Connection connection;
    /** The files {@link #connection} opened; written under {@link #lock}. */
    private volatile FileIdentity opened;
    /** Set when something may have opened and closed the file in this process (a file dialog): check before the next use. */
    private volatile boolean suspect;
    /** Set when the library file itself was removed or replaced while open: nothing more is written. */
    private volatile LibraryException gone;
    /**
     * {@link #dataVersion} as it was when the connection was made: the baseline against which a
     * watcher started later still notices another window's commit made before its first tick.
     */
    private volatile long connectedVersion;
    /**
     * How often this library reconnected (guarded by {@link #lock}): part of {@link #dataVersion},
     * since a new connection counts its data version afresh and may have missed others' commits.
     */
    private long reconnections;
    /** Guarded by {@link #lock}: applied again to a new connection. */
    private long busyTimeoutMillis = BUSY_TIMEOUT_MILLIS;
    /** Order in which {@link #ensureSound} takes the locks of several libraries on one file. */
    private final long serial = SERIALS.incrementAndGet();
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean created;
    /** Opened for reading only (the file, its folder or its disk cannot be written): every write is refused. */
    private final boolean readOnly;
    /** True while this library's connection is inside a {@link #write}; guarded by {@link #lock}. */
    private boolean inTransaction;
    private final java.util.List<LibraryWatcher> watchers = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Told once when the file is found removed or replaced (see {@link #onGone}). */
    private final java.util.List<java.util.function.Consumer<LibraryException>> goneListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final ActorStore actors = new ActorStore(this);
    private final SourceStore sources = new SourceStore(this);
    private final EventStore events = new EventStore(this);
    private final PartnershipStore partnerships = new PartnershipStore(this);
    private final TradeStore trade = new TradeStore(this);
    private final NoteStore notes = new NoteStore(this);
    private final AnnotationStore annotations = new AnnotationStore(this);
    private final PeriodStore periods = new PeriodStore(this);
    private final EventLinkStore links = new EventLinkStore(this);
    private final NetworkPositionStore networkPositions = new NetworkPositionStore(this);
    private final EventScoreStore scores = new EventScoreStore(this);
    private final StoryStore stories = new StoryStore(this);
    private final DatasetStore datasets = new DatasetStore(this);

    private static final long BUSY_TIMEOUT_MILLIS = 10_000;
    private static final AtomicLong SERIALS = new AtomicLong();
    /** The libraries open in this process, by their file; guarded by itself. */
    private static final Map<Object, List<Library>> OPEN = new HashMap<>();
    /** Held while the connections to one file are closed and opened again. */
    private static final Object RECONNECTING = new Object();

    private Library(Path file, Path realFile, Connection connection, boolean created, boolean readOnly) {
        this.file = file;
        this.realFile = realFile;
        this.connection = connection;
        this.created = created;
        this.readOnly = readOnly;
        this.opened = FileIdentity.of(realFile);
        this.connectedVersion = versionOf(connection, 0);
        synchronized (OPEN) {
            OPEN.computeIfAbsent(groupKey(), k -> new ArrayList<>()).add(this);
        }
    }

    /** Libraries on the same file share SQLite's locks, so they are reconnected together. */
    private Object groupKey() {
        Object key = opened.library();
        return key != null ? key : realFile;
    }

    /**
     * Opens the library at {@code file}, creating it if it does not exist.
     *
     * @throws LibraryException if the file is not an Entente library, is damaged, has a newer
     *                          schema than this build, or cannot be read; the file is then left
     *                          as it was
     */
    public static Library open(Path file) { return open(file, null); }

    /**
     * Opens the library at {@code file}; if this creates it, {@code fill} (when not null) first
     * puts its initial records in (for example the starter library).
     *
     * <p>A new library is built whole in a hidden file next to {@code file} (schema, then
     * {@code fill}) and only then renamed to {@code file} in one step, so that a crash or kill
     * during the first run leaves either no library (the next start creates it again) or a
     * complete one, never a half-made file that would be refused as "not an Entente library".
     *
     * @throws LibraryException as {@link #open(Path)}; if {@code fill} throws, no file is created
     */
    public static Library open(Path file, java.util.function.Consumer<Library> fill) {
        Path path = file.toAbsolutePath();
        boolean isNew = !Files.exists(path) || sizeOf(path) == 0;
        // made by this build just now: nothing to inspect or migrate; but if another process
        // (a second first run) put its new library there first, that one is opened instead.
        if (isNew && create(path, fill)) return connectTo(path, true, false);
        try {
            return openExisting(path, !writable(path));
        } catch (LibraryException e) {
            throw withBackupAdvice(path, e);
        }
    }

    /**
     * Opens the existing library at {@code file} for reading only, whether or not it could be
     * written: nothing is written to the file or beside it by Entente, and every edit is refused
     * with a {@link LibraryException.Reason#READ_ONLY} message. {@link #open(Path)} opens a library
     * this way by itself when the file, its folder or its disk cannot be written (a lecturer's
     * file on a read-only share).
     *
     * @throws LibraryException as {@link #open(Path)}; also when the file does not exist, or needs
     *                          updating to this version's schema (which would write to it)
     */
    public static Library openReadOnly(Path file) {
        Path path = file.toAbsolutePath();
        if (!Files.exists(path))
            throw new LibraryException(LibraryException.Reason.IO, path, org.entente.i18n.I18n.t("library.read-only.missing"));
        try {
            return openExisting(path, true);
        } catch (LibraryException e) {
            throw withBackupAdvice(path, e);
        }
    }

    /**
     * Whether Entente may write the library at {@code path}: the file, and the folder where SQLite
     * puts its write-ahead log beside it. {@code access(2)} answers for this user; for root it
     * still says no on a read-only mount, though not for a file without write permission.
     */
    private static boolean writable(Path path) {
        Path folder = path.getParent();
        return Files.isWritable(path) && (folder == null || Files.isWritable(folder));
    }

    /** A library that cannot be read any more but has backups: the message says where the newest is. */
    private static LibraryException withBackupAdvice(Path path, LibraryException e) {
        if (e.reason() != LibraryException.Reason.DAMAGED && e.reason() != LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY) return e;
        List<LibraryBackups.Backup> backups;
        try {
            backups = LibraryBackups.list(path);
        } catch (LibraryException listing) {
            return e;
        }
        if (backups.isEmpty()) return e;
        LibraryBackups.Backup newest = backups.get(0);
        return e.withAdvice("Its newest backup, of " + newest.taken().toLocalDate() + " " + newest.taken().toLocalTime()
                + ", is " + newest.file() + "; open a copy of it (the damaged file is left as it is)");
    }

    private static Library openExisting(Path path, boolean readOnly) {
        if (path.getParent() != null && !readOnly) removeAbandonedCreations(path.getParent());
        String version = inspect(path);
        // Up to date (every start but the first after an update): Flyway has nothing to do, and
        // asking it (its own connections, the scan and validation of every migration) was most of
        // the time an open took.
        if (latestSchemaVersion().equals(version)) return connectTo(path, false, readOnly);
        if (readOnly)
            throw new LibraryException(LibraryException.Reason.READ_ONLY, path,
                    org.entente.i18n.I18n.t("library.read-only.older-schema", version == null ? "?" : version, latestSchemaVersion()));
        Flyway flyway = flyway(path);
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length > 0) backUp(path, currentVersion(flyway));
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw new LibraryException(LibraryException.Reason.DAMAGED, path, "could not be brought up to date: " + e.getMessage(), e);
        }
        return connectTo(path, false, false);
    }

    private static Library connectTo(Path path, boolean created, boolean readOnly) {
        try {
            return new Library(path, realPath(path), openConnection(path, true, readOnly), created, readOnly);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * The library's connection, with its functions and tuning, having read the schema: in WAL
     * mode that opens the side files and takes the locks that say the library is in use.
     * {@code mayCreate} false: a file that is gone is not created again empty. {@code readOnly}:
     * SQLite's {@code mode=ro}, which also reads a library in WAL mode whose folder cannot be
     * written (no {@code -shm} can be made there).
     */
    private static Connection openConnection(Path path, boolean mayCreate, boolean readOnly) throws SQLException {
        if (readOnly) {
            try {
                return openConnection(path, false, "?mode=ro");
            } catch (SQLiteException e) {
                if (e.getResultCode() != SQLiteErrorCode.SQLITE_CANTOPEN) throw e;
                // A library in WAL mode on a read-only disk or share, with no -shm beside it that
                // SQLite could read or make: only an immutable open reads it. Nobody can write it
                // from here; a change made elsewhere meanwhile is seen when it is opened again.
                LOG.info(() -> "Reading " + path + " as immutable: " + e.getMessage());
                return openConnection(path, false, "?immutable=1");
            }
        }
        return openConnection(path, mayCreate, null);
    }

    /** {@code uriQuery}: a read-only open through an SQLite URI ({@code ?mode=ro}); null for the usual read-write one. */
    private static Connection openConnection(Path path, boolean mayCreate, String uriQuery) throws SQLException {
        SQLiteConfig config = config(uriQuery != null);
        Connection c;
        if (uriQuery != null) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            c = config.createConnection("jdbc:sqlite:" + path.toUri() + uriQuery);
        } else {
            if (!mayCreate) config.resetOpenMode(SQLiteOpenMode.CREATE);
            c = config.createConnection("jdbc:sqlite:" + path);
        }
        try {
            registerFunctions(c);
            tune(c);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Prefix of the hidden files in which new libraries are built (see {@link #open(Path, java.util.function.Consumer)}). */
    static final String CREATING_PREFIX = ".entente-creating-";

    /**
     * Builds a new library at {@code path} via a hidden sibling file, published in one step that
     * fails if a library appeared there meanwhile (two first runs at once): false then, and the
     * other run's library stays.
     */
    private static boolean create(Path path, java.util.function.Consumer<Library> fill) {
        Path folder = path.getParent();
        try {
            if (folder != null) Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, path, "cannot create its folder: " + e.getMessage(), e);
        }
        removeAbandonedCreations(folder == null ? Path.of(".") : folder);
        Path creating = path.resolveSibling(CREATING_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-"
                + path.getFileName());
        boolean moved = false;
        try {
            try {
                flyway(creating).migrate();
            } catch (RuntimeException e) {
                throw new LibraryException(LibraryException.Reason.IO, path, "could not be created: " + e.getMessage(), e);
            }
            try (Library building = connectTo(creating, true, false)) {
                if (fill != null) fill.accept(building);
            }
            // The last connection closed: SQLite has checkpointed the write-ahead log into the file.
            for (String suffix : SIDE_FILES) Files.deleteIfExists(Path.of(creating + suffix));
            moved = publish(creating, path);
            return moved;
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, path, "could not be created: " + e.getMessage(), e);
        } finally {
            if (!moved) deleteQuietly(creating);
        }
    }

    /** Threads of one process queue here: a file lock is held by the process, not the thread. */
    private static final Object PUBLISHING = new Object();

    /**
     * Gives the finished file {@code creating} the name {@code path} unless a library is already
     * there (two first runs at once): false then, and the other library stays. Check and publish
     * happen under a lock on a hidden sibling file, so that two runs cannot both find the name
     * free (or both remove the same empty placeholder) and then replace each other's library —
     * a process already using the replaced one would go on writing to a file nobody can open
     * again. The name is given by a hard link, which also refuses to replace a file; where the
     * file system has no hard links, by a rename.
     */
    private static boolean publish(Path creating, Path path) throws IOException {
        Path lockFile = path.resolveSibling(CREATING_PREFIX + path.getFileName() + ".lock");
        boolean published;
        synchronized (PUBLISHING) {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock lock = channel.lock()) {
                published = publishLocked(creating, path);
            }
        }
        // A library is at path now, whoever put it there: later first runs, and those already
        // waiting on this lock file, find it. (Where an open file cannot be removed, the lock file
        // stays until removeAbandonedCreations.)
        deleteQuietly(lockFile);
        return published;
    }

    private static boolean publishLocked(Path creating, Path path) throws IOException {
        if (Files.exists(path) && sizeOf(path) > 0) return false;
        Files.deleteIfExists(path); // an empty file where the library should be
        try {
            Files.createLink(path, creating);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.move(creating, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
        deleteQuietly(creating); // its other name; if that fails, removeAbandonedCreations tidies it later
        return true;
    }

    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    /**
     * Hidden half-built libraries (and their side files) that a killed first run left behind:
     * those whose process, named in the file, is gone, and any older than an hour (a process id
     * may have been given again); the publishing lock files once an hour has passed.
     */
    static void removeAbandonedCreations(Path folder) {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(CREATING_PREFIX)) continue;
                boolean abandoned = Files.getLastModifiedTime(p).toMillis() < hourAgo
                        || (!name.endsWith(".lock") && creatorIsGone(name.substring(CREATING_PREFIX.length())));
                if (abandoned) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.fine(() -> "Could not tidy " + folder + ": " + e.getMessage());
        }
    }

    /** For "PID-NANOS-NAME": whether no process PID runs any more. */
    private static boolean creatorIsGone(String rest) {
        int dash = rest.indexOf('-');
        if (dash <= 0) return false;
        try {
            return ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                LOG.fine(() -> "Could not remove " + file + suffix + ": " + e.getMessage());
            }
        }
    }

    /**
     * The schema version this build creates and understands: the version of the last migration in
     * {@code db/migration}. Written here rather than found by Flyway's scan of the class path,
     * so that opening an up-to-date library (every start) loads no Flyway class at all;
     * {@code LatestSchemaTest} fails when a migration is added and this is not updated.
     */
    public static final String LATEST_SCHEMA = "94";

    /** The schema version this build creates and understands ({@link #LATEST_SCHEMA}). */
    public static String latestSchemaVersion() { return LATEST_SCHEMA; }

    /**
     * Checks, without writing to it, that {@code path} holds an Entente library that this build
     * can open: an SQLite header, Entente's application id, an intact file and a known schema.
     * Returns the schema version the file was last migrated to (null if it names none).
     *
     * <p>Only SQLite opens the file here, never plain file IO: SQLite keeps track of the locks its
     * own connections in this process hold, while a plain open and close of the file would drop
     * them (ADR 0008) — and another window of this process may have this very library open. When
     * no write-ahead log lies beside the file, it is read as immutable, so that inspecting a file
     * that is then refused leaves no {@code -wal} or {@code -shm} behind.
     */
    static String inspect(Path path) {
        boolean hasLog = sizeOf(FileIdentity.side(path, "-wal")) > 0;
        String url = "jdbc:sqlite:" + path.toUri() + (hasLog ? "?mode=ro" : "?immutable=1");
        SQLiteConfig config = config(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        try (Connection c = config.createConnection(url); Statement st = c.createStatement()) {
            int appId;
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            } catch (SQLiteException e) {
                if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB)
                    throw new LibraryException(LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY, path,
                            "is not an Entente library (not an SQLite database at all)", e);
                throw e;
            }
            if (appId != APPLICATION_ID)
                throw new LibraryException(LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY, path,
                        "is an SQLite database but not an Entente library (it was made by another program)");
            if (sizeOf(path) <= QUICK_CHECK_LIMIT_BYTES) {
                try (ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
                    String verdict = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equals(verdict))
                        throw new LibraryException(LibraryException.Reason.DAMAGED, path, "is damaged: " + verdict);
                }
            }
            String version;
            try (ResultSet rs = st.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                            + "ORDER BY installed_rank DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                if (e.getMessage() != null && e.getMessage().contains("no such table"))
                    throw new LibraryException(LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY, path,
                            "is not an Entente library (it has no schema history)", e);
                throw e;
            }
            String latest = latestSchemaVersion();
            if (version != null && compareVersions(version, latest) > 0)
                throw new LibraryException(LibraryException.Reason.NEWER_SCHEMA, path,
                        "was written by a newer Entente (schema " + version + "; this version reads up to schema "
                                + latest + "). Update Entente to open it; the file was not changed.");
            return version;
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    /** Before a migration, before any connection of this library exists: into the backups folder, none removed. */
    private static void backUp(Path path, String fromVersion) {
        try (Connection c = connect(path, true)) {
            LibraryBackups.take(c, path, LibraryBackups.Reason.BEFORE_MIGRATION);
            LOG.info(() -> "Backed up " + path + " (schema " + fromVersion + ") before migrating");
        } catch (SQLException | LibraryException e) {
            throw new LibraryException(LibraryException.Reason.IO, path, "could not be backed up before migration: " + e.getMessage(), e);
        }
    }

    private static String currentVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    private static Flyway flyway(Path path) {
        SQLiteDataSource ds = new SQLiteDataSource(config(false));
        ds.setUrl("jdbc:sqlite:" + path);
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .mixed(true)
                .load();
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a committed edit survives a power cut too, not only a killed process.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config;
    }

    private static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = config(readOnly);
        return config.createConnection("jdbc:sqlite:" + path);
    }

    /**
     * SQL functions the store's own statements use: {@code fold(text)} is {@link TextFolding#fold},
     * so that the search index can be filled by SQL (bulk loads) with exactly the folding the
     * Java code applies to single events and to queries.
     */
    private static void registerFunctions(Connection c) throws SQLException {
        Function.create(c, "fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(TextFolding.fold(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    /** Bytes of the library file read through memory mapping rather than read() calls. */
    static final long MMAP_BYTES = 1L << 30;
    /** Page cache of the connection, in KiB (SQLite's default is 2 MiB). */
    static final long CACHE_KIB = 64 * 1024;

    /**
     * Read speed for large libraries, measured with the JMH benchmarks (docs/bench/foundation.md):
     * a one-year window of a million-event library looks up thousands of event rows scattered
     * through the file; memory-mapping the file makes those lookups memory reads instead of
     * system calls, and a larger cache keeps the R*Tree and index pages that every query walks.
     */
    private static void tune(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA mmap_size = " + MMAP_BYTES);
            st.execute("PRAGMA cache_size = -" + CACHE_KIB);
            // The search index's words, for expanding a typed prefix into whole words (EventStore.completions):
            // the instance table, whose first row of a word is a seek (a row table's counts read whole document lists).
            // In the temp schema: nothing is added to the library file.
            st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.event_fts_terms USING fts5vocab(main, event_fts, instance)");
        }
    }

    static LibraryException translate(Path path, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            switch (code) {
                case SQLITE_NOTADB:
                    return new LibraryException(LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY, path, "is not an SQLite database", e);
                case SQLITE_CORRUPT:
                case SQLITE_CORRUPT_VTAB:
                case SQLITE_CORRUPT_SEQUENCE:
                case SQLITE_CORRUPT_INDEX:
                    return new LibraryException(LibraryException.Reason.DAMAGED, path, "is damaged: " + se.getMessage(), e);
                case SQLITE_BUSY:
                case SQLITE_LOCKED:
                case SQLITE_BUSY_SNAPSHOT:
                case SQLITE_BUSY_RECOVERY:
                case SQLITE_BUSY_TIMEOUT:
                    return new LibraryException(LibraryException.Reason.IN_USE, path, org.entente.i18n.I18n.t("library.in-use"), e);
                case SQLITE_FULL:
                case SQLITE_IOERR_WRITE:
                case SQLITE_IOERR_FSYNC:
                case SQLITE_IOERR_SHMSIZE:
                    // A real full disk gives SQLITE_FULL; some file systems report ENOSPC as a failed write.
                    if (code != SQLiteErrorCode.SQLITE_FULL && !String.valueOf(se.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("full"))
                        break;
                    return new LibraryException(LibraryException.Reason.DISK_FULL, path, org.entente.i18n.I18n.t("library.disk-full"), e);
                case SQLITE_READONLY:
                case SQLITE_READONLY_RECOVERY:
                case SQLITE_READONLY_CANTLOCK:
                case SQLITE_READONLY_ROLLBACK:
                case SQLITE_READONLY_DBMOVED:
                    return new LibraryException(LibraryException.Reason.READ_ONLY, path, org.entente.i18n.I18n.t("library.read-only.refused"), e);
                case SQLITE_CONSTRAINT:
                case SQLITE_CONSTRAINT_CHECK:
                case SQLITE_CONSTRAINT_FOREIGNKEY:
                case SQLITE_CONSTRAINT_NOTNULL:
                case SQLITE_CONSTRAINT_UNIQUE:
                case SQLITE_CONSTRAINT_PRIMARYKEY:
                    return new LibraryException(LibraryException.Reason.INVALID_DATA, path, "refused the change: " + se.getMessage(), e);
                default:
                    break;
            }
        }
        return new LibraryException(LibraryException.Reason.IO, path, e.getMessage(), e);
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0, q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) return Long.compare(p, q);
        }
        return 0;
    }

    public Path file() { return file; }

    /**
     * How long a write waits for another window's or process's write to finish before it gives up
     * with {@link LibraryException#BUSY_MESSAGE} (10 s unless changed; tests shorten it).
     */
    public void busyTimeout(java.time.Duration timeout) {
        read(c -> {
            busyTimeoutMillis = timeout.toMillis();
            applyBusyTimeout(c);
            return null;
        });
    }

    private void applyBusyTimeout(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
        }
    }

    /** Whether this open created the file (a first run). */
    public boolean wasCreated() { return created; }

    public ActorStore actors() { return actors; }
    public SourceStore sources() { return sources; }
    public EventStore events() { return events; }
    public PartnershipStore partnerships() { return partnerships; }
    public TradeStore trade() { return trade; }
    public NoteStore notes() { return notes; }
    public AnnotationStore annotations() { return annotations; }

    /** The record {@code ref} names (an Event, Actor, Partnership, TradeFigure, Source or Period), if it is in the library. */
    public Optional<Object> find(org.entente.model.RecordRef ref) {
        long id = ref.id();
        return switch (ref.kind()) {
            case EVENT -> events().byId(id).map(x -> x);
            case ACTOR -> actors().byId(id).map(x -> x);
            case PARTNERSHIP -> partnerships().byId(id).map(x -> x);
            case TRADE_FIGURE -> trade().byId(id).map(x -> x);
            case SOURCE -> sources().byId(id).map(x -> x);
            case PERIOD -> periods().byId(id).map(x -> x);
        };
    }
    public PeriodStore periods() { return periods; }
    public EventLinkStore links() { return links; }
    public NetworkPositionStore networkPositions() { return networkPositions; }
    /** Goldstein, tone and GDELT's counts of coded events (V91). */
    public EventScoreStore scores() { return scores; }
    /** A lecturer's stories: ordered slides of saved view states. */
    public StoryStore stories() { return stories; }
    /** Datasets held as a whole (the UN votes): added and removed in one transaction each. */
    public DatasetStore datasets() { return datasets; }

    /**
     * Says which thread must not use a library: the UI's, which a query, a reconnection after a
     * file dialog (ADR 0008) or another window's long write would freeze. Set by the UI when it
     * starts; the store itself knows no toolkit.
     */
    public static void forbidOnThreadsWhere(java.util.function.BooleanSupplier isForbiddenThread) {
        forbiddenThread = java.util.Objects.requireNonNull(isForbiddenThread);
    }

    private static volatile java.util.function.BooleanSupplier forbiddenThread = () -> false;
    /** Tests turn a use on the UI thread into a failure; the app only logs it. */
    private static final boolean STRICT_THREADS = Boolean.getBoolean("entente.strictThreads");

    private void checkThread() {
        if (!forbiddenThread.getAsBoolean()) return;
        IllegalStateException misuse = new IllegalStateException("The library " + file + " was used on the UI thread");
        if (STRICT_THREADS) throw misuse;
        LOG.log(java.util.logging.Level.WARNING, misuse.getMessage(), misuse);
    }

    /** Runs read-only work under the library's lock. */
    public <T> T read(SqlWork<T> work) {
        checkThread();
        if (suspect && !lock.isHeldByCurrentThread()) ensureSound(true);
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            // A plain read inside a cancellable one that SQLite stopped for its cancellation.
            if (readCancelled != null && readStopped)
                throw new java.util.concurrent.CancellationException("cancelled while reading " + file.getFileName());
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs read-only work under the library's lock, abandoned as soon as {@code cancelled} turns
     * true: SQLite asks it every few thousand steps of a statement and stops the statement there,
     * and this throws {@link java.util.concurrent.CancellationException}. A timeline window load
     * at ten million events runs for seconds while it holds the library; the one a later zoom
     * replaces now lets go at once, for the next load and for the edits waiting behind it.
     */
    public <T> T read(SqlWork<T> work, java.util.function.BooleanSupplier cancelled) {
        return read(c -> {
            // Inside another cancellable read (the network's read holds the library through several
            // stores' reads), either cancellation stops it; the outer one's stays in force after.
            java.util.function.BooleanSupplier outer = readCancelled, either = outer == null ? cancelled
                    : () -> cancelled.getAsBoolean() || outer.getAsBoolean();
            if (either.getAsBoolean()) throw new java.util.concurrent.CancellationException("cancelled before it began");
            boolean stoppedBefore = readStopped;
            readCancelled = either;
            if (outer == null) {
                readStopped = false;
                org.sqlite.ProgressHandler.setHandler(c, CANCEL_CHECK_STEPS, new org.sqlite.ProgressHandler() {
                    @Override
                    protected int progress() { return (readStopped = readCancelled != null && readCancelled.getAsBoolean()) ? 1 : 0; }
                });
            }
            try {
                return work.run(c);
            } catch (SQLException e) {
                if (readStopped) throw new java.util.concurrent.CancellationException("cancelled while reading " + file.getFileName());
                throw e;
            } finally {
                readCancelled = outer;
                // An inner read stopped for its own cancellation does not make the outer one's later
                // failures look like cancellations.
                if (outer == null) org.sqlite.ProgressHandler.clearHandler(c);
                else readStopped = stoppedBefore;
            }
        });
    }

    /**
     * The cancellation of the cancellable read running now, asked by SQLite's progress handler; null
     * when none. Used only by the thread that holds the lock.
     */
    private java.util.function.BooleanSupplier readCancelled;
    /** Whether the progress handler stopped a statement of that read (SQLite then fails the statement). */
    private boolean readStopped;

    /** SQLite virtual-machine steps between two looks at a read's cancellation: some microseconds of work. */
    static final int CANCEL_CHECK_STEPS = 20_000;

    /**
     * Runs {@code work} as one transaction: it is committed when the work returns, and rolled back
     * entirely if it throws. Nested calls on the same thread join the outer transaction.
     *
     * <p>The transaction takes the library's write lock at its start ({@code BEGIN IMMEDIATE}), so
     * that another Entente window or process writing the same file makes it wait (up to the busy
     * timeout) instead of failing half-way. If the lock stays taken, nothing is written and a
     * {@link LibraryException} with reason {@link LibraryException.Reason#IN_USE} says so.
     *
     * <p>The transaction is begun and ended with SQL rather than through JDBC's auto-commit
     * switch: sqlite-jdbc's {@code commit()} at once begins the next immediate transaction, which
     * took the write lock a second time for every edit and could fail, after the edit had been
     * committed, while another window was writing.
     */
    public <T> T write(SqlWork<T> work) {
        checkThread();
        if (!lock.isHeldByCurrentThread()) ensureSound(true);
        lock.lock();
        try {
            if (inTransaction) return work.run(connection); // joined an outer write
            if (readOnly) throw readOnlyRefusal();
            LibraryException refusal = gone;
            if (refusal != null) throw new LibraryException(refusal.reason(), file, refusal.getMessage(), refusal);
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            inTransaction = true;
            try {
                T result = work.run(connection);
                // The tops of the lane summary that this write's triggers left stale, recomputed once for the whole write.
                LaneBlocks.settle(connection);
                try (Statement st = connection.createStatement()) {
                    st.execute("COMMIT");
                }
                confirmSideFilesKept();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try (Statement st = connection.createStatement()) {
                    st.execute("ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            if (isBusy(e)) throw LibraryException.busy(file, e);
            LibraryException failure = translate(file, e);
            throw failure.reason() == LibraryException.Reason.DISK_FULL ? withNewestBackup(file, failure) : failure;
        } finally {
            lock.unlock();
        }
    }

    /** Whether this library was opened for reading only ({@link #openReadOnly}, or a file that cannot be written). */
    public boolean isReadOnly() { return readOnly; }

    private LibraryException readOnlyRefusal() {
        return new LibraryException(LibraryException.Reason.READ_ONLY, file, org.entente.i18n.I18n.t("library.read-only.refused"));
    }

    /**
     * {@code e} with a sentence naming the library's newest backup, if it has one; the listing is
     * only a look at the backups folder, and if even that fails, {@code e} as it is.
     */
    static LibraryException withNewestBackup(Path path, LibraryException e) {
        try {
            List<LibraryBackups.Backup> backups = LibraryBackups.list(path);
            if (backups.isEmpty()) return e;
            LibraryBackups.Backup newest = backups.get(0);
            return e.withAdvice(org.entente.i18n.I18n.t("library.newest-backup", newest.file(),
                    newest.taken().toLocalDate().toString(), newest.taken().toLocalTime().withNano(0).toString()));
        } catch (RuntimeException listing) {
            return e;
        }
    }

    /**
     * For tests of a full disk where no small file system can be mounted: from now on this
     * library's connection may not grow the file beyond its present size (SQLite's
     * {@code max_page_count}), so the next write that needs a new page fails exactly as on a
     * full disk ({@code SQLITE_FULL}). Lasts until the library reconnects or closes.
     */
    public void simulateFullDisk() {
        read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                rs.next();
                long pages = rs.getLong(1);
                try (Statement set = c.createStatement()) {
                    set.execute("PRAGMA max_page_count = " + pages);
                }
            }
            return null;
        });
    }

    private static boolean isBusy(SQLException e) {
        if (!(e instanceof SQLiteException se)) return false;
        return switch (se.getResultCode()) {
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_TIMEOUT -> true;
            default -> false;
        };
    }

    /** Why a write may have been lost after all: another program removed the side files during it. */
    static final String SIDE_FILES_LOST = "was changed by another program while this change was being saved (it removed the "
            + "library's write-ahead log), so the change may not have been kept. Entente has reconnected to the library: "
            + "check the change and make it again if it is missing";

    /**
     * After a commit: if the write-ahead log at the library's name is no longer the one this
     * connection wrote to, another program removed it during the write (ADR 0008), and the commit
     * may have gone into a file nobody will read. The change is reported as failed rather than
     * acknowledged; the next use reconnects.
     */
    private void confirmSideFilesKept() {
        FileIdentity was = opened;
        if (!was.known() || was.sameSideFiles(FileIdentity.of(realFile))) return;
        suspect = true;
        throw new LibraryException(LibraryException.Reason.IO, file, SIDE_FILES_LOST);
    }

    /** What {@link #soundness} found. */
    enum Soundness { SOUND, LOCKS_LOST, LOCKS_MAY_BE_LOST, SIDE_FILES_REPLACED, LIBRARY_GONE }

    /**
     * Whether this process still holds SQLite's locks on the library and its shared-memory index,
     * and the files at their names are the ones the connection opened.
     */
    Soundness soundness() {
        FileIdentity was = opened;
        if (!was.known()) return Soundness.SOUND; // Windows: its locks belong to the handle, not the process
        FileIdentity now = FileIdentity.of(realFile);
        if (!was.sameLibrary(now)) return Soundness.LIBRARY_GONE;
        if (!was.sameSideFiles(now)) return Soundness.SIDE_FILES_REPLACED;
        Optional<Set<Long>> locked = FileLocks.lockedInodes();
        if (locked.isEmpty()) return suspect ? Soundness.LOCKS_MAY_BE_LOST : Soundness.SOUND;
        for (Path p : new Path[] {realFile, FileIdentity.side(realFile, "-shm")}) {
            Optional<Long> inode = FileLocks.inode(p);
            if (inode.isPresent() && !locked.get().contains(inode.get())) return Soundness.LOCKS_LOST;
        }
        return Soundness.SOUND;
    }

    /**
     * Tells every library open in this process that something may have opened and closed its
     * files beside SQLite (the UI calls it after a file dialog): each checks, at its next use or
     * its watcher's next tick, that it still holds its locks, and reconnects if not. Where the
     * system lists locks (Linux) the check says exactly; elsewhere the libraries reconnect.
     */
    public static void afterForeignFileAccess() {
        synchronized (OPEN) {
            for (List<Library> group : OPEN.values()) for (Library library : group) library.suspect = true;
        }
    }

    /**
     * Whether {@code path} names the file of a library open in this process, or one of its side
     * files: such a file must not be opened beside SQLite (imported, overwritten by an export,
     * replaced by a copy), which would drop the library's locks or destroy it.
     */
    public static boolean isOpenLibraryFile(Path path) {
        Path real = realPath(path.toAbsolutePath());
        FileIdentity candidate = FileIdentity.of(real);
        synchronized (OPEN) {
            for (List<Library> group : OPEN.values()) {
                for (Library library : group) {
                    FileIdentity ids = library.opened;
                    Object key = candidate.library();
                    if (key != null && (key.equals(ids.library()) || key.equals(ids.wal()) || key.equals(ids.shm()))) return true;
                    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"})
                        if (real.equals(FileIdentity.side(library.realFile, suffix))) return true;
                }
            }
        }
        return false;
    }

    /**
     * Makes sure this process still holds SQLite's locks on the library and that its side files
     * are the ones its connections write to; if not, closes every connection of this process to
     * the file and opens them again, which takes the locks anew (SQLite counts the locks of one
     * process's connections to a file together, so one connection alone cannot get them back).
     * Must not be called while this thread holds a library's lock. With {@code wait} false it
     * gives up, to try again later, when another thread is using one of the libraries; with
     * {@code wait} true it waits for them as long as a write waits for another's (the busy
     * timeout), then refuses with {@link LibraryException#BUSY_MESSAGE}.
     *
     * <p>Nothing acknowledged is lost by reconnecting: while the side files are still this
     * connection's, what it committed is in them and is kept; if another program has removed
     * them, it first copied everything they held into the library file (SQLite removes its
     * write-ahead log only after a complete checkpoint).
     */
    void ensureSound(boolean wait) {
        // Nothing is written to a read-only library, so lost locks cannot lose anything.
        if (gone != null || readOnly) return;
        Soundness found = soundness();
        if (found == Soundness.SOUND) {
            suspect = false;
            return;
        }
        synchronized (RECONNECTING) {
            List<Library> group;
            synchronized (OPEN) {
                group = new ArrayList<>(OPEN.getOrDefault(groupKey(), List.of()));
            }
            if (!group.contains(this)) return; // closed meanwhile
            group.sort(Comparator.comparingLong(l -> l.serial));
            List<Library> held = new ArrayList<>();
            try {
                for (Library library : group) {
                    if (!library.lock.tryLock(wait ? busyTimeoutMillis : 0, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        if (wait) throw LibraryException.busy(file, null);
                        return;
                    }
                    held.add(library);
                }
                found = soundness(); // another thread may have mended it meanwhile
                if (found == Soundness.SOUND) {
                    for (Library library : group) library.suspect = false;
                    return;
                }
                if (found == Soundness.LIBRARY_GONE) {
                    // Keep the connections: they still read the old file, so its content can be saved as a copy.
                    LibraryException e = withNewestBackup(file, new LibraryException(LibraryException.Reason.GONE, file,
                            org.entente.i18n.I18n.t("library.gone")));
                    for (Library library : group) library.gone = e;
                    LOG.warning(e.getMessage());
                    for (Library library : group) library.tellGone(e);
                    return;
                }
                Soundness why = found;
                LOG.warning(() -> "Reconnecting to " + file + ": " + why);
                // A backup's connection counts too: while it is open, SQLite would not take the locks anew.
                // One that does not stop in time: try again later (suspect stays set) rather than reconnect in vain.
                for (Library library : group)
                    if (!library.stopSideConnections()) throw LibraryException.busy(file, null);
                for (Library library : group) library.closeConnectionQuietly();
                for (Library library : group) library.reconnect();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw LibraryException.busy(file, e);
            } finally {
                for (int i = held.size() - 1; i >= 0; i--) held.get(i).lock.unlock();
            }
        }
    }

    /**
     * Runs {@code listener} (on whichever thread finds it: a watcher's, or a writer's) once, when
     * this library's file is found removed or replaced by another program while open: at the
     * watcher's next tick, or at the next write, which is refused. A UI tells the user at once,
     * rather than at the next edit.
     */
    public void onGone(java.util.function.Consumer<LibraryException> listener) { goneListeners.add(listener); }

    /** Why nothing more can be written, when the file was removed or replaced while open. */
    public Optional<LibraryException> gone() { return Optional.ofNullable(gone); }

    private void tellGone(LibraryException e) {
        for (var listener : goneListeners) {
            try {
                listener.accept(e);
            } catch (RuntimeException failure) {
                LOG.log(java.util.logging.Level.WARNING, "A listener for the removal of " + file + " failed", failure);
            }
        }
    }

    private void closeConnectionQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.fine(() -> "Closing " + file + " to reconnect: " + e.getMessage());
        }
    }

    /** Under this library's lock, after every connection of this process to the file was closed. */
    private void reconnect() {
        try {
            Connection c = openConnection(file, false, readOnly);
            applyBusyTimeout(c);
            connection = c;
            opened = FileIdentity.of(realFile);
            reconnections++;
            connectedVersion = versionOf(c, reconnections);
            suspect = false;
        } catch (SQLException e) {
            LibraryException failure = translate(file, e);
            gone = new LibraryException(failure.reason(), file,
                    "could not be opened again after another program changed its files: " + failure.getMessage(), e);
            LOG.warning(gone.getMessage());
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version} of this library's connection: it changes when another
     * connection (another Entente window or process) commits to the file, and not on this
     * library's own writes; it changes too when the library reconnects (ADR 0008). Returns empty, without waiting, while this library is busy with other
     * work or closed; {@link LibraryWatcher} polls it.
     */
    OptionalLong dataVersion() {
        if (!lock.tryLock()) return OptionalLong.empty();
        try {
            if (connection.isClosed()) return OptionalLong.empty();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                // After a reconnection the value changes whatever the new connection counts: a reload is due.
                return rs.next() ? OptionalLong.of((reconnections << 40) + rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            // Locked by another process for a moment: ask again at the next tick.
            if (isBusy(e)) return OptionalLong.empty();
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The data version when this library's current connection was made ({@link Long#MIN_VALUE}
     * if it could not be read): a watcher's first baseline. Taking the baseline at the watcher's
     * first tick instead missed a commit made between opening and that tick, when the tick found
     * the library busy loading the views (the reload that should have shown it never came).
     */
    long connectedDataVersion() { return connectedVersion; }

    private static long versionOf(Connection c, long reconnections) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? (reconnections << 40) + rs.getLong(1) : Long.MIN_VALUE;
        } catch (SQLException e) {
            LOG.fine(() -> "No data version for the new connection: " + e.getMessage());
            return Long.MIN_VALUE;
        }
    }

    /**
     * Starts watching for changes that other windows or processes commit to this library; see
     * {@link LibraryWatcher}. Stop it with {@link LibraryWatcher#close()}; closing the library
     * stops it too.
     */
    public LibraryWatcher watchOtherWriters(java.time.Duration interval, Runnable onChange) {
        LibraryWatcher watcher = new LibraryWatcher(this, interval, onChange);
        watchers.add(watcher);
        watcher.start();
        return watcher;
    }

    /**
     * Stores all of {@code content} in one transaction: either every record is added or, on any
     * failure, none is. Actors and sources are matched by name (and URL) to those already stored.
     *
     * Called inside another {@link #write}, it joins that transaction.
     *
     * @param origin where the records came from: "starter", "import:FILE" or "user"
     * @return the ids given to the events, in the order of {@code content.events()}
     */
    public java.util.List<Long> importContent(org.entente.model.LibraryContent content, String origin) {
        return write(c -> {
            for (var actor : content.actors()) ActorStore.resolve(c, actor, origin);
            for (var source : content.sources()) SourceStore.resolve(c, source, origin);
            java.util.List<Long> eventIds = new java.util.ArrayList<>(content.events().size());
            for (var event : content.events()) eventIds.add(EventStore.save(c, event.withId(0), origin).id());
            for (var partnership : content.partnerships()) PartnershipStore.save(c, partnership.withId(0), origin);
            for (var figure : content.trade()) TradeStore.save(c, figure.withId(0), origin);
            for (var change : content.tradeChanges()) TradeStore.saveChange(c, change.withId(0), origin);
            for (var period : content.periods()) PeriodStore.save(c, new org.entente.model.Period(0, period.name(), period.when(),
                    period.colour(), period.note()), origin);
            return eventIds;
        });
    }

    /**
     * Adds many new events in one transaction, much faster than saving them one by one, with the
     * same result (ids, participants, tags, citations, search index). For imports and generated
     * libraries. Actors and sources are matched by name (and URL) as in {@link #importContent}.
     *
     * <p>All or nothing: when {@code cancelled} turns true (checked every thousand events) a
     * {@link java.util.concurrent.CancellationException} is thrown, and on that or any failure
     * (including one thrown by the iterator) the library is left exactly as it was. Joins the
     * caller's transaction when called inside {@link #write}.
     *
     * @param events        the events; their ids are ignored, all are added as new
     * @param expectedCount how many there are, for progress only, or -1 if unknown
     * @param origin        where they came from: "import:FILE", "synthetic", "user"
     * @param progress      told of progress on the calling thread; may be null
     * @param cancelled     asked between batches whether to give up; may be null
     */
    public BulkLoadResult bulkInsert(Iterator<? extends Event> events, long expectedCount, String origin,
                                     BulkProgress progress, BooleanSupplier cancelled) {
        return write(c -> new EventBulkLoader(c, origin, progress, cancelled).load(events, expectedCount));
    }

    /**
     * Like {@link #bulkInsert(Iterator, long, String, BulkProgress, BooleanSupplier)}, but only the
     * first {@code indexedInline} events get their search-index rows in the load's transaction; the
     * rest are recorded as the library's {@link #searchBacklog()}, to be indexed after the commit by
     * {@link #indexSearchBacklog} (issue #15: the search index was a third of a million-row import).
     */
    public BulkLoadResult bulkInsert(Iterator<? extends Event> events, long expectedCount, String origin,
                                     BulkProgress progress, BooleanSupplier cancelled, long indexedInline) {
        return write(c -> new EventBulkLoader(c, origin, progress, cancelled).indexingInlineOnly(indexedInline).load(events, expectedCount));
    }

    /** Events per transaction when the search backlog is indexed. */
    static final int SEARCH_BACKLOG_BATCH = 20_000;

    /**
     * The events a large import left out of the search index for now, or empty when the index is
     * complete. While there is a backlog, a search finds only the events indexed so far.
     */
    public Optional<SearchBacklog> searchBacklog() {
        return read(SearchBacklog::read);
    }

    /**
     * Indexes the {@link #searchBacklog()} in batches, each its own transaction that also records
     * how far it got, until it is empty or {@code cancelled} turns true (checked between batches);
     * a kill or a cancel loses at most the batch under way, and the next call goes on from there.
     *
     * @param progress told (phase {@link BulkProgress#PHASE_INDEX}) of the events indexed so far and
     *                 the total; may be null
     * @return whether the search index is now complete
     */
    public boolean indexSearchBacklog(BulkProgress progress, BooleanSupplier cancelled) {
        return indexSearchBacklog(progress, cancelled, SEARCH_BACKLOG_BATCH);
    }

    boolean indexSearchBacklog(BulkProgress progress, BooleanSupplier cancelled, int batch) {
        Optional<SearchBacklog> left = searchBacklog();
        if (left.isEmpty()) return true;
        long total = left.get().remaining();
        if (progress != null) progress.update(BulkProgress.PHASE_INDEX, 0, total);
        while (left.isPresent()) {
            if (cancelled != null && cancelled.getAsBoolean()) return false;
            left = write(c -> SearchBacklog.indexBatch(c, batch));
            // Told after each batch, so that what is left is right when a cancel ends the loop here.
            if (progress != null) progress.update(BulkProgress.PHASE_INDEX, total - left.map(SearchBacklog::remaining).orElse(0L), total);
        }
        return true;
    }

    /**
     * Like {@link #importContent(org.entente.model.LibraryContent, String)}, with the events
     * stored by the bulk path, progress, and cancellation; one transaction, all or nothing.
     */
    public BulkLoadResult importContent(org.entente.model.LibraryContent content, String origin, BulkProgress progress,
                                        BooleanSupplier cancelled) {
        return write(c -> {
            for (var actor : content.actors()) ActorStore.resolve(c, actor, origin);
            for (var source : content.sources()) SourceStore.resolve(c, source, origin);
            BulkLoadResult result = new EventBulkLoader(c, origin, progress, cancelled)
                    .load(content.events().iterator(), content.events().size());
            for (var partnership : content.partnerships()) PartnershipStore.save(c, partnership.withId(0), origin);
            for (var figure : content.trade()) TradeStore.save(c, figure.withId(0), origin);
            for (var change : content.tradeChanges()) TradeStore.saveChange(c, change.withId(0), origin);
            for (var period : content.periods()) PeriodStore.save(c, new org.entente.model.Period(0, period.name(), period.when(),
                    period.colour(), period.note()), origin);
            return result;
        });
    }

    /** Counts of the main record kinds, for the status bar. */
    public LibraryCounts counts() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT (SELECT count(*) FROM actor), (SELECT count(*) FROM partnership),"
                            + " (SELECT count(*) FROM trade_figure), (SELECT count(*) FROM source), (SELECT count(*) FROM note)")) {
                rs.next();
                return new LibraryCounts(LaneBlocks.eventCount(c), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        });
    }

    /** A value from the library_info table. */
    public Optional<String> info(String key) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM library_info WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void setInfo(String key, String value) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO library_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    /** Writes a consistent copy of the library to {@code target} (File › Save As). */
    public void saveCopyTo(Path target) { saveCopyTo(target, () -> false); }

    /**
     * As {@link #saveCopyTo(Path)}, stopped with a {@link java.util.concurrent.CancellationException}
     * once {@code cancelled} turns true. The copy is written under a hidden name in the target's folder and
     * takes the target's name only when complete, so a file already there stays as it was until then
     * (and after a failure or a cancel). Like a backup, it is read through a connection of its own, so
     * the window's reads and edits go on meanwhile (a copy of a ten-million-event library takes
     * about a minute); a read-only library is copied through its own connection.
     */
    public void saveCopyTo(Path target, java.util.function.BooleanSupplier cancelled) {
        checkThread();
        Path abs = target.toAbsolutePath();
        if (abs.equals(file) || isOpenLibraryFile(abs))
            throw new LibraryException(LibraryException.Reason.IO, abs, "is a library open in Entente (or one of its files); choose another name");
        Path folder = abs.getParent();
        // Said of the target, not of this library (SQLite's own error would name the library and the hidden file).
        if (folder == null || !Files.isDirectory(folder))
            throw new LibraryException(LibraryException.Reason.IO, abs, "cannot be written: its folder does not exist");
        if (Files.isDirectory(abs)) throw new LibraryException(LibraryException.Reason.IO, abs, "is a folder; choose a file name");
        if (!Files.isWritable(folder)) throw new LibraryException(LibraryException.Reason.IO, abs, "cannot be written: its folder cannot be written to");
        LibraryBackups.removeLeftovers(folder, COPY_PARTIAL);
        // A short name of its own, whatever the target's length (a name near the file system's limit must still save).
        Path partial = folder.resolve(COPY_PARTIAL + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            SqlWork<Void> copy = c -> {
                LibraryBackups.ensureRoom(c, folder, abs, "library.copy.no-room");
                try (Statement st = c.createStatement()) {
                    st.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
                }
                return null;
            };
            if (readOnly) read(copy, cancelled);
            else besideWork(copy, cancelled);
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("copy to " + abs.getFileName() + " cancelled");
            LibraryBackups.moveIntoPlace(partial, abs);
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, abs, "cannot be written: " + e.getMessage(), e);
        } finally {
            LibraryBackups.deleteQuietly(partial);
        }
    }

    /** {@code .entente-copy-PID-N} beside a copy's target while {@link #saveCopyTo} writes it. */
    private static final String COPY_PARTIAL = ".entente-copy-";

    /**
     * Takes a backup of this library now (see {@link LibraryBackups}): a consistent copy through
     * SQLite while work goes on, this window's too (see {@link #backUpKeepingAll(LibraryBackups.Reason,
     * java.util.function.BooleanSupplier)}), then the oldest backups beyond {@link #keepBackups()} are removed.
     */
    public LibraryBackups.Backup backUp(LibraryBackups.Reason reason) {
        return backUp(reason, () -> false);
    }

    /** As {@link #backUp(LibraryBackups.Reason)}, stopped with a {@link java.util.concurrent.CancellationException} once {@code cancelled} turns true. */
    public LibraryBackups.Backup backUp(LibraryBackups.Reason reason, java.util.function.BooleanSupplier cancelled) {
        LibraryBackups.Backup made = backUpKeepingAll(reason, cancelled);
        pruneBackups();
        return made;
    }

    /**
     * Like {@link #backUp}, without removing any older backup yet: for work that may turn out to
     * change nothing (an import that is refused), after which the new backup is
     * {@linkplain LibraryBackups#discard discarded} and the older ones must all still be there.
     * Call {@link #pruneBackups()} once the work has changed the library.
     */
    public LibraryBackups.Backup backUpKeepingAll(LibraryBackups.Reason reason) {
        return backUpKeepingAll(reason, () -> false);
    }

    /**
     * As {@link #backUpKeepingAll(LibraryBackups.Reason)}, stopped with a
     * {@link java.util.concurrent.CancellationException} (and no backup left) once {@code cancelled}
     * turns true.
     *
     * <p>The copy is read through a connection of its own, in a read transaction of its own, not
     * under this library's lock: a backup of a ten-million-event library (7 GB) takes minutes, and the
     * daily one held every read and edit of the window that long (issue #15). SQLite's write-ahead
     * log lets the library's connection read and commit meanwhile; the backup holds what was committed
     * when it began. A reconnection (ADR 0008: the process lost its locks) must close every connection
     * of this process to the file, so it stops a backup under way, which then starts again on a new one.
     */
    public LibraryBackups.Backup backUpKeepingAll(LibraryBackups.Reason reason, java.util.function.BooleanSupplier cancelled) {
        // A read-only library's folder is not ours to write to (and an import, which backs up first, is refused here).
        if (readOnly) throw readOnlyRefusal();
        checkThread();
        // One backup of a file at a time (the daily one, Back Up Now, an import's, a restore's): two in the
        // same second would write the same partial file. The library's lock used to serialise them.
        ReentrantLock one;
        synchronized (BACKING_UP) {
            one = BACKING_UP.computeIfAbsent(groupKey(), k -> new ReentrantLock());
        }
        one.lock();
        try {
            return backUpBeside(reason, cancelled);
        } finally {
            one.unlock();
        }
    }

    private LibraryBackups.Backup backUpBeside(LibraryBackups.Reason reason, java.util.function.BooleanSupplier cancelled) {
        return besideWork(c -> LibraryBackups.take(c, file, reason), cancelled);
    }

    /**
     * Runs {@code work} (a copy of the library: a backup, a saved copy) through a read-only connection
     * of its own, beside the library's connection and outside its lock, stopped by {@code cancelled}, a
     * reconnection (ADR 0008, then run again) or a close; through the library's own connection when
     * the file at its name is no longer the one it opened.
     */
    private <T> T besideWork(SqlWork<T> work, java.util.function.BooleanSupplier cancelled) {
        for (int attempt = 1; ; attempt++) {
            if (suspect && !lock.isHeldByCurrentThread()) ensureSound(true);
            // The file at the library's name is no longer the one it opened (removed or replaced by another
            // program): only the library's own connection still reads what it holds.
            if (gone != null || !opened.sameLibrary(FileIdentity.of(realFile))) return read(work, cancelled);
            SideConnection side = new SideConnection();
            Connection opening;
            // Not while a reconnection closes and opens this process's connections to the file: it stops the
            // backups it sees, and a connection opened meanwhile would keep SQLite from taking the locks anew.
            synchronized (RECONNECTING) {
                sideConnections.add(side);
                try {
                    opening = openConnection(file, false, "?mode=ro");
                } catch (SQLException e) {
                    sideConnections.remove(side);
                    side.ended.countDown();
                    throw translate(file, e);
                }
            }
            try (Connection c = opening) {
                if (!opened.sameLibrary(FileIdentity.of(realFile))) continue; // replaced as it was opened: the check above again
                org.sqlite.ProgressHandler.setHandler(c, BACKUP_CHECK_STEPS, new org.sqlite.ProgressHandler() {
                    @Override
                    protected int progress() {
                        if (cancelled.getAsBoolean()) side.cancelled = true;
                        return side.cancelled || side.stop ? 1 : 0;
                    }
                });
                if (closing) throw new java.util.concurrent.CancellationException("the library " + file.getFileName() + " was closed");
                return work.run(c);
            } catch (SQLException e) {
                if (side.cancelled || cancelled.getAsBoolean())
                    throw new java.util.concurrent.CancellationException("copy of " + file.getFileName() + " cancelled");
                if (closing) throw new java.util.concurrent.CancellationException("the library " + file.getFileName() + " was closed");
                // Stopped for a reconnection: the locks are this process's again, take the backup anew.
                if (!side.stop || attempt >= 3) throw translate(file, e);
                LOG.info(() -> "Copy of " + file + " stopped by a reconnection; taken again");
            } finally {
                sideConnections.remove(side);
                side.ended.countDown();
            }
        }
    }

    /** Per file (as {@link #groupKey()}): held while a backup of it is taken. */
    private static final Map<Object, ReentrantLock> BACKING_UP = new HashMap<>();

    /** How often a backup asks whether to stop, in SQLite's virtual-machine steps: a check costs a volatile read or two. */
    static final int BACKUP_CHECK_STEPS = 1_000;

    /** A backup's own connection to the file while it is open: stopped (SQLite's progress handler) before a reconnection or a close. */
    private static final class SideConnection {
        volatile boolean stop;
        /** Set by the progress handler when the caller's cancel stopped it. */
        volatile boolean cancelled;
        final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    }

    /** Connections of backups under way ({@link #backUpKeepingAll(LibraryBackups.Reason, java.util.function.BooleanSupplier)}). */
    private final java.util.Set<SideConnection> sideConnections = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * Stops this library's backups under way and waits (up to the busy timeout) until their
     * connections are closed; false if one is still open then (SQLite asks no progress handler
     * while it syncs a finished copy to disk).
     */
    private boolean stopSideConnections() throws InterruptedException {
        List<SideConnection> under = new ArrayList<>(sideConnections);
        for (SideConnection side : under) side.stop = true;
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(busyTimeoutMillis);
        for (SideConnection side : under)
            if (!side.ended.await(Math.max(0, until - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS)) return false;
        return true;
    }

    /** Removes the oldest backups beyond {@link #keepBackups()}. */
    public void pruneBackups() {
        LibraryBackups.prune(file, keepBackups());
    }

    /** How many backups this library keeps (its own setting; {@link LibraryBackups#DEFAULT_KEEP} until set). */
    public int keepBackups() {
        return info(LibraryBackups.KEEP_KEY).flatMap(v -> {
            try {
                return Optional.of(Math.max(LibraryBackups.MIN_KEEP, Math.min(LibraryBackups.MAX_KEEP, Integer.parseInt(v.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(LibraryBackups.DEFAULT_KEEP);
    }

    /** Sets how many backups this library keeps and removes the oldest beyond that number at once. */
    public void keepBackups(int count) {
        if (count < LibraryBackups.MIN_KEEP || count > LibraryBackups.MAX_KEEP)
            throw new IllegalArgumentException("keep between " + LibraryBackups.MIN_KEEP + " and " + LibraryBackups.MAX_KEEP
                    + " backups, not " + count);
        setInfo(LibraryBackups.KEEP_KEY, Integer.toString(count));
        LibraryBackups.prune(file, count);
    }

    /**
     * Replaces everything in this library with what {@code backup} holds, in one step that
     * another window or a crash sees whole or not at all (SQLite's backup API, writing through
     * the library's own connection and write-ahead log). The current state is backed up first
     * ({@link LibraryBackups.Reason#BEFORE_RESTORE}), so a restore can itself be undone by
     * restoring that. A backup from an older Entente is brought up to date on a temporary copy
     * first; one from a newer Entente is refused, and the library is left as it was.
     *
     * @return the backup of the state before the restore
     */
    public LibraryBackups.Backup restoreFrom(LibraryBackups.Backup backup) {
        checkThread();
        if (readOnly) throw readOnlyRefusal();
        String version = LibraryBackups.schemaVersion(backup.file());
        String latest = latestSchemaVersion();
        if (compareVersions(version, latest) > 0)
            throw new LibraryException(LibraryException.Reason.NEWER_SCHEMA, backup.file(), "was written by a newer Entente (schema "
                    + version + "; this version reads up to schema " + latest + "), so it cannot be restored here; nothing was changed");
        Path scratch = null;
        try {
            Path source = backup.file();
            if (compareVersions(version, latest) < 0) {
                scratch = Files.createTempDirectory("entente-restore-");
                source = scratch.resolve("restore.db");
                Files.copy(backup.file(), source); // a backup is never an open library: a plain copy drops no locks
                open(source).close(); // migrates the copy (its own pre-migration backup goes to the scratch folder)
            }
            // Pruned after the restore, not before: at the keep limit the backup being restored may be the oldest.
            LibraryBackups.Backup before = backUpKeepingAll(LibraryBackups.Reason.BEFORE_RESTORE);
            ensureSound(true);
            lock.lock();
            try {
                LibraryException refusal = gone;
                if (refusal != null) throw new LibraryException(refusal.reason(), file, refusal.getMessage(), refusal);
                // All pages in one step (-1): the destination is written in a single transaction.
                int busyRetries = (int) Math.max(1, busyTimeoutMillis / 100);
                int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase().restore("main", source.toString(), null, 100, busyRetries, -1);
                if (rc == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code || rc == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code)
                    throw LibraryException.busy(file, null);
                if (rc != org.sqlite.SQLiteErrorCode.SQLITE_OK.code && rc != org.sqlite.SQLiteErrorCode.SQLITE_DONE.code)
                    throw new LibraryException(LibraryException.Reason.IO, file, "could not be restored from " + backup.file()
                            + " (SQLite error " + rc + "); the library is as it was");
                confirmSideFilesKept();
            } finally {
                lock.unlock();
            }
            LOG.info(() -> "Restored " + file + " from " + backup.file() + "; the state before is in " + before.file());
            pruneBackups();
            return before;
        } catch (SQLException e) {
            if (isBusy(e)) throw LibraryException.busy(file, e);
            throw translate(file, e);
        } catch (IOException e) {
            throw new LibraryException(LibraryException.Reason.IO, backup.file(), "could not be prepared for restoring: " + e.getMessage(), e);
        } finally {
            if (scratch != null) deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + folder + ": " + e.getMessage());
        }
    }

    /** Whether {@link #close()} was called (no database work: JDBC's own flag). */
    public boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    void forget(LibraryWatcher watcher) { watchers.remove(watcher); }

    @Override
    public void close() {
        // Backups under way stop at their next check; their connections need not be closed before this one.
        closing = true;
        for (SideConnection side : sideConnections) side.stop = true;
        for (LibraryWatcher watcher : watchers) watcher.close();
        watchers.clear();
        synchronized (OPEN) {
            List<Library> group = OPEN.get(groupKey());
            if (group != null) {
                group.remove(this);
                if (group.isEmpty()) OPEN.remove(groupKey());
            }
        }
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }
}
