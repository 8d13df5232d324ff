package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Never lose a keystroke": a child JVM edits a library as fast as it can through the app's write
 * path ({@link KillTestWriter}: the undoable edit layer and the import path) and is killed with SIGKILL at a random moment, again and again.
 * After every kill the library must open, pass SQLite's integrity check and the search index's
 * own check, hold every edit the child acknowledged exactly, and hold nothing else except,
 * possibly, the one edit that was under way when the kill came, whole and never in part.
 */
class KillTest {
    /** 50 in the build; -Dentente.killtest.kills=N for a longer soak. */
    private static final int KILLS = Integer.getInteger("entente.killtest.kills", 50);
    /** Kills land this long (random, up to) after the child has opened the library. */
    private static final int MAX_DELAY_MS = 1000;
    private static final long SEED = 20261123L;

    @TempDir Path dir;

    record NoteRow(long eventId, String text) {}

    /** What the library must hold: every acknowledged edit applied in order. */
    static final class Model {
        final TreeMap<Long, String> events = new TreeMap<>();
        final TreeMap<Long, NoteRow> notes = new TreeMap<>();

        Model copy() {
            Model m = new Model();
            m.events.putAll(events);
            m.notes.putAll(notes);
            return m;
        }

        void delete(List<Long> ids) {
            for (long id : ids) events.remove(id);
            notes.values().removeIf(n -> ids.contains(n.eventId()));
        }

        void apply(String ack) {
            String[] f = ack.split(" ", 4);
            switch (f[1]) {
                case "create", "update" -> events.put(Long.parseLong(f[2]), f[3]);
                case "delete" -> delete(ids(f[2]));
                case "note" -> {
                    String[] g = ack.split(" ", 5);
                    notes.put(Long.parseLong(g[2]), new NoteRow(Long.parseLong(g[3]), g[4]));
                }
                case "batch" -> {
                    List<Long> ids = ids(f[2]);
                    for (int i = 0; i < ids.size(); i++) events.put(ids.get(i), f[3] + " " + (i + 1));
                }
                case "undo" -> undo(ack);
                default -> throw new IllegalArgumentException("unknown acknowledgement: " + ack);
            }
        }

        /** "... undo create ID" or "... undo update ID OLD_TITLE". */
        void undo(String line) {
            String[] f = line.split(" ", 5);
            long id = Long.parseLong(f[3]);
            if (f[2].equals("create")) delete(List.of(id));
            else events.put(id, f[4]);
        }

        static List<Long> ids(String list) { return Arrays.stream(list.split(",")).map(Long::parseLong).toList(); }
    }

    @Test
    void aKilledWriterKeepsEveryAcknowledgedEditAndLeavesAnIntactLibrary() throws Exception {
        killAndCheck(KILLS, false);
    }

    /**
     * Issue #12: the child reads its library's files beside SQLite between edits (as a file dialog
     * does), dropping its locks, while this process opens and closes the library again and again
     * (as the sqlite3 shell or a second program does), which removes the write-ahead log when it
     * sees no locks. Before ADR 0008 the child's next edits went into the removed log and were lost.
     */
    @Test
    void aKilledWriterWhoseFilesAreReadBesideSqliteWhileAnotherProcessOpensAndClosesTheLibraryLosesNothing() throws Exception {
        killAndCheck(Math.max(5, KILLS / 4), true);
    }

