package org.entente.controls.timeline;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A horizontal band of a {@link TimelineView} that holds the items whose {@link TimelineItem#laneKey()}
 * equals its key: an actor pair ("Vietnam–Russia"), a country or a category. Its header stays
 * visible while panning; clicking the header collapses or expands it.
 */
public class TimelineLane {
    private final String key;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle");
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    private final ObservableList<TierSpan> tiers = FXCollections.observableArrayList();

    public TimelineLane(String key, String title) {
        this.key = Objects.requireNonNull(key, "key");
        this.title.set(title == null ? key : title);
    }

    public TimelineLane(String key, String title, TierSpan... tiers) {
        this(key, title);
        this.tiers.setAll(tiers);
    }

    public final String getKey() { return key; }

    public final StringProperty titleProperty() { return title; }
    public final String getTitle() { return title.get(); }
    public final void setTitle(String value) { title.set(value); }

    /** A second, smaller line in the header (e.g. "12 events"); null for none. */
    public final StringProperty subtitleProperty() { return subtitle; }
    public final String getSubtitle() { return subtitle.get(); }
    public final void setSubtitle(String value) { subtitle.set(value); }

    /** A collapsed lane shows only its header and a density strip, not its items. */
    public final BooleanProperty collapsedProperty() { return collapsed; }
    public final boolean isCollapsed() { return collapsed.get(); }
    public final void setCollapsed(boolean value) { collapsed.set(value); }

    /** The pair's partnership level over time, drawn as a ribbon under the lane's items when {@code showTiers}. */
    public final ObservableList<TierSpan> getTiers() { return tiers; }

    @Override
    public String toString() { return "TimelineLane[" + key + "]"; }
}
