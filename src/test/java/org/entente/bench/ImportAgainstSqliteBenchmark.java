package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.model.TextFolding;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/**
 * Issue #15's comparison, in one run: the same 1,000,000 events put into the same schema by
 * SQLite alone and by Entente's import of the events.csv.
 *
 * <ul>
 * <li>{@code sqliteAlone}: the rows are already in SQLite (a staging file holding exactly the
 *     rows an import stores: events, participants, lanes, tags, and each event's folded search
 *     text), and SQL alone copies them into a new library, the best way SQL knows: in one
 *     transaction, the per-row triggers and secondary indexes dropped and made again after the
 *     rows, the R*Tree filled by one {@code INSERT … SELECT}, the search index filled with the
 *     loader's FTS5 settings, then the commit and the close (which checkpoints the WAL). No CSV,
 *     no Java per row. Same connection settings as a library's (WAL, synchronous FULL, foreign
 *     keys on) and the bulk loader's 256 MiB page cache.</li>
 * <li>{@code entente}: {@code entente import events.csv} into a new library as the CLI runs it
 *     ({@link ImportService#importFiles}: the backup, one pass that checks every row, the commit),
 *     then the close. The search index is built afterwards in the background
 *     ({@code ententeSearchIndex} times that part alone).</li>
 * </ul>
 * Both print their process CPU time and, for {@code sqliteAlone}, each step's wall time.
 *
 * <p>Run: {@code bench/run -f 1 -wi 0 -i 1 ImportAgainstSqliteBenchmark}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
@org.openjdk.jmh.annotations.Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
public class ImportAgainstSqliteBenchmark {
    @Param("1000000")
    int rows;

    private Path csv, staging, work, target;
    private final List<String> report = new ArrayList<>();
    private long cpuBefore;

    @Setup(Level.Trial)
    public void files(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
        csv = BenchCsv.folder(rows).resolve("events.csv");
        // Built once (an import, then the copy: minutes) and only for the benchmark that reads it.
        if (params.getBenchmark().endsWith("sqliteAlone")) staging = stagingFile(rows, csv);
        work = Files.createTempDirectory("import-vs-sqlite");
    }

    @Setup(Level.Invocation)
    public void fresh() throws IOException {
        ExchangeBenchmark.deleteTree(work);
        Files.createDirectories(work);
        target = work.resolve("into.entente");
        Library.open(target).close(); // the migrated, empty schema both sides start from
        cpuBefore = processCpuNanos();
    }

    @TearDown(Level.Invocation)
    public void cpu() {
        report.add(String.format(Locale.ROOT, "process CPU %.1f s", (processCpuNanos() - cpuBefore) / 1e9));
    }

    @TearDown(Level.Trial)
    public void print() throws IOException {
        ExchangeBenchmark.deleteTree(work);
        System.out.println();
        for (String line : report) System.out.println("[" + line + "]");
    }

    /** SQLite alone: the staged rows copied into the library's schema by SQL, then commit and close. */
    @Benchmark
    public long sqliteAlone() throws SQLException {
        Map<String, Long> steps = new LinkedHashMap<>();
        long count;
        try (Connection c = connect(target); Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -262144");
            st.execute("ATTACH '" + staging.toAbsolutePath() + "' AS s");
            Map<String, String> triggers = sqlOf(st, "trigger", "name IN ('event_span_insert', 'event_lane_event_insert', 'event_lane_actor_insert')");
            Map<String, String> indexes = sqlOf(st, "index", "sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'"
                    + " AND tbl_name IN ('event', 'event_actor', 'event_lane', 'event_tag', 'citation')");
            long t = System.nanoTime();
            st.execute("BEGIN IMMEDIATE");
            // Small reference tables first (actors, categories, tags), as an import resolves them.
            st.execute("INSERT INTO main.actor SELECT * FROM s.actor WHERE id NOT IN (SELECT id FROM main.actor)");
            st.execute("INSERT OR IGNORE INTO main.category SELECT * FROM s.category");
            st.execute("INSERT INTO main.tag SELECT * FROM s.tag");
            for (String name : triggers.keySet()) st.execute("DROP TRIGGER main.\"" + name + "\"");
            for (String name : indexes.keySet()) st.execute("DROP INDEX main.\"" + name + "\"");
            t = step(steps, "reference rows, drop", t);
            st.execute("INSERT INTO main.event (id, title, when_text, start_day, end_day, ongoing, category, place, summary, importance,"
                    + " origin, created_at, updated_at, actor_ids) SELECT * FROM s.s_event ORDER BY id");
            t = step(steps, "event rows", t);
            st.execute("INSERT INTO main.event_actor SELECT * FROM s.s_event_actor");
            t = step(steps, "participants", t);
            st.execute("INSERT INTO main.event_lane SELECT * FROM s.s_event_lane ORDER BY event_id");
            st.execute("INSERT INTO main.event_tag SELECT * FROM s.s_event_tag");
            t = step(steps, "lanes, tags", t);
            for (String create : indexes.values()) st.execute(create);
            t = step(steps, "secondary indexes", t);
            st.execute("INSERT INTO main.event_span (id, first_day, last_day) SELECT id, start_day, end_day - 1 FROM main.event"
                    + " WHERE end_day - start_day > 1 ORDER BY id");
            t = step(steps, "R*Tree", t);
            st.execute("INSERT INTO main.event_fts (event_fts, rank) VALUES ('hashsize', " + (64L << 20) + ")");
            st.execute("INSERT INTO main.event_fts (event_fts, rank) VALUES ('automerge', 0)");
            st.execute("INSERT INTO main.event_fts (rowid, title, summary, participants, notes) SELECT * FROM s.s_fts ORDER BY rowid");
            st.execute("INSERT INTO main.event_fts (event_fts, rank) VALUES ('hashsize', " + (1L << 20) + ")");
            st.execute("INSERT INTO main.event_fts (event_fts, rank) VALUES ('automerge', 4)");
            st.execute("DELETE FROM main.event_fts_config WHERE k IN ('hashsize', 'automerge')");
            t = step(steps, "search index", t);
            for (String create : triggers.values()) st.execute(create);
            st.execute("COMMIT");
            t = step(steps, "commit", t);
            st.execute("DETACH s");
            try (var rs = st.executeQuery("SELECT count(*) FROM main.event")) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        long closed = System.nanoTime();
        try (Connection c = connect(target)) {
            // Nothing: the close above checkpointed; this only checks the file opens.
        }
        steps.put("close", System.nanoTime() - closed);
        report.add("sqliteAlone steps: " + steps.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1e9)).collect(Collectors.joining(", ")));
        if (count != rows) throw new IllegalStateException("copied " + count);
        return count;
    }

    /** {@code entente import events.csv}: backup, one checking pass, one transaction; then the close. */
    @Benchmark
    public long entente() {
        try (Library lib = Library.open(target)) {
            ImportService.Imported done = new ImportService(lib).importFiles(List.of(csv), DuplicatePolicy.SKIP, ImportProgress.NONE);
            if (done.outcome().added() != rows) throw new IllegalStateException("imported " + done.outcome());
            return done.outcome().added();
        }
    }

    /**
     * The same import, then the search index it left for after its commit built to the end
     * ({@link Library#indexSearchBacklog}), as {@code entente import} does before it ends: the
     * import's whole cost, for comparison with {@code entente}.
     */
    @Benchmark
    public long ententeWithSearchIndex() {
        try (Library lib = Library.open(target)) {
            ImportService.Imported done = new ImportService(lib).importFiles(List.of(csv), DuplicatePolicy.SKIP, ImportProgress.NONE);
            long started = System.nanoTime();
            lib.indexSearchBacklog(null, null);
            report.add(String.format(Locale.ROOT, "search index after the commit: %.1f s", (System.nanoTime() - started) / 1e9));
            if (lib.searchBacklog().isPresent()) throw new IllegalStateException("index incomplete");
            return done.outcome().added();
        }
    }

    private static long step(Map<String, Long> steps, String name, long since) {
        long now = System.nanoTime();
        steps.merge(name, now - since, Long::sum);
        return now;
    }

    private static Map<String, String> sqlOf(Statement st, String type, String where) throws SQLException {
        Map<String, String> sql = new LinkedHashMap<>();
        try (var rs = st.executeQuery("SELECT name, sql FROM main.sqlite_master WHERE type = '" + type + "' AND " + where + " ORDER BY name")) {
            while (rs.next()) sql.put(rs.getString(1), rs.getString(2));
        }
        return sql;
    }

    /** A connection with a library's own settings (Library.config): WAL, synchronous FULL, foreign keys. */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The staging file: the rows an import of {@code csv} stores, taken from a library that
     * Entente imported it into (built once, kept under target/bench-libs), with each event's
     * search text folded as the store folds it.
     */
    static synchronized Path stagingFile(int rows, Path csv) throws Exception {
        Path file = BenchLibraries.DIR.resolve("sqlite-alone-staging-" + rows + "-schema" + Library.LATEST_SCHEMA + ".db");
        if (Files.exists(file)) return file;
        Path dir = Files.createTempDirectory(BenchLibraries.DIR, "staging");
        Path lib = dir.resolve("imported.entente");
        try (Library library = Library.open(lib)) {
            new ImportService(library).importFiles(List.of(csv), DuplicatePolicy.SKIP, ImportProgress.NONE);
        }
        Path building = dir.resolve("staging.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.toAbsolutePath()); Statement st = c.createStatement()) {
            Function.create(c, "fold", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(TextFolding.fold(value_text(0)));
                }
            }, 1, Function.FLAG_DETERMINISTIC);
            st.execute("ATTACH '" + building.toAbsolutePath() + "' AS s");
            st.execute("CREATE TABLE s.actor AS SELECT * FROM actor");
            st.execute("CREATE TABLE s.category AS SELECT * FROM category");
            st.execute("CREATE TABLE s.tag AS SELECT * FROM tag");
            st.execute("CREATE TABLE s.s_event AS SELECT id, title, when_text, start_day, end_day, ongoing, category, place, summary,"
                    + " importance, origin, created_at, updated_at, actor_ids FROM event ORDER BY id");
            st.execute("CREATE TABLE s.s_event_actor AS SELECT event_id, actor_id, role, position FROM event_actor ORDER BY event_id, actor_id");
            st.execute("CREATE TABLE s.s_event_lane AS SELECT event_id, start_day, actor_a, actor_b, importance FROM event_lane ORDER BY event_id");
            st.execute("CREATE TABLE s.s_event_tag AS SELECT event_id, tag_id FROM event_tag ORDER BY event_id, tag_id");
            st.execute("CREATE TABLE s.s_fts AS SELECT e.id AS rowid, fold(e.title) AS title, fold(e.summary) AS summary,"
                    + " fold((SELECT group_concat(a.name, ', ' ORDER BY ea.position) FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
                    + " WHERE ea.event_id = e.id)) AS participants, '' AS notes FROM event e ORDER BY e.id");
            st.execute("DETACH s");
        }
        Files.move(building, file);
        ExchangeBenchmark.deleteTree(dir);
        return file;
    }
}