    private void killAndCheck(int kills, boolean sniffing) throws Exception {
        Path file = dir.resolve("kill-test.db");
        Library.open(file).close(); // created once, as on a first run; the kills come during edits
        Random random = new Random(SEED);
        Model model = new Model();
        int cutOffBeforeCommit = 0, cutOffAfterCommit = 0, betweenEdits = 0, acknowledged = 0;
        long started = System.nanoTime(), waitingForWarm = 0, waitingForReady = 0, checking = 0;
        Process next = startChild(file, random.nextLong(), "k0", dir.resolve("child-0.out"), dir.resolve("child-0.err"), "0", sniffing);
        long otherOpens = 0;
        try {
            for (int cycle = 0; cycle < kills; cycle++) {
                String tag = "k" + cycle;
                Path out = dir.resolve("child-" + cycle + ".out"), err = dir.resolve("child-" + cycle + ".err");
                Process child = next;
                long t0 = System.nanoTime();
                awaitLine(child, "warm", out, err);
                long t1 = System.nanoTime();
                child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
                child.getOutputStream().flush();
                awaitLine(child, "ready", out, err);
                // The random moment is counted from the child's first acknowledged edit: on a loaded
                // machine a child may take most of a second over its first edit, and a kill before
                // it proves nothing about edits (killed first runs and migrations are tested apart).
                awaitLine(child, l -> l.startsWith("ack "), "its first ack", out, err);
                long t2 = System.nanoTime();
                waitingForWarm += t1 - t0;
                waitingForReady += t2 - t1;
                // The next child starts its JVM and warms up while this one edits and the test checks.
                next = cycle + 1 < kills ? startChild(file, random.nextLong(), "k" + (cycle + 1), dir.resolve("child-" + (cycle + 1) + ".out"),
                        dir.resolve("child-" + (cycle + 1) + ".err"), "0", sniffing) : null;
                long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(MAX_DELAY_MS));
                if (sniffing) {
                    // Another process: a plain SQLite connection opened, read and closed, until the kill.
                    while (System.nanoTime() < killAt) {
                        try {
                            org.entente.store.ForeignAccess.readWithSqlite(file, "SELECT count(*) FROM event");
                        } catch (java.sql.SQLException e) {
                            // busy for a moment (the child recovering the log, say): try again
                            if (!(e instanceof org.sqlite.SQLiteException se) || !se.getResultCode().name().startsWith("SQLITE_BUSY")) throw e;
                        }
                        otherOpens++;
                    }
                } else {
                    Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(killAt - System.nanoTime())));
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

                long t3 = System.nanoTime();
                List<String> lines = completeLines(out);
                String pending = null;
                Model before = model.copy();
                for (String line : lines) {
                    if (line.startsWith("ack ")) {
                        model.apply(line);
                        acknowledged++;
                        pending = null;
                    } else if (line.startsWith("intent ")) pending = line;
                }
                try (Library library = Library.open(file)) {
                    Model actual = readBack(library);
                    String where = "after kill " + (cycle + 1) + " (child output " + out + ")";
                    if (sameContent(actual, model)) {
                        if (pending != null) cutOffBeforeCommit++;
                        else betweenEdits++;
                    } else {
                        if (pending == null) fail("the library differs from the acknowledged edits " + where + describeDiff(model, actual));
                        Model withPending = applyPending(model, pending, actual, where);
                        if (!sameContent(actual, withPending))
                            fail("the edit under way (" + pending + ") was stored in part or the library differs " + where
                                    + describeDiff(withPending, actual));
                        model.events.clear();
                        model.events.putAll(withPending.events);
                        model.notes.clear();
                        model.notes.putAll(withPending.notes);
                        cutOffAfterCommit++;
                    }
                    checkIndexes(library, model, before, tag, where);
                }
                checking += System.nanoTime() - t3;
            }
        } finally {
            if (next != null) next.destroyForcibly(); // only after a failure: a child still warming up
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("KillTest%s: %d kills in %.1f s, %d acknowledged edits kept; the kill cut off an edit before its commit %d times,"
                        + " after its commit but before its acknowledgement %d times, and came between edits %d times; library holds %d events, %d notes%n",
                sniffing ? " (child reads its files beside SQLite; another process opened and closed the library " + otherOpens + " times)" : "",
                kills, seconds, acknowledged, cutOffBeforeCommit, cutOffAfterCommit, betweenEdits, model.events.size(), model.notes.size());
        System.out.printf("KillTest: waiting for children to warm up %.1f s, to open the library %.1f s; checking %.1f s%n",
                waitingForWarm / 1e9, waitingForReady / 1e9, checking / 1e9);
        assertThat(acknowledged).as("the children made edits before they were killed").isGreaterThan(kills);
        assertThat(cutOffBeforeCommit).as("some kills landed in the middle of an edit").isGreaterThan(0);
    }

    private static Process startChild(Path file, long seed, String tag, Path out, Path err, String edits) throws IOException {
        return startChild(file, seed, tag, out, err, edits, false);
    }

    private static Process startChild(Path file, long seed, String tag, Path out, Path err, String edits, boolean sniff) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                KillTestWriter.class.getName(), file.toString(), Long.toString(seed), tag, edits));
        if (sniff) command.add("--sniff");
        command.add("--wait-for-go");
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    private static void awaitLine(Process child, String line, Path out, Path err) throws Exception {
        awaitLine(child, line::equals, line, out, err);
    }

    private static void awaitLine(Process child, java.util.function.Predicate<String> wanted, String line, Path out, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (completeLines(out).stream().noneMatch(wanted)) {
            if (!child.isAlive())
                fail("the child ended before it said " + line + " (exit " + child.exitValue() + "):\n" + Files.readString(err));
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("the child did not say " + line + " within 60 s:\n" + Files.readString(err));
            }
            Thread.sleep(5);
        }
    }

    /** The lines the child finished writing; a line cut off by the kill is not an acknowledgement. */
    static List<String> completeLines(Path out) throws IOException {
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) return List.of();
        return List.of(text.substring(0, end).split("\n"));
    }

    private static Model readBack(Library library) {
        return library.read(c -> {
            Model m = new Model();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, title FROM event")) {
                    while (rs.next()) m.events.put(rs.getLong(1), rs.getString(2));
                }
                try (ResultSet rs = st.executeQuery("SELECT id, record_id, text FROM note WHERE record_kind = 'EVENT'")) {
                    while (rs.next()) m.notes.put(rs.getLong(1), new NoteRow(rs.getLong(2), rs.getString(3)));
                }
            }
            return m;
        });
    }

    private static boolean sameContent(Model a, Model b) { return a.events.equals(b.events) && a.notes.equals(b.notes); }

    /** The model with the cut-off edit applied whole, its new ids taken from what the library holds. */
    private static Model applyPending(Model model, String intent, Model actual, String where) {
        Model m = model.copy();
        String[] f = intent.split(" ", 4);
        List<Long> newEvents = new ArrayList<>(actual.events.keySet());
        newEvents.removeAll(model.events.keySet());
        switch (f[1]) {
            case "create" -> {
                if (newEvents.size() != 1) fail("expected one new event from " + intent + " " + where + ", found " + newEvents);
                m.events.put(newEvents.get(0), f[3]);
            }
            case "update" -> m.events.put(Long.parseLong(f[2]), f[3]);
            case "delete" -> m.delete(Model.ids(f[2]));
            case "undo" -> m.undo(intent);
            case "note" -> {
                List<Long> newNotes = new ArrayList<>(actual.notes.keySet());
                newNotes.removeAll(model.notes.keySet());
                if (newNotes.size() != 1) fail("expected one new note from " + intent + " " + where + ", found " + newNotes);
                String[] g = intent.split(" ", 4);
                m.notes.put(newNotes.get(0), new NoteRow(Long.parseLong(g[2]), g[3]));
            }
            case "batch" -> {
                int n = Integer.parseInt(f[2]);
                if (newEvents.size() != n) fail("expected " + n + " new events from " + intent + " " + where + ", found " + newEvents.size());
                for (int i = 0; i < n; i++) m.events.put(newEvents.get(i), f[3] + " " + (i + 1));
            }
            default -> fail("unknown intent " + intent);
        }
        return m;
    }

    private static String describeDiff(Model expected, Model actual) {
        StringBuilder sb = new StringBuilder();
        for (var e : expected.events.entrySet())
            if (!Objects.equals(actual.events.get(e.getKey()), e.getValue()))
                sb.append("\n  event ").append(e.getKey()).append(": expected ").append(e.getValue()).append(", found ")
                        .append(actual.events.get(e.getKey()));
        for (var e : actual.events.entrySet())
            if (!expected.events.containsKey(e.getKey())) sb.append("\n  unexpected event ").append(e.getKey()).append(": ").append(e.getValue());
        for (var e : expected.notes.entrySet())
            if (!Objects.equals(actual.notes.get(e.getKey()), e.getValue()))
                sb.append("\n  note ").append(e.getKey()).append(": expected ").append(e.getValue()).append(", found ")
                        .append(actual.notes.get(e.getKey()));
        for (var e : actual.notes.entrySet())
            if (!expected.notes.containsKey(e.getKey())) sb.append("\n  unexpected note ").append(e.getKey()).append(": ").append(e.getValue());
        return sb.length() > 4000 ? sb.substring(0, 4000) + "…" : sb.toString();
    }

    /**
     * SQLite's integrity check, the search index's own check, foreign keys, the time index, and
     * the search index's agreement with the rows: each event written in this cycle is found by its
     * unique word (and each note by its own), and an event renamed in this cycle is no longer
     * found by its old word.
     */
    private static void checkIndexes(Library library, Model model, Model before, String tag, String where) {
        library.read(c -> {
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("integrity_check " + where).isEqualTo("ok");
                }
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).as("foreign_key_check finds nothing " + where).isFalse();
                }
                st.execute("INSERT INTO event_fts (event_fts) VALUES ('integrity-check')"); // throws if the index is damaged
                // The R*Tree holds exactly the long events (V80), with their spans.
                try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM event_span),"
                        + " (SELECT count(*) FROM event WHERE end_day - start_day > 1),"
                        + " (SELECT count(*) FROM event e JOIN event_span s ON s.id = e.id"
                        + "   WHERE s.first_day = e.start_day AND s.last_day = e.end_day - 1 AND e.end_day - e.start_day > 1)")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("one time-index row per long event " + where)
                            .isEqualTo(rs.getLong(2)).isEqualTo(rs.getLong(3));
                }
                Set<Long> indexed = new TreeSet<>();
                try (ResultSet rs = st.executeQuery("SELECT rowid FROM event_fts")) {
                    while (rs.next()) indexed.add(rs.getLong(1));
                }
                assertThat(indexed).as("one search-index row per event " + where).isEqualTo(model.events.keySet());
            }
            try (PreparedStatement find = c.prepareStatement("SELECT rowid FROM event_fts WHERE event_fts MATCH ?")) {
                for (Map.Entry<Long, String> e : model.events.entrySet()) {
                    String word = uniqueWord(e.getValue(), tag);
                    if (word == null) continue;
                    List<Long> found = matches(find, word);
                    // A batch's events share their word; every other title's word is its own.
                    if (word.contains("b")) assertThat(found).as("search for " + word + " " + where).contains(e.getKey());
                    else assertThat(found).as("search for " + word + " " + where).containsExactly(e.getKey());
                }
                for (Map.Entry<Long, String> e : before.events.entrySet()) {
                    String now = model.events.get(e.getKey());
                    String oldWord = uniqueWord(e.getValue(), null);
                    if (now != null && !now.equals(e.getValue()) && oldWord != null)
                        assertThat(matches(find, oldWord)).as("old title word " + oldWord + " " + where).doesNotContain(e.getKey());
                }
                for (Map.Entry<Long, NoteRow> n : model.notes.entrySet()) {
                    String word = uniqueWord(n.getValue().text(), tag);
                    if (word != null) assertThat(matches(find, word)).as("note word " + word + " " + where).contains(n.getValue().eventId());
                }
            }
            return null;
        });
    }

    /**
     * The word like "k12x345" (a title), "k12b346" (a batch) or "k12n347" (a note) that the child
     * tagged {@code tag} (any child when null) wrote into {@code text}.
     */
    private static String uniqueWord(String text, String tag) {
        String pattern = (tag == null ? "k\\d+" : tag) + "[xnb]\\d+";
        for (String w : text.split("[ :]+")) if (w.matches(pattern)) return w;
        return null;
    }

    private static List<Long> matches(PreparedStatement find, String word) throws java.sql.SQLException {
        find.setString(1, "\"" + word + "\"");
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = find.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    @Test
    void aFirstRunKilledWhileCreatingTheLibraryLeavesNoLibraryOrAWholeOne() throws Exception {
        Random random = new Random(SEED + 1);
        int expectedEvents = LibraryService.starter().events().size();
        int leftNone = 0, leftWhole = 0;
        for (int i = 0; i < 8; i++) {
            Path file = dir.resolve("first-run-" + i).resolve("Entente library.db");
            Path out = dir.resolve("create-" + i + ".out"), err = dir.resolve("create-" + i + ".err");
            Process child = startChild(file, 0, "c" + i, out, err, "create");
            awaitLine(child, "warm", out, err);
            child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            Thread.sleep(random.nextInt(1500));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean finished = completeLines(out).contains("created");
            // A child that printed its last line may still be killed on its way out (137); one that did not was killed.
            if (finished) assertThat(child.exitValue()).as("finished, then exited or was killed on its way out").isIn(0, 137);
            else assertThat(child.exitValue()).as("killed before it finished").isEqualTo(137);
            if (Files.exists(file)) {
                leftWhole++;
                try (Library library = Library.open(file)) {
                    assertThat(library.wasCreated()).isFalse();
                    assertThat(library.counts().events()).as("a library left by a killed first run is whole").isEqualTo(expectedEvents);
                    assertThat(library.info(LibraryService.SEEDED_WITH)).contains("starter");
                }
            } else {
                leftNone++;
                assertThat(finished).isFalse();
                try (Library library = LibraryService.openOrCreateWithStarter(file)) {
                    assertThat(library.wasCreated()).as("the next start creates it again").isTrue();
                    assertThat(library.counts().events()).isEqualTo(expectedEvents);
                }
            }
        }
        System.out.printf("KillTest: 8 first runs killed: %d left no library, %d a whole one%n", leftNone, leftWhole);
        assertThat(leftNone).as("some kills came while the library was being made").isGreaterThan(0);
    }

    /**
     * A library from the first release, opened by this build and killed while it is backed up
     * and migrated: each kill leaves the old library (migrated at the next open) or the migrated
     * one, every event in it, and no backup that is listed but not whole.
     */
    @Test
    void aMigrationKilledMidwayLeavesTheOldLibraryOrTheMigratedOneWithEveryEvent() throws Exception {
        Random random = new Random(SEED + 2);
        int events = 20_000;
        Path original = dir.resolve("first-release.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + original);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + original)) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("INSERT INTO event (title, when_text, start_day, end_day, category) VALUES (?, '2020', ?, ?, 'other')")) {
                for (int i = 0; i < events; i++) {
                    ps.setString(1, "Tô Lâm " + i);
                    ps.setLong(2, 18262 + i % 300);
                    ps.setLong(3, 18263 + i % 300 + (i % 3) * 40);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        int leftOld = 0, leftMigrated = 0;
        for (int i = 0; i < 8; i++) {
            Path file = Files.createDirectories(dir.resolve("migrate-" + i)).resolve("library.db");
            Files.copy(original, file);
            Path out = dir.resolve("migrate-" + i + ".out"), err = dir.resolve("migrate-" + i + ".err");
            Process child = startChild(file, 0, "m" + i, out, err, "migrate");
            awaitLine(child, "warm", out, err);
            child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            Thread.sleep(random.nextInt(800)); // the kill's random moment, not a wait for something
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean finished = completeLines(out).contains("migrated");
            // A child that printed its last line may still be killed on its way out (137); one that did not was killed.
            if (finished) assertThat(child.exitValue()).as("finished, then exited or was killed on its way out").isIn(0, 137);
            else assertThat(child.exitValue()).as("killed before it finished").isEqualTo(137);
            String versionAfterKill;
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT max(version + 0) FROM flyway_schema_history WHERE success = 1")) {
                rs.next();
                versionAfterKill = rs.getString(1);
            }
            if (versionAfterKill.equals("1")) leftOld++;
            else leftMigrated++;
            for (org.entente.store.LibraryBackups.Backup b : org.entente.store.LibraryBackups.list(file))
                assertThat(org.entente.store.LibraryBackups.preview(b).events()).as("a listed backup is whole").isEqualTo(events);
            try (Library library = Library.open(file)) {
                assertThat(library.counts().events()).isEqualTo(events);
                String integrity = library.read(c -> {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(integrity).isEqualTo("ok");
            }
        }
        System.out.printf("KillTest: 8 migrations killed: %d left the old library, %d the migrated one%n", leftOld, leftMigrated);
        assertThat(leftOld).as("some kills came before the migration committed").isGreaterThan(0);
    }

    /**
     * Issue #15: a large import commits its events and leaves their search index to be built
     * afterwards, in batches. Killed at random while it builds, the library stays whole, the
     * events indexed are exactly those before the recorded backlog (or all), and the next open
     * finishes the index: every event is then found, and nothing is indexed twice.
     */
    @Test
    void aSearchIndexKilledWhileItIsBuiltIsFinishedByTheNextOpenAndFindsEveryEvent() throws Exception {
        Random random = new Random(SEED + 3);
        int events = 60_000;
        Path original = dir.resolve("backlog.db");
        try (Library library = Library.open(original)) {
            library.bulkInsert(new org.entente.app.synthetic.SyntheticLibrary(31, events).iterator(), events, "import:kill", null, null, 0);
            assertThat(library.searchBacklog()).isPresent();
        }
        int leftPart = 0, leftNone = 0;
        for (int i = 0; i < 6; i++) {
            Path file = Files.createDirectories(dir.resolve("index-" + i)).resolve("library.db");
            Files.copy(original, file);
            Path out = dir.resolve("index-" + i + ".out"), err = dir.resolve("index-" + i + ".err");
            Process child = startChild(file, 0, "i" + i, out, err, "index");
            awaitLine(child, "warm", out, err);
            child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();
            awaitLine(child, "indexing", out, err);
            Thread.sleep(random.nextInt(2500)); // the kill's random moment, not a wait for something
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean finished = completeLines(out).contains("indexed");
            try (Library library = Library.open(file)) {
                java.util.Optional<org.entente.store.SearchBacklog> backlog = library.searchBacklog();
                if (backlog.isPresent()) leftPart++;
                else leftNone++;
                // Only one way: a kill between the last batch's commit and the child's "indexed" line
                // leaves no backlog from a build that did not say it finished (seen once in a full run).
                if (finished) assertThat(backlog).as("a finished build leaves no backlog").isEmpty();
                Set<Long> indexed = indexedIds(library), ids = eventIds(library);
                assertThat(indexed).as("kill " + i + ": indexed, up to the backlog").isEqualTo(backlog.isEmpty() ? ids
                        : new TreeSet<>(((TreeSet<Long>) ids).headSet(backlog.get().firstId())));
                checkIntegrity(library);
                assertThat(library.indexSearchBacklog(null, null)).isTrue();
                assertThat(library.searchBacklog()).isEmpty();
                assertThat(indexedIds(library)).isEqualTo(ids);
                checkIntegrity(library);
                for (long id = 1; id <= events; id += events / 20) {
                    String title = library.events().byId(id).orElseThrow().title();
                    long wanted = id;
                    assertThat(library.events().search(title, 100_000)).as(title).anyMatch(h -> h.event().id() == wanted);
                }
            }
        }
        System.out.printf("KillTest: 6 search-index builds killed: %d left part of the backlog, %d none%n", leftPart, leftNone);
        assertThat(leftPart).as("some kills came while the index was being built").isGreaterThan(0);
    }

    private static Set<Long> indexedIds(Library library) {
        return library.read(c -> {
            Set<Long> ids = new TreeSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rowid FROM event_fts")) {
                while (rs.next()) assertThat(ids.add(rs.getLong(1))).as("indexed once").isTrue();
            }
            return ids;
        });
    }

    private static Set<Long> eventIds(Library library) {
        return library.read(c -> {
            Set<Long> ids = new TreeSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM event")) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    private static void checkIntegrity(Library library) {
        library.read(c -> {
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                st.execute("INSERT INTO event_fts (event_fts) VALUES ('integrity-check')"); // throws if the index is damaged
            }
            return null;
        });
    }

    @Test
    void onlyFinishedLinesCount() throws IOException {
        Path out = dir.resolve("partial.out");
        Files.writeString(out, "ready\nintent create - Tô Lâm k0x1\nack create 7 Tô Lâm k0x1\nack crea", StandardCharsets.UTF_8);
        assertThat(completeLines(out)).containsExactly("ready", "intent create - Tô Lâm k0x1", "ack create 7 Tô Lâm k0x1");
        assertThat(new HashSet<>(completeLines(dir.resolve("partial.out")))).hasSize(3);
    }
}
