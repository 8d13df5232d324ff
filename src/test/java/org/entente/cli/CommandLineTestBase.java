package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs {@code entente} in this JVM as a user would type it, keeping what it printed. */
abstract class CommandLineTestBase {
    /** What the last {@link #run} printed to standard output and standard error. */
    StringWriter out, err;

    /** Runs {@code entente ARGS…} and returns its exit code. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = EntenteCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
