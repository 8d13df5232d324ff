package org.entente.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link LockLossTest}: a writer that can be killed. It opens the library
 * and follows commands on standard input, one per line, answering each when it is done:
 * {@code write KEY VALUE} (one committed write: "ack KEY", or "failed KEY MESSAGE") and
 * {@code sniff} (a plain read of the files beside SQLite: "sniffed").
 */
public final class LockLossWriter {
    private LockLossWriter() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path file = Path.of(args[0]);
        Library library = Library.open(file);
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "write" -> {
                    try {
                        library.setInfo(f[1], f[2]);
                        out.println("ack " + f[1]);
                    } catch (LibraryException e) {
                        out.println("failed " + f[1] + " " + e.getMessage());
                    }
                }
                case "sniff" -> {
                    ForeignAccess.sniff(file);
                    out.println("sniffed");
                }
                default -> out.println("unknown " + line);
            }
        }
        library.close();
    }
}
