package org.entente.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One spell of a tie between two actors at one level: from a date, until a date or ongoing.
 * A pair's history is the sequence of its spells ordered by {@link #from}.
 *
 * @param id           the library's id, or 0 when not yet stored
 * @param a            one side (for Vietnam's ties, Vietnam)
 * @param b            the other side; never the same actor as {@code a}
 * @param level        the tier
 * @param officialName the pair's own wording, or null
 * @param from         when this level began
 * @param until        when it ended (superseded or lapsed), or null while in force
 * @param sources      citations
 * @param note         a remark, e.g. on a disputed date, or null
 */
public record Partnership(long id, Actor a, Actor b, PartnershipLevel level, String officialName,
                          EventDate from, EventDate until, List<Citation> sources, String note) {
    public Partnership {
        if (a == null || b == null) throw new IllegalArgumentException("a partnership needs two actors");
        if (sameActor(a, b)) throw new IllegalArgumentException("a partnership needs two different actors, not " + a.name() + " twice");
        if (level == null) throw new IllegalArgumentException("a partnership needs a level");
        if (from == null) throw new IllegalArgumentException("a partnership needs a start date");
        if (until != null && until.endDay() <= from.firstDay())
            throw new IllegalArgumentException("the end " + until + " is before the start " + from);
        officialName = Source.blankToNull(officialName);
        note = Source.blankToNull(note);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    private static boolean sameActor(Actor x, Actor y) {
        return (x.id() != 0 && x.id() == y.id()) || (x.id() == 0 && y.id() == 0 && x.name().equals(y.name()));
    }

    public Partnership withId(long newId) { return new Partnership(newId, a, b, level, officialName, from, until, sources, note); }

    public Partnership withUntil(EventDate end) { return new Partnership(id, a, b, level, officialName, from, end, sources, note); }

    public boolean isOngoing() { return until == null; }

    /** Whether this spell is in force on the given epoch day: from its first day until the first day of its end. */
    public boolean inForceOn(long epochDay) {
        return epochDay >= from.firstDay() && (until == null || epochDay < until.firstDay());
    }

    public boolean inForceOn(LocalDate date) { return inForceOn(date.toEpochDay()); }

    /** The spell as a date range, ongoing when it has no end. */
    public DateRange range() { return until == null ? DateRange.ongoingFrom(from) : DateRange.of(from, until); }

    /** "Vietnam–Russia". */
    public String pairLabel() { return a.name() + "–" + b.name(); }
}
