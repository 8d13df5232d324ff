package org.entente.model;

/** A record's citation of a source, with an optional locator such as a page or paragraph. */
public record Citation(Source source, String locator) {
    public Citation {
        if (source == null) throw new IllegalArgumentException("a citation needs a source");
        locator = Source.blankToNull(locator);
    }

    public static Citation of(Source source) { return new Citation(source, null); }
}
