package org.entente.controls.timeline;

/**
 * One spell of a pair's partnership level, drawn as a ribbon under a lane's items.
 *
 * @param startDay first day in force (epoch day)
 * @param endDay   day it ended (exclusive), or {@link TimelineItem#ONGOING_END} when still in force
 * @param rank     order of the level (higher is closer); picks the CSS class {@code tl-tier-<rank>} and the height
 * @param label    the level's name, shown on the ribbon when it fits
 */
public record TierSpan(long startDay, long endDay, int rank, String label) {
    public TierSpan {
        if (label == null) label = "";
    }

    public boolean ongoing() { return endDay >= TimelineItem.ONGOING_END; }
}
