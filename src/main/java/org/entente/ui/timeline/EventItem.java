package org.entente.ui.timeline;

import org.entente.controls.timeline.TimelineItem;
import org.entente.model.DatePrecision;
import org.entente.model.EventHeader;

/**
 * A stored event as the timeline draws it, in one lane. An event shown in several lanes (group by
 * country) is several items with the same id.
 *
 * @param header         the event's header row
 * @param laneKey        the lane it is drawn in
 * @param representative whether it stands for a crowded time bucket in an overview (then {@code hidden} more events share its bucket)
 * @param hidden         events of its bucket and lane not drawn in the overview
 */
public record EventItem(EventHeader header, String laneKey, boolean representative, int hidden) implements TimelineItem {

    public EventItem(EventHeader header, String laneKey) { this(header, laneKey, false, 0); }

    @Override public long id() { return header.id(); }

    @Override public String title() { return hidden > 0 ? header.title() + "  (+" + hidden + ")" : header.title(); }

    @Override public long startDay() { return header.startDay(); }

    @Override public long endDay() { return header.endDay(); }

    @Override public DatePrecision startPrecision() { return header.startPrecision(); }

    @Override public boolean approximate() { return header.approximate(); }

    @Override public boolean ongoing() { return header.ongoing(); }

    @Override public String category() { return header.category(); }

    @Override public int importance() { return header.importance(); }
}
