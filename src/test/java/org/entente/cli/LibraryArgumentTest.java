package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A desktop opens a double-clicked library as `entente FILE`; the file wins over the default library. */
class LibraryArgumentTest {
    private static EntenteCommand parse(String... args) {
        EntenteCommand command = new EntenteCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void aFileArgumentIsTheLibraryToOpen() {
        assertThat(parse("/home/lan/bamboo.entente").library()).isEqualTo(Path.of("/home/lan/bamboo.entente"));
        assertThat(parse("--library", "/home/lan/a.db").library()).isEqualTo(Path.of("/home/lan/a.db"));
        assertThat(parse().library()).isEqualTo(org.entente.app.LibraryLocations.defaultLibrary());
    }

    @Test
    void subcommandsAreStillCommands() {
        CommandLine cl = EntenteCommand.commandLine();
        CommandLine.ParseResult r = cl.parseArgs("--library", "/tmp/x.db", "export", "--format", "csv", "--out", "/tmp/out");
        assertThat(r.subcommand().commandSpec().name()).isEqualTo("export");
        assertThat(((EntenteCommand) cl.getCommand()).library()).isEqualTo(Path.of("/tmp/x.db"));
    }
}
