package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue #15, defect 10: {@code export --help} says what {@code export} does with a missing library (refuses it). */
class ExportHelpAgreesTest {
    @TempDir Path dir;

    @Test
    void helpAndBehaviourAgreeOnAMissingLibrary() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = EntenteCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("export", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("export needs an existing library");

        Path missing = dir.resolve("missing.db");
        assertThat(cl.execute("export", "--format", "bundle", "--out", dir.resolve("x.json").toString(), "--library", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(missing + " does not exist: there is no library to export");
        assertThat(Files.exists(missing)).isFalse();
    }
}
