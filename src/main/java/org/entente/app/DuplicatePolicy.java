package org.entente.app;

/** What to do with an imported record that matches one already in the library. */
public enum DuplicatePolicy {
    /** Leave the library's record as it is and drop the imported one. */
    SKIP("Skip them"),
    /** Replace the library's record with the imported one (same id, so notes and links stay). */
    UPDATE("Update the library's records"),
    /**
     * Add the imported record as well. Trade figures cannot be doubled (one per reporter, partner,
     * year and flow), so for them this means skip.
     */
    KEEP_BOTH("Keep both");

    private final String label;

    DuplicatePolicy(String label) { this.label = label; }

    public String label() { return label; }
}
