package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The app starts through a command line without the subcommands (start-up, #13): it must read the
 * app's arguments as the whole command line does, be chosen only for arguments that start the app,
 * and report a usage error with the whole command's usage.
 */
class EntenteCommandLinesTest {
    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    @Test
    void theNamesThatDoNotStartTheAppAreTheSubcommandsAndTheHelpAndVersionOptions() {
        var expected = new java.util.TreeSet<>(EntenteCommand.commandLine().getSubcommands().keySet());
        expected.addAll(java.util.List.of("-h", "--help", "-V", "--version"));
        assertThat(new java.util.TreeSet<>(EntenteCommand.NOT_THE_APP)).isEqualTo(expected);
    }

    @Test
    void onlyArgumentsWithoutASubcommandHelpVersionShortOptionOrArgumentFileStartTheApp() {
        assertThat(EntenteCommand.startsTheApp()).isTrue();
        assertThat(EntenteCommand.startsTheApp("/home/lan/bamboo.entente")).isTrue();
        assertThat(EntenteCommand.startsTheApp("--library", "/tmp/a.db", "--language", "vi", "--measure-startup")).isTrue();
        assertThat(EntenteCommand.startsTheApp("--library=/tmp/a.db")).isTrue();
        assertThat(EntenteCommand.startsTheApp("-")).isTrue();

        assertThat(EntenteCommand.startsTheApp("--library", "/tmp/a.db", "export", "--format", "csv")).isFalse();
        assertThat(EntenteCommand.startsTheApp("screenshots", "--out", "/tmp/s")).isFalse();
        assertThat(EntenteCommand.startsTheApp("--help")).isFalse();
        assertThat(EntenteCommand.startsTheApp("-hV")).isFalse();
        assertThat(EntenteCommand.startsTheApp("@/tmp/arguments.txt")).isFalse();
    }

    @Test
    void theAppsCommandLineReadsTheAppsArgumentsAsTheWholeOneDoes() {
        String[][] cases = {
                {},
                {"/home/lan/bamboo.entente"},
                {"--library", "/home/lan/a.db", "--measure-startup"},
                {"--library=/home/lan/a.db", "--language", "vi"},
        };
        for (String[] args : cases) {
            CommandLine app = EntenteCommand.appCommandLine();
            CommandLine whole = EntenteCommand.commandLine();
            app.parseArgs(args);
            whole.parseArgs(args);
            EntenteCommand a = app.getCommand(), w = whole.getCommand();
            assertThat(a.library()).as(String.join(" ", args)).isEqualTo(w.library());
            assertThat(a.measureStartup).as(String.join(" ", args)).isEqualTo(w.measureStartup);
        }
        CommandLine app = EntenteCommand.appCommandLine();
        app.parseArgs("/home/lan/bamboo.entente");
        assertThat(((EntenteCommand) app.getCommand()).library()).isEqualTo(Path.of("/home/lan/bamboo.entente"));
        assertThat(app.getSubcommands()).isEmpty();
    }

    @Test
    void aUsageErrorOfTheAppsCommandLineIsReportedAsTheWholeOneReportsIt() {
        String[][] mistakes = {{"a", "b"}, {"--library"}, {"--libary", "/tmp/a.db"}, {"--language", "xx"}};
        for (String[] args : mistakes) {
            String[] app = run(EntenteCommand.appCommandLine(), args), whole = run(EntenteCommand.commandLine(), args);
            assertThat(app).as(String.join(" ", args)).isEqualTo(whole);
            assertThat(app[0]).as(String.join(" ", args)).isEqualTo("2");
        }
        // The usage shown after an unmatched argument lists the subcommands.
        assertThat(run(EntenteCommand.appCommandLine(), "a", "b")[1]).contains("[COMMAND]").contains("export").contains("screenshots");
    }

    /** The exit code, the error stream and the output of {@code cl} run on {@code args}. */
    private static String[] run(CommandLine cl, String... args) {
        StringWriter err = new StringWriter(), out = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), err.toString(), out.toString()};
    }
}
