package org.entente.app;

import org.entente.model.LibraryContent;

/** Where the starter library comes from (the cited resource read by the exchange layer). */
final class StarterContent {
    private StarterContent() {}

    static LibraryContent read() {
        return LibraryContent.empty();
    }
}
