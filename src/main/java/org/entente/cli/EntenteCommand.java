package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.app.LibraryLocations;
import org.entente.i18n.I18n;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.LaunchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente [--library PATH] [--language en|vi]}: the app, and its command line as
 * subcommands. Its texts, usage help included, are in the interface language: the system's, or
 * the one {@code --language} asks for ({@link HelpTexts}). Option names, metavariables (PATH, FILE)
 * and the CSV that {@code measure} prints are the same in every language.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = EntenteCommand.Version.class,
        resourceBundle = "org.entente.cli.HelpTexts")
public final class EntenteCommand implements Callable<Integer> {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ScreenshotCommand.class, ScreenshotsCommand.class,
            ImportCommand.class, ExportCommand.class, BackupsCommand.class, DatasetsCommand.class, MeasureCommand.class,
            ReplayCommand.class);

    /** {@code entente} with every subcommand: the command line as its help describes it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EntenteCommand());
        for (Class<?> subcommand : SUBCOMMANDS) cl.addSubcommand(subcommand);
        return cl;
    }

    @Spec CommandSpec spec;

    @Option(names = "--library", paramLabel = "PATH", scope = picocli.CommandLine.ScopeType.INHERIT,
            descriptionKey = "cli.help.entente.library")
    Path library = LibraryLocations.defaultLibrary();

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "LIBRARY", descriptionKey = "cli.help.entente.library-argument")
    Path libraryArgument;

    @Option(names = "--measure-startup", descriptionKey = "cli.help.entente.measure-startup")
    boolean measureStartup;

    /**
     * {@code --language en|vi}: the language of this run, whatever the system's is and whatever the
     * app's Language menu remembers. Set while the arguments are parsed, so every text after them
     * (a subcommand's, the help's, the app's) is in it.
     */
    @Option(names = "--language", paramLabel = "en|vi", scope = picocli.CommandLine.ScopeType.INHERIT,
            descriptionKey = "cli.help.entente.language")
    void language(String tag) {
        Locale requested = AppArguments.language(tag);
        if (requested == null) throw new ParameterException(spec.commandLine(), I18n.t("cli.language.unknown", tag));
        I18n.fixLocale(requested);
    }

    @Override
    public Integer call() {
        return EntenteApp.launch(new LaunchOptions(library(), measureStartup, null));
    }

    /** The library chosen on the command line, for subcommands. */
    public Path library() { return libraryArgument != null ? libraryArgument : library; }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EntenteCommand.class.getPackage().getImplementationVersion();
            return new String[] {I18n.t("cli.version", v == null ? I18n.t("cli.version.development") : v)};
        }
    }
}
