package org.entente.app;

import java.io.IOException;
import java.nio.file.Path;

import org.entente.i18n.I18n;
import org.entente.store.Library;

/**
 * Keeps imports and exports off the files of an open library (ADR 0008): reading one beside
 * SQLite would drop the library's locks, and an export moved over one would destroy it.
 */
public final class OpenLibraryFiles {
    private OpenLibraryFiles() {}

    /** The message for a file that is a library open in Entente, or one of its side files. */
    public static String refusal(Path file) {
        return I18n.t("exchange.open-library-file", file);
    }

    /** Throws when {@code target} is a library open in this process or one of its side files. */
    public static void refuseAsExportTarget(Path target) throws IOException {
        if (Library.isOpenLibraryFile(target)) throw new IOException(refusal(target));
    }
}
