package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.store.Library;

/** Checks on the {@code --library} a command was given, before anything opens it. */
final class LibraryArgument {
    private LibraryArgument() {}

    /**
     * Why {@code library} cannot be used, or null. A 0-byte file is refused rather than filled:
     * it may be a library that was cut short, or a name given by mistake, and seeding it would
     * hide that.
     */
    static String refusal(Path library) {
        try {
            if (Files.isRegularFile(library) && Files.size(library) == 0)
                return I18n.t("cli.library.empty-file", library);
        } catch (IOException e) {
            return I18n.t("cli.library.unreadable", library, e.getMessage());
        }
        return null;
    }

    /**
     * Why a command that reads an existing library (to export, measure, replay it) cannot use
     * {@code library}, or null: it does not exist ({@code whenMissing}, the command's own words),
     * or {@link #refusal} refuses it.
     */
    static String unusable(Path library, String whenMissing) {
        if (!Files.exists(library)) return whenMissing;
        return refusal(library);
    }

    /**
     * A library to preview against when {@code library} does not exist yet: a new one seeded
     * with the starter library, as the real import would make, but in a scratch folder of its
     * own, so that a dry run creates nothing where the user looks. Closing it removes the folder.
     */
    static final class Scratch implements AutoCloseable {
        private final Path folder;
        final Library library;

        Scratch() throws IOException {
            folder = Files.createTempDirectory("entente-dry-run-");
            library = LibraryService.openOrCreateWithStarter(folder.resolve("library.db"));
        }

        @Override
        public void close() {
            library.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException e) {
                // a scratch folder in the temporary directory: the system clears it
            }
        }
    }
}
