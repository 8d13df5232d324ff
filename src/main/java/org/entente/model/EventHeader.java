package org.entente.model;

/**
 * The few fields of an event that a timeline or a table row needs, loaded in bulk for a window
 * of time. Days are epoch days; {@code endDay} is exclusive.
 *
 * @param id             the event's id
 * @param title          its title
 * @param startDay       first day covered by its start date
 * @param endDay         day after the last day covered (for ongoing events, {@link #ONGOING_END})
 * @param startPrecision precision of the start date (a month-precise start covers the month)
 * @param approximate    whether the start is approximate
 * @param ongoing        whether it runs on to today
 * @param category       category key
 * @param importance     1–5
 * @param actorIds       ids of its participants, in order
 */
public record EventHeader(long id, String title, long startDay, long endDay, DatePrecision startPrecision,
                          boolean approximate, boolean ongoing, String category, int importance, long[] actorIds) {

    /** End day stored for ongoing events: later than any date the app draws. */
    public static final long ONGOING_END = Integer.MAX_VALUE;

    /** Whether the event is a single point at day precision (drawn as a marker, not a bar). */
    public boolean isInstant() { return !ongoing && endDay - startDay <= 1; }
}
