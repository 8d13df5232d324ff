package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.app.LibraryLocations;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente [--library PATH]}: the app, and its command line as subcommands. */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = EntenteCommand.Version.class,
        description = "Relationship timelines between countries, offline. Without a command, starts the app.",
        subcommands = {ScreenshotCommand.class, ScreenshotsCommand.class, ImportCommand.class, ExportCommand.class,
                BackupsCommand.class, DatasetsCommand.class, MeasureCommand.class, ReplayCommand.class})
public final class EntenteCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "PATH", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Library file to open (default: ${DEFAULT-VALUE}). The app and import create it with the starter library "
                    + "if missing; export needs an existing library.")
    Path library = LibraryLocations.defaultLibrary();

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "LIBRARY",
            description = "Library file to open, as a desktop passes a double-clicked file (same as --library).")
    Path libraryArgument;

    @Option(names = "--measure-startup", description = "Print the time from JVM start to the first frame and to the shown library, then quit.")
    boolean measureStartup;

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
            return new String[] {"Entente " + (v == null ? "(development build)" : v)};
        }
    }
}
