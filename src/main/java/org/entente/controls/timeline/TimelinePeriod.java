package org.entente.controls.timeline;

/**
 * A named era drawn as a translucent background band; periods may overlap and nest.
 *
 * @param name       shown at the top of the band
 * @param startDay   first day (epoch day)
 * @param endDay     exclusive end, or {@link TimelineItem#ONGOING_END} for an era still running
 * @param colorClass CSS class that colours the band (e.g. {@code war}: {@code .tl-period-war}); null for the default
 * @param laneKey    lane the band is limited to, or null for the whole height
 */
public record TimelinePeriod(String name, long startDay, long endDay, String colorClass, String laneKey) {
    public TimelinePeriod {
        if (name == null) name = "";
    }

    public TimelinePeriod(String name, long startDay, long endDay, String colorClass) {
        this(name, startDay, endDay, colorClass, null);
    }

    public boolean ongoing() { return endDay >= TimelineItem.ONGOING_END; }
}
