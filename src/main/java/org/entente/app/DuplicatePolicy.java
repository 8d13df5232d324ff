package org.entente.app;

import org.entente.i18n.I18n;

/** What to do with an imported record that matches one already in the library. */
public enum DuplicatePolicy {
    /** Leave the library's record as it is and drop the imported one. */
    SKIP,
    /** Replace the library's record with the imported one (same id, so notes and links stay). */
    UPDATE,
    /**
     * Add the imported record as well. Trade figures cannot be doubled (one per reporter, partner,
     * year and flow), so for them this means skip.
     */
    KEEP_BOTH;

    /** The choice as the import dialog offers it, in the interface's language. */
    public String label() {
        return switch (this) {
            case SKIP -> I18n.t("exchange.duplicates.skip");
            case UPDATE -> I18n.t("exchange.duplicates.update");
            case KEEP_BOTH -> I18n.t("exchange.duplicates.keep-both");
        };
    }
}
