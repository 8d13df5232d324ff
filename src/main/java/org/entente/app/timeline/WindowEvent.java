package org.entente.app.timeline;

import org.entente.model.EventHeader;

/**
 * A stored event as one loaded timeline window holds it, in one lane. An event in several lanes
 * (group by country) is several of these with the same id. The view turns each into an item of the
 * timeline control.
 *
 * @param header         the event's header row
 * @param laneKey        the lane it belongs to
 * @param representative whether it stands for a crowded time bucket in an overview (then {@code hidden} more events share its bucket)
 * @param hidden         events of its bucket and lane not drawn in the overview
 * @param annotated      whether the user starred, highlighted, tagged or wrote a note on it
 */
public record WindowEvent(EventHeader header, String laneKey, boolean representative, int hidden, boolean annotated) {

    public long id() { return header.id(); }

    /** The title as drawn: with "(+N)" when it stands for N more events. */
    public String title() { return hidden > 0 ? header.title() + "  (+" + hidden + ")" : header.title(); }
}
