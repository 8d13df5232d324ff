package org.entente.model;

import java.time.Instant;

/**
 * Where a stored record came from and when it was made and last changed.
 *
 * @param origin  as stored: {@code "user"}, {@code "starter"} or {@code "import:<file names>"}
 * @param created when it was stored
 * @param updated when it last changed
 */
public record Provenance(String origin, Instant created, Instant updated) {
    public Provenance {
        if (origin == null || origin.isBlank()) origin = "user";
    }

    /** Where it came from, for people: "Starter library", "Imported from a.csv, b.json", "Added by you". */
    public String originText() {
        if (origin.equals("starter")) return "Starter library";
        if (origin.equals("user")) return "Added by you";
        if (origin.startsWith("dataset:")) return "From the dataset " + origin.substring("dataset:".length()) + ", added as a whole";
        if (origin.startsWith("import:")) {
            String files = origin.substring("import:".length()).replace(",", ", ");
            return files.isBlank() ? "Imported" : "Imported from " + files;
        }
        return origin;
    }

    /** Whether it was changed after it was stored. */
    public boolean changedSince() { return updated.isAfter(created); }
}
