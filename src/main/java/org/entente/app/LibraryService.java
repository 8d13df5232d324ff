package org.entente.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.entente.model.LibraryContent;
import org.entente.store.Library;

/** Opens libraries for the app and the command line, seeding new ones with the starter library. */
public final class LibraryService {
    private static final Logger LOG = Logger.getLogger(LibraryService.class.getName());

    /** library_info key recording which starter library seeded the file. */
    public static final String SEEDED_WITH = "seeded_with";

    private LibraryService() {}

    /**
     * Opens {@code file}; when this creates it, loads {@code seed} into it in one transaction.
     * A library that was created but whose seeding failed is left empty (and says so in the log)
     * rather than half-filled.
     */
    public static Library openOrCreate(Path file, Supplier<LibraryContent> seed, String seedName) {
        Library library = Library.open(file);
        if (library.wasCreated()) {
            LibraryContent content = seed.get();
            if (content.size() > 0) {
                library.importContent(content, "starter");
                library.setInfo(SEEDED_WITH, seedName);
                LOG.info(() -> "Seeded new library " + file + " with " + seedName);
            }
        }
        return library;
    }

    /** The starter library: "Vietnam's bamboo diplomacy, 2008–2024". */
    public static LibraryContent starter() {
        return StarterContent.read();
    }
}
