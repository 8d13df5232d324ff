package org.entente.ui.timeline;

import org.entente.app.timeline.WindowEvent;
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
 * @param annotated      whether the user starred, highlighted, tagged or wrote a note on it (the control marks it)
 */
public record EventItem(EventHeader header, String laneKey, boolean representative, int hidden, boolean annotated) implements TimelineItem {

    /** The item of an event of a loaded window. */
    public static EventItem of(WindowEvent e) {
        return new EventItem(e.header(), e.laneKey(), e.representative(), e.hidden(), e.annotated());
    }

    public EventItem(EventHeader header, String laneKey) { this(header, laneKey, false, 0, false); }

    public EventItem(EventHeader header, String laneKey, boolean representative, int hidden) { this(header, laneKey, representative, hidden, false); }

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
