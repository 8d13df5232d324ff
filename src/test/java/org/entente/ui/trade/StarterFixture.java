package org.entente.ui.trade;

import java.nio.file.Path;

import org.entente.exchange.starter.StarterLibrary;
import org.entente.store.Library;

/** A real SQLite library holding the starter library, as a user gets it. */
final class StarterFixture {
    private StarterFixture() {}

    static Library create(Path file) {
        Library library = Library.open(file);
        library.importContent(StarterLibrary.read(), StarterLibrary.ORIGIN);
        return library;
    }
}
