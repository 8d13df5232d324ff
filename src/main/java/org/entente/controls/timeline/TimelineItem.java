package org.entente.controls.timeline;

import org.entente.model.DatePrecision;

/**
 * One thing drawn on a {@link TimelineView}: an instant (a marker) or a span (a bar).
 *
 * <p>Days are epoch days (days since 1970-01-01, proleptic Gregorian); {@link #endDay()} is
 * exclusive, so an event on one day has {@code endDay == startDay + 1}, and an event dated only
 * "2012-07" has the span of July 2012 with {@link #startPrecision()} {@code MONTH}. The control reads
 * these values once when the item list changes (it copies them into a sorted index), so items
 * should be immutable; replace an item in the list to change it.
 */
public interface TimelineItem {

    /** End day to use for ongoing items: later than any drawn date; the control draws them to {@code today}. */
    long ONGOING_END = Integer.MAX_VALUE;

    /** Stable id (an event id); links refer to it. Several items may share an id (one per lane). */
    long id();

    String title();

    /** First day covered. */
    long startDay();

    /** Day after the last day covered (exclusive); ignored when {@link #ongoing()}. */
    long endDay();

    /** Precision of the start date: a MONTH start covers its month and is drawn with a soft edge. */
    default DatePrecision startPrecision() { return DatePrecision.DAY; }

    /** Precision of the end date (when the item is a span). */
    default DatePrecision endPrecision() { return DatePrecision.DAY; }

    /** Whether the start is only approximately known (drawn fuzzy). */
    default boolean approximate() { return false; }

    /** Whether the item runs on to today (drawn to {@code today} with an arrow). */
    default boolean ongoing() { return false; }

    /** Key of the lane the item belongs to; null puts it in the first lane. */
    default String laneKey() { return null; }

    /** Category key: picks the colour through the CSS class {@code tl-category-<key>}. */
    default String category() { return null; }

    /** 1 (minor) to 5 (major): size and drawing order. */
    default int importance() { return 3; }

    /** Whether the user has annotated it (a small mark is drawn). */
    default boolean annotated() { return false; }

    /** Whether it is a single point in time rather than a span. */
    default boolean isInstant() { return !ongoing() && endDay() - startDay() <= 1; }

    /** A plain immutable item. */
    static TimelineItem of(long id, String title, long startDay, long endDay) {
        return new SimpleTimelineItem(id, title, startDay, endDay, DatePrecision.DAY, DatePrecision.DAY,
                false, false, null, null, 3, false);
    }
}
