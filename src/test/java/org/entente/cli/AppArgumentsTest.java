package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The app's plain arguments are read without picocli at start-up ({@link AppArguments}): every
 * reading it makes must be the one picocli makes of the same arguments, and it must take the forms
 * a desktop and the benchmarks use.
 */
class AppArgumentsTest {
    private static final String[] TOKENS = {"--library", "/tmp/a.db", "--library=/tmp/b.db", "--measure-startup", "--language",
            "vi", "en", "xx", "--language=vi", "--language=xx", "/home/lan/Tô Lâm.entente", "--", "-", "--measure-startup=true",
            "--library=", "", "--bogus", "@args.txt", "export", "-h", "--library=export", "--library=-h", "--library=--",
            "--language=--help"};

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    @Test
    void theNamesThatDoNotStartTheAppAreTheSubcommandsAndTheHelpAndVersionOptions() {
        var expected = new java.util.TreeSet<>(EntenteCommand.commandLine().getSubcommands().keySet());
        expected.addAll(List.of("-h", "--help", "-V", "--version"));
        assertThat(new java.util.TreeSet<>(AppArguments.NOT_THE_APP)).isEqualTo(expected);
    }

    @Test
    void onlyArgumentsWithoutASubcommandHelpVersionShortOptionOrArgumentFileStartTheApp() {
        assertThat(AppArguments.startTheApp()).isTrue();
        assertThat(AppArguments.startTheApp("/home/lan/bamboo.entente")).isTrue();
        assertThat(AppArguments.startTheApp("--library", "/tmp/a.db", "--language", "vi", "--measure-startup")).isTrue();
        assertThat(AppArguments.startTheApp("-")).isTrue();

        assertThat(AppArguments.startTheApp("--library", "/tmp/a.db", "export", "--format", "csv")).isFalse();
        assertThat(AppArguments.startTheApp("screenshots", "--out", "/tmp/s")).isFalse();
        assertThat(AppArguments.startTheApp("--help")).isFalse();
        assertThat(AppArguments.startTheApp("-hV")).isFalse();
        assertThat(AppArguments.startTheApp("@/tmp/arguments.txt")).isFalse();
    }

    @Test
    void theFormsADesktopAndTheBenchmarksUseAreReadWithoutPicocli() {
        assertThat(AppArguments.read()).isEqualTo(new AppArguments(org.entente.app.LibraryLocations.defaultLibrary(), false, null));
        assertThat(AppArguments.read("/home/lan/bamboo.entente").library()).isEqualTo(Path.of("/home/lan/bamboo.entente"));
        assertThat(AppArguments.read("--measure-startup", "--library", "/tmp/a.db"))
                .isEqualTo(new AppArguments(Path.of("/tmp/a.db"), true, null));
        assertThat(AppArguments.read("--library=/tmp/a.db", "--language", "vi").language().getLanguage()).isEqualTo("vi");
    }

    @Test
    void mistakesAndAnythingElseAreLeftToPicocli() {
        assertThat(AppArguments.read("--library")).isNull();
        assertThat(AppArguments.read("--language", "xx")).isNull();
        assertThat(AppArguments.read("a.db", "b.db")).isNull();
        assertThat(AppArguments.read("--measure-startup", "--measure-startup")).isNull();
        assertThat(AppArguments.read("--libary", "/tmp/a.db")).isNull();
        assertThat(AppArguments.read("--", "a.db")).isNull();
    }

    @Test
    void everyReadingIsPicoclisReadingOfTheSameArguments() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[0]);
        for (String a : TOKENS) {
            cases.add(new String[] {a});
            for (String b : TOKENS) {
                cases.add(new String[] {a, b});
                for (String c : TOKENS) cases.add(new String[] {a, b, c});
            }
        }
        Random random = new Random(20261204);
        for (int n = 0; n < 3000; n++) {
            String[] args = new String[4 + random.nextInt(3)];
            for (int i = 0; i < args.length; i++) args[i] = TOKENS[random.nextInt(TOKENS.length)];
            cases.add(args);
        }
        int read = 0;
        for (String[] args : cases) {
            if (!AppArguments.startTheApp(args)) continue;
            AppArguments plain = AppArguments.read(args);
            if (plain == null) continue;
            read++;
            I18n.setLocale(I18n.ENGLISH);
            CommandLine whole = EntenteCommand.commandLine();
            CommandLine.ParseResult result;
            try {
                result = whole.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("read without picocli, refused by picocli: " + String.join(" ", args) + " (" + e.getMessage() + ")");
            }
            EntenteCommand command = whole.getCommand();
            String as = String.join(" ", args);
            assertThat(result.subcommand()).as(as).isNull();
            assertThat(command.library()).as(as).isEqualTo(plain.library());
            assertThat(command.measureStartup).as(as).isEqualTo(plain.measureStartup());
            Locale expected = plain.language() != null ? plain.language() : I18n.ENGLISH;
            assertThat(I18n.locale().getLanguage()).as(as).isEqualTo(expected.getLanguage());
        }
        assertThat(read).as("arguments read without picocli").isGreaterThan(100);
    }
}
