package org.entente.analysis.trade;

import java.time.LocalDate;
import java.util.Set;

/**
 * A diplomatic moment to read trade against: a partnership change or a state visit, drawn as a
 * labelled vertical line on a trade chart's time axis.
 *
 * @param date   the day it began (the first day of its month or year when only that is known)
 * @param label  short text for the chart, e.g. "Russia: comprehensive strategic"
 * @param detail the full wording, for a tooltip or a table
 * @param kind   partnership change or visit
 * @param actors names of the actors involved
 */
public record DiplomacyMarker(LocalDate date, String label, String detail, Kind kind, Set<String> actors) {

    public enum Kind { PARTNERSHIP, VISIT }

    public DiplomacyMarker {
        if (date == null || label == null || kind == null) throw new IllegalArgumentException("a marker needs a date, a label and a kind");
        actors = Set.copyOf(actors);
        if (detail == null || detail.isBlank()) detail = label;
    }

    /** Whether both sides of a pair take part. */
    public boolean concerns(String actorA, String actorB) { return actors.contains(actorA) && actors.contains(actorB); }

    /** The date as a fractional year (1 July 2012 → about 2012.5), the trade charts' time axis. */
    public double yearPosition() { return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear(); }
}
