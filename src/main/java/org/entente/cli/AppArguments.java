package org.entente.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.entente.app.LibraryLocations;
import org.entente.i18n.I18n;

/**
 * The app's own arguments as a desktop and a person type them, read without picocli: nothing, a
 * library file, {@code --library PATH}, {@code --language en|vi} and {@code --measure-startup}.
 *
 * <p>Why not picocli here: picocli is compiled for Java 5, and the JDK's class-data archive cannot
 * hold classes that old, so every start loaded its 170 classes from the jar and checked them with
 * the old verifier, about a quarter of a second of CPU beside the toolkit's start
 * (docs/decisions/0023). Whatever is not one of those plain forms (a mistake, a repeated option,
 * {@code --}, any other option) is left to picocli, so its messages and usage stay the only ones,
 * and {@code AppArgumentsTest} checks that every reading here is picocli's.
 *
 * @param library        the library to open
 * @param measureStartup {@code --measure-startup}
 * @param language       the language {@code --language} asks for, or null
 */
public record AppArguments(Path library, boolean measureStartup, Locale language) {

    /**
     * The subcommands' names, and the help and version options: the arguments that do not start the
     * app. Kept as names, not read from the commands' annotations, so that telling costs nothing at
     * start-up ({@code AppArgumentsTest} checks they agree).
     */
    static final Set<String> NOT_THE_APP = Set.of("screenshot", "screenshots", "import", "export", "backups",
            "datasets", "measure", "replay", "-h", "--help", "-V", "--version");

    /**
     * Whether these arguments start the app: no subcommand, no help or version asked, no short
     * options (the app has none; {@code -hV} is help and version clustered) and no {@code @file} of
     * arguments (it could name a subcommand).
     */
    public static boolean startTheApp(String... args) {
        for (String arg : args) {
            if (NOT_THE_APP.contains(arg) || arg.startsWith("@") || (arg.startsWith("-") && !arg.startsWith("--") && arg.length() > 1)) return false;
        }
        return true;
    }

    /** These arguments read as picocli would read them, or null to leave them to picocli. */
    public static AppArguments read(String... args) {
        Path option = null, positional = null;
        boolean measure = false;
        Locale language = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String attached = name.equals(arg) ? null : arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "--measure-startup" -> {
                    if (measure || attached != null) return null;
                    measure = true;
                }
                case "--library", "--language" -> {
                    String value = attached;
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("-")) return null;
                        value = args[++i];
                    }
                    // picocli refuses a value that looks like an option or names a subcommand, attached or not.
                    if (value.startsWith("-") || NOT_THE_APP.contains(value)) return null;
                    if (name.equals("--library")) {
                        if (option != null || (option = path(value)) == null) return null;
                    } else if (language != null || (language = language(value)) == null) return null;
                }
                default -> {
                    if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@") || positional != null) return null;
                    if ((positional = path(arg)) == null) return null;
                }
            }
        }
        Path library = positional != null ? positional : option != null ? option : LibraryLocations.defaultLibrary();
        return new AppArguments(library, measure, language);
    }

    private static Path path(String text) {
        if (text.isEmpty()) return null;
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The language {@code tag} asks for if Entente has it, as {@code EntenteCommand}'s option reads it, else null. */
    static Locale language(String tag) {
        Locale requested = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return I18n.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(requested.getLanguage())) ? requested : null;
    }
}
