package org.entente.analysis.trade;

import java.time.LocalDate;
import java.util.Set;

import org.entente.model.PartnershipLevel;

/**
 * A diplomatic moment to read trade against: a partnership change or a state visit, drawn as a
 * labelled vertical line on a trade chart's time axis.
 *
 * @param date   the day it began (the first day of its month or year when only that is known)
 * @param label  short text for the chart, e.g. "Russia: comprehensive strategic"
 * @param detail the full wording, for a tooltip or a table
 * @param kind   partnership change or visit
 * @param actors names of the actors involved
 * @param tier   when the label names a partnership tier reached: the partner it names and the tier,
 *               so a chart can write the tier in its own language; null for a visit, an event's
 *               title or an official wording (the library's text)
 */
public record DiplomacyMarker(LocalDate date, String label, String detail, Kind kind, Set<String> actors, Tier tier) {

    public enum Kind { PARTNERSHIP, VISIT }

    /** The partner named on a partnership marker and the tier it reached. */
    public record Tier(String partner, PartnershipLevel level) {
        public Tier {
            if (partner == null || level == null) throw new IllegalArgumentException("a tier needs a partner and a level");
        }
    }

    public DiplomacyMarker {
        if (date == null || label == null || kind == null) throw new IllegalArgumentException("a marker needs a date, a label and a kind");
        actors = Set.copyOf(actors);
        if (detail == null || detail.isBlank()) detail = label;
    }

    /** A marker whose label is the library's own text (a visit, an event's title). */
    public DiplomacyMarker(LocalDate date, String label, String detail, Kind kind, Set<String> actors) {
        this(date, label, detail, kind, actors, null);
    }

    /** Whether both sides of a pair take part. */
    public boolean concerns(String actorA, String actorB) { return actors.contains(actorA) && actors.contains(actorB); }

    /** The date as a fractional year (1 July 2012 → about 2012.5), the trade charts' time axis. */
    public double yearPosition() { return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear(); }
}
