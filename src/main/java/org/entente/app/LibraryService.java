package org.entente.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleLink;
import org.entente.exchange.bundle.BundleNote;
import org.entente.exchange.starter.StarterLibrary;
import org.entente.model.LibraryContent;
import org.entente.store.Library;

/** Opens libraries for the app and the command line, seeding new ones with the starter library. */
public final class LibraryService {
    private static final Logger LOG = Logger.getLogger(LibraryService.class.getName());

    /** library_info key recording which starter library seeded the file. */
    public static final String SEEDED_WITH = "seeded_with";

    private LibraryService() {}

    /**
     * Opens {@code file}; when this creates it, loads {@code seed} into it in one transaction
     * before the new file appears under its name (see {@link Library#open(Path, java.util.function.Consumer)}):
     * a first run that is killed or fails while seeding leaves no library, and the next start
     * creates and seeds it again, rather than opening an empty or half-filled one.
     */
    public static Library openOrCreate(Path file, Supplier<Bundle> seed, String seedName) {
        return Library.open(file, library -> {
            Bundle bundle = seed.get();
            if (bundle.content().size() > 0) {
                library.write(c -> {
                    store(library, bundle, "starter");
                    library.setInfo(SEEDED_WITH, seedName);
                    return null;
                });
                LOG.info(() -> "Seeded new library " + file + " with " + seedName);
            }
        });
    }

    /** The starter library's records: "Vietnam's bamboo diplomacy, 2008–2024". */
    public static LibraryContent starter() {
        return StarterLibrary.read();
    }

    /** Opens {@code file}, creating it empty if it does not exist. */
    public static Library openOrCreateEmpty(Path file) {
        return openOrCreate(file, () -> Bundle.of(LibraryContent.empty()), "empty");
    }

    /** Opens {@code file}, seeding it with the starter library if this creates it. */
    public static Library openOrCreateWithStarter(Path file) {
        return openOrCreate(file, StarterLibrary::readBundle, "starter");
    }

    /**
     * Stores a whole bundle (records, then the notes and links that refer to its events) in one
     * transaction, or joins the caller's.
     *
     * @return the ids given to the bundle's events, in bundle order
     */
    public static List<Long> store(Library library, Bundle bundle, String origin) {
        return library.write(c -> {
            List<Long> ids = library.importContent(bundle.content(), origin);
            Map<String, Long> idByKey = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) idByKey.put(bundle.eventKey(i), ids.get(i));
            for (BundleLink link : bundle.links())
                library.links().save(link.toEventLink(idByKey.get(link.fromEvent()), idByKey.get(link.toEvent())));
            for (BundleNote note : bundle.notes())
                library.notes().save(note.toNote(idByKey.get(note.eventKey())));
            return ids;
        });
    }
}
