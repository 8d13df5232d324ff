package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.entente.app.LibraryService;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatasetsAndMeasureCommandTest {
    @TempDir Path dir;
    StringWriter out, err;

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = EntenteCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void addMeasureAndRemoveTheUnVotes() {
        Path lib = dir.resolve("lib.entente");
        LibraryService.openOrCreateWithStarter(lib).close();
        long eventsBefore;
        try (Library l = Library.open(lib)) {
            eventsBefore = l.counts().events();
        }
        assertThat(run("datasets", "add", "un-votes", "--library", lib.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("6,203 roll calls as events", "870,109 votes");
        assertThat(run("datasets", "add", "un-votes", "--library", lib.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already");
        assertThat(run("datasets", "list", "--library", lib.toString())).isZero();
        assertThat(out.toString()).contains("un-votes\tUN General Assembly votes");

        assertThat(run("measure", "--kind", "un-agreement", "--pair", "VN-RU", "--pair", "Vietnam-United States",
                "--from", "2018", "--to", "2019", "--library", lib.toString())).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("pair,year,value,shared_roll_calls,same_votes,s,kappa,unsure");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("VN-RU,2018,");
        assertThat(lines.get(3)).startsWith("Vietnam-United States,2018,");
        // each row's value is its same votes over its shared roll calls
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(Double.parseDouble(f[2])).isCloseTo(Double.parseDouble(f[4]) / Double.parseDouble(f[3]), org.assertj.core.api.Assertions.within(1e-4));
            assertThat(Integer.parseInt(f[3])).isGreaterThanOrEqualTo(10);
            assertThat(f[7]).isEqualTo("false");
        }

        assertThat(run("measure", "--kind", "trade", "--pair", "VN-RU", "--library", lib.toString())).isZero();
        assertThat(out.toString().lines().findFirst()).hasValue("pair,year,value,figures,unsure");
        assertThat(run("measure", "--kind", "events", "--pair", "VNM-RUS", "--library", lib.toString())).isZero();
        assertThat(out.toString().lines().findFirst()).hasValue("pair,year,value,events,unsure");
        assertThat(run("measure", "--kind", "votes", "--pair", "VN-RU", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown kind \"votes\"");
        assertThat(run("measure", "--kind", "trade", "--pair", "VN-XX", "--library", lib.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--pair \"VN-XX\"");

        assertThat(run("datasets", "remove", "un-votes", "--library", lib.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("6,203 events");
        try (Library l = Library.open(lib)) {
            assertThat(l.counts().events()).isEqualTo(eventsBefore);
        }
        assertThat(run("datasets", "remove", "un-votes", "--library", lib.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not hold");
    }
}
