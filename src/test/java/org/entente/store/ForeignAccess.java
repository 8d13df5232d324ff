package org.entente.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What other code does to a library's files in tests of ADR 0008: a plain open, read and close
 * of the files beside SQLite in this process (as a file dialog sniffing types, a checksum or a
 * header check does), and another process that opens the library with SQLite and closes it (as
 * the {@code sqlite3} shell or another program does), which checkpoints and removes the
 * write-ahead log when it sees no other connection's locks.
 */
public final class ForeignAccess {
    private ForeignAccess() {}

    /** Reads the first 4 KiB of the library and of its side files with plain file IO, then closes them. */
    public static void sniff(Path library) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = Path.of(library + suffix);
            if (!Files.isRegularFile(p)) continue;
            try (InputStream in = Files.newInputStream(p)) {
                in.readNBytes(4096);
            }
        }
    }

    /** Whether this process holds a POSIX lock on {@code file} (Linux), or null where the system does not say. */
    public static Boolean holdsLock(Path file) {
        Set<Long> locked = FileLocks.lockedInodes().orElse(null);
        if (locked == null) return null;
        return FileLocks.inode(file).map(locked::contains).orElse(false);
    }

    /** The number of events another process reads from the library, after which it closes its connection. */
    public static long eventsSeenByAnotherProcess(Path library) throws IOException, InterruptedException {
        return Long.parseLong(anotherProcessReads(library, "SELECT count(*) FROM event"));
    }

    /**
     * The first column of the first row (or "-" for none) of {@code sql} as another process reads
     * it from the library, after which it closes its connection.
     */
    public static String anotherProcessReads(Path library, String sql) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ForeignAccess.class.getName(), library.toString(), sql))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = r.readLine();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the other process did not finish");
        }
        if (p.exitValue() != 0 || out == null) throw new IllegalStateException("the other process failed with exit " + p.exitValue());
        return out;
    }

    /** A plain SQLite connection (no Entente code) opened, read and closed: the first column of the first row, or "-". */
    public static String readWithSqlite(Path library, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "-";
        }
    }

    /** The other process: prints what {@link #readWithSqlite} reads from the library (argument 1) with the query (argument 2). */
    public static void main(String[] args) throws Exception {
        String value = readWithSqlite(Path.of(args[0]), args[1]);
        OutputStream out = System.out;
        out.write((value.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
