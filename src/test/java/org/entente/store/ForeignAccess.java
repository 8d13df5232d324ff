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
        if (!FileLocks.available()) return null;
        Set<Long> locked;
        try {
            locked = FileLocks.parse(Files.readAllLines(Path.of("/proc/locks")), ProcessHandle.current().pid());
        } catch (IOException e) {
            return null;
        }
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

    /**
     * Another process that, for each query it is given, opens the library with a plain SQLite
     * connection, reads, and closes it again: one JVM start for many opens and closes.
     */
    public static final class OtherProcess implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final java.io.Writer in;

        public OtherProcess(Path library) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), ForeignAccess.class.getName(), library.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** What {@link #readWithSqlite} reads in the other process. */
        public String read(String sql) throws IOException {
            in.write(sql.replace('\n', ' ') + "\n");
            in.flush();
            String answer = out.readLine();
            if (answer == null) throw new IOException("the other process ended");
            if (answer.startsWith("error ")) throw new IOException("the other process failed: " + answer);
            return answer;
        }

        public long events() throws IOException { return Long.parseLong(read("SELECT count(*) FROM event")); }

        @Override
        public void close() throws IOException {
            in.close();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * The other process: prints what {@link #readWithSqlite} reads from the library (argument 1)
     * with the query (argument 2), or, without a query, with each query read from standard input.
     */
    public static void main(String[] args) throws Exception {
        OutputStream out = System.out;
        if (args.length > 1) {
            out.write((readWithSqlite(Path.of(args[0]), args[1]).replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        // Served: one query per line of standard input (OtherProcess).
        BufferedReader queries = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String sql; (sql = queries.readLine()) != null; ) {
            String answer;
            try {
                answer = readWithSqlite(Path.of(args[0]), sql).replace('\n', ' ');
            } catch (SQLException e) {
                answer = "error " + e.getMessage();
            }
            out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
