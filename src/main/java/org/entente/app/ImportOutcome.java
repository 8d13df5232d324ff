package org.entente.app;

import org.entente.i18n.I18n;

/** What an import did: records added, updated and skipped (duplicates kept aside). */
public record ImportOutcome(long added, long updated, long skipped) {
    /** "3 added, 0 updated, 1 skipped", in the interface's language. */
    @Override
    public String toString() {
        return I18n.t("exchange.outcome", added, updated, skipped);
    }
}
