package org.entente.controls.timeline;

import org.entente.model.DatePrecision;

/** A plain immutable {@link TimelineItem}. */
public record SimpleTimelineItem(long id, String title, long startDay, long endDay,
                                 DatePrecision startPrecision, DatePrecision endPrecision,
                                 boolean approximate, boolean ongoing, String laneKey, String category,
                                 int importance, boolean annotated) implements TimelineItem {

    public SimpleTimelineItem {
        if (title == null) title = "";
        if (startPrecision == null) startPrecision = DatePrecision.DAY;
        if (endPrecision == null) endPrecision = DatePrecision.DAY;
        if (!ongoing && endDay <= startDay) endDay = startDay + 1;
        importance = Math.max(1, Math.min(5, importance));
    }

    /** A copy in another lane. */
    public SimpleTimelineItem withLane(String lane) {
        return new SimpleTimelineItem(id, title, startDay, endDay, startPrecision, endPrecision, approximate, ongoing,
                lane, category, importance, annotated);
    }
}
