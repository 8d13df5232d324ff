package org.entente.store;

/** How a timeline groups events into lanes. */
public enum LaneGrouping {
    /** By the event's actor pair: its first two country participants (Vietnam–Russia). */
    ACTOR_PAIR("Actor pair"),
    /** By country: an event shows in the lane of every country taking part. */
    COUNTRY("Country"),
    /** By category (state visit, agreement…). */
    CATEGORY("Category"),
    /** One lane for everything. */
    NONE("None");

    private final String label;

    LaneGrouping(String label) { this.label = label; }

    public String label() { return label; }

    @Override
    public String toString() { return label; }
}
