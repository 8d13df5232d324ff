package org.entente.app;

/** What an import did: records added, updated and skipped (duplicates kept aside). */
public record ImportOutcome(long added, long updated, long skipped) {
    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + skipped + " skipped";
    }
}
