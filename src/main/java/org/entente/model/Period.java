package org.entente.model;

/**
 * An era drawn as a background band: a war, a leader's term. Periods may overlap and nest.
 *
 * @param id     the library's id, or 0 when not yet stored
 * @param name   e.g. "Russia's full-scale war on Ukraine"
 * @param when   its span, possibly ongoing
 * @param colour #rrggbb, or null for the theme's choice
 * @param note   a remark or null
 */
public record Period(long id, String name, DateRange when, String colour, String note) {
    public Period {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a period needs a name");
        if (when == null) throw new IllegalArgumentException("a period needs a date range");
        name = name.strip();
        colour = Source.blankToNull(colour);
        note = Source.blankToNull(note);
    }
}
