package org.entente.controls.timeline;

import java.util.List;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Fired by a {@link TimelineView} when an item is activated (double-click or Enter) or a cluster
 * (a "+N" chip standing for items too dense to show) is activated. If a cluster event is not
 * consumed, the view zooms into the cluster's span.
 */
public class TimelineEvent extends Event {
    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");
    public static final EventType<TimelineEvent> ITEM_ACTIVATED = new EventType<>(ANY, "TIMELINE_ITEM_ACTIVATED");
    public static final EventType<TimelineEvent> CLUSTER_ACTIVATED = new EventType<>(ANY, "TIMELINE_CLUSTER_ACTIVATED");

    private final transient TimelineItem item;
    private final transient List<TimelineItem> clusterItems;
    private final String laneKey;
    private final double startDay;
    private final double endDay;

    public TimelineEvent(Object source, EventTarget target, EventType<TimelineEvent> type, TimelineItem item,
                         List<TimelineItem> clusterItems, String laneKey, double startDay, double endDay) {
        super(source, target, type);
        this.item = item;
        this.clusterItems = clusterItems == null ? List.of() : clusterItems;
        this.laneKey = laneKey;
        this.startDay = startDay;
        this.endDay = endDay;
    }

    /** The activated item (null for a cluster). */
    public TimelineItem getItem() { return item; }

    /** The items of an activated cluster, in start order (empty for an item). */
    public List<TimelineItem> getClusterItems() { return clusterItems; }

    public int getCount() { return item != null ? 1 : clusterItems.size(); }

    public String getLaneKey() { return laneKey; }

    /** First day of the item or cluster. */
    public double getStartDay() { return startDay; }

    /** Exclusive end day of the item or cluster. */
    public double getEndDay() { return endDay; }

    @Override
    @SuppressWarnings("unchecked")
    public EventType<TimelineEvent> getEventType() { return (EventType<TimelineEvent>) super.getEventType(); }
}
