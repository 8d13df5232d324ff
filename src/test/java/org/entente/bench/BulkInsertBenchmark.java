package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.store.BulkLoadResult;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk insert of N generated events into an empty library (actors already present), compared in
 * the same run with the {@code sqlite3} shell's {@code .import --csv} of the same rows into the
 * same schema. Each invocation starts from a fresh copy of the same freshly migrated library.
 *
 * <ul>
 * <li>{@code entente}: {@code Library.bulkInsert} of the in-memory events — event rows,
 *     participant rows, the R*Tree (trigger), and the FTS5 index with Java folding — then
 *     close (which checkpoints the WAL).</li>
 * <li>{@code shellRows}: {@code sqlite3} process: {@code .import} of {@code event} and
 *     {@code event_actor} CSVs in one transaction (the R*Tree trigger fires; no FTS).</li>
 * <li>{@code shellRowsAndFts}: the same, plus filling an FTS5 table of the same columns and
 *     tokenizer with {@code lower()} (the shell has no Java fold) by {@code INSERT … SELECT}.
 *     The library's own {@code event_fts} uses {@code contentless_delete}, which the installed
 *     shell (3.40) cannot open, so the shell fills an otherwise identical contentless table.</li>
 * </ul>
 * Same pragmas on both sides: WAL, synchronous NORMAL, foreign keys on, 256 MiB page cache.
 * Single-shot times; divide N by the time for events/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BulkInsertBenchmark {
    static final String SQLITE3 = "/usr/bin/sqlite3";

    @Param({"100000"})
    public int events;

    private Path work, template, target, eventCsv, participantCsv, rowsScript, ftsScript;
    private List<Event> generated;
    private Library library;
    private final CpuTime enteCpu = new CpuTime(), shellRowsCpu = new CpuTime(), shellFtsCpu = new CpuTime();
    private final StringBuilder phases = new StringBuilder();

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        work = Files.createDirectories(BenchLibraries.DIR.resolve("bulk-" + events)).toAbsolutePath();
        SyntheticLibrary synthetic = new SyntheticLibrary(BenchLibraries.SEED, events);
        generated = synthetic.events().toList();
        template = work.resolve("template.entente");
        deleteLibrary(template);
        Map<String, Long> actorIds = new HashMap<>();
        try (Library lib = Library.open(template)) {
            for (Actor a : synthetic.actors()) actorIds.put(a.name(), lib.actors().save(a).id());
            lib.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT OR IGNORE INTO category (key, label) VALUES ('cultural-exchange', 'Cultural exchange')");
                }
                return null;
            });
        }
        target = work.resolve("target.entente");
        eventCsv = work.resolve("event.csv");
        participantCsv = work.resolve("event_actor.csv");
        writeCsv(actorIds);
        String pragmas = "PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nPRAGMA cache_size = -262144;\n";
        // The shell's .import (3.40) cannot fill a table with a generated column (V70's window
        // header): it imports into a plain staging table that INSERT … SELECT copies into event.
        String eventColumns = "id, title, when_text, start_day, end_day, ongoing, category, place, summary, importance, origin,"
                + " created_at, updated_at, actor_ids";
        String rows = "CREATE TEMP TABLE event_csv (" + eventColumns + ");\n.import --csv '" + eventCsv + "' event_csv\n"
                + "INSERT INTO event (" + eventColumns + ") SELECT * FROM event_csv;\n"
                + ".import --csv '" + participantCsv + "' event_actor\n";
        rowsScript = Files.writeString(work.resolve("rows.sql"), pragmas + "BEGIN;\n" + rows + "COMMIT;\n");
        ftsScript = Files.writeString(work.resolve("rows-fts.sql"), pragmas + "BEGIN;\n" + rows
                + "CREATE VIRTUAL TABLE event_fts_shell USING fts5 (title, summary, participants, notes, content = '',"
                + " tokenize = 'unicode61 remove_diacritics 2');\n"
                + "INSERT INTO event_fts_shell (rowid, title, summary, participants, notes) SELECT e.id, lower(e.title),"
                + " lower(e.summary), lower((SELECT group_concat(a.name, ', ') FROM event_actor ea JOIN actor a ON a.id = ea.actor_id"
                + " WHERE ea.event_id = e.id)), '' FROM event e;\nCOMMIT;\n");
    }

    /** The rows Library.bulkInsert writes, as CSV in the table's column order (ids assigned 1…N as the store does). */
    private void writeCsv(Map<String, Long> actorIds) throws IOException {
        String now = "2024-06-19T00:00:00.000Z";
        try (PrintWriter ev = new PrintWriter(Files.newBufferedWriter(eventCsv, StandardCharsets.UTF_8));
             PrintWriter ea = new PrintWriter(Files.newBufferedWriter(participantCsv, StandardCharsets.UTF_8))) {
            long id = 1;
            for (Event e : generated) {
                DateRange w = e.when();
                long end = w.ongoing() ? EventHeader.ONGOING_END : w.end() != null ? w.end().endDay() : w.start().endDay();
                ev.println(String.join(",", Long.toString(id), q(e.title()), q(w.toString()), Long.toString(w.firstDay()),
                        Long.toString(end), w.ongoing() ? "1" : "0", q(e.category().key()), q(e.place()), q(e.summary()),
                        Integer.toString(e.importance()), q(SyntheticLibrary.ORIGIN), q(now), q(now), q(actorIdsOf(e, actorIds))));
                int position = 0;
                for (Participant p : e.participants()) {
                    ea.println(id + "," + actorIds.get(p.actor().name()) + "," + q(p.role()) + "," + position++);
                }
                id++;
            }
        }
    }

    /** event.actor_ids as the store writes it: distinct participant ids in order. */
    private static String actorIdsOf(Event e, Map<String, Long> actorIds) {
        return e.participants().stream().map(p -> actorIds.get(p.actor().name())).distinct()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private static String q(String s) { return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"'; }

    @Setup(Level.Invocation)
    public void freshCopy() throws IOException {
        deleteLibrary(target);
        Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @TearDown(Level.Invocation)
    public void closeIfOpen() {
        if (library != null) library.close();
        library = null;
        enteCpu.endIteration();
        shellRowsCpu.endIteration();
        shellFtsCpu.endIteration();
    }

    @TearDown(Level.Trial)
    public void report() {
        enteCpu.print("entente bulk insert of " + events);
        shellRowsCpu.print("sqlite3 .import rows of " + events);
        shellFtsCpu.print("sqlite3 .import rows + FTS of " + events);
        if (phases.length() > 0) System.out.printf("%n[entente wall time by phase: %s]%n", phases);
    }

    @Benchmark
    public BulkLoadResult entente() {
        library = Library.open(target);
        // Opening (Flyway's check) is left out: the app opens a library once, not per import.
        return bulkAndClose();
    }

    private BulkLoadResult bulkAndClose() {
        long t = enteCpu.start();
        BulkLoadResult r = library.bulkInsert(generated.iterator(), generated.size(), SyntheticLibrary.ORIGIN, null, null);
        library.close();
        enteCpu.stop(t);
        library = null;
        if (r.events() != events) throw new IllegalStateException("stored " + r.events() + " events, not " + events);
        phases.append(String.format(java.util.Locale.ROOT, "%srows %.1f s + index %.1f s", phases.length() > 0 ? "; " : "",
                r.rowsNanos() / 1e9, r.indexNanos() / 1e9));
        return r;
    }

    @Benchmark
    public int shellRows() throws Exception { return sqlite3(rowsScript, shellRowsCpu); }

    @Benchmark
    public int shellRowsAndFts() throws Exception { return sqlite3(ftsScript, shellFtsCpu); }

    /** Runs the script in the sqlite3 shell under /usr/bin/time, which reports the shell's user and system CPU seconds. */
    private int sqlite3(Path script, CpuTime cpu) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "cpu %U %S", SQLITE3, "-bail", target.toString())
                .redirectInput(script.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        if (exit != 0 || !output.startsWith("cpu ")) throw new IllegalStateException("sqlite3 failed (" + exit + "): " + output);
        String[] f = output.split("\\s+");
        cpu.add(Math.round((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1e9));
        return exit;
    }

    private static void deleteLibrary(Path file) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
