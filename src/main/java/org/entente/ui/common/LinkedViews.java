package org.entente.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the views share when linked (View › Link Views): the timeline's range, which the network
 * follows (its date is the range's end) and the charts shade; a year chosen on a chart, which the
 * timeline goes to; a pair chosen on the network, which the charts plot and the timeline compares.
 * Every view publishes here whether or not the switch is on; each acts on what it hears only when it is.
 */
public final class LinkedViews {
    /** A span of days, both ends included. */
    public record Span(LocalDate from, LocalDate to) {
        public Span {
            if (from == null || to == null || to.isBefore(from)) throw new IllegalArgumentException("a span needs from ≤ to: " + from + ", " + to);
        }

        /** The whole of one year. */
        public static Span year(int year) { return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)); }
    }

    /** Two actors by id, in no particular order. */
    public record Pair(long first, long second) {
        /** Whether this is the pair of {@code a} and {@code b}, either way round. */
        public boolean is(long a, long b) { return first == a && second == b || first == b && second == a; }
    }

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObjectProperty<Span> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<Pair> pair = new SimpleObjectProperty<>(this, "pair");
    private final List<Consumer<Span>> goTo = new ArrayList<>();

    /** The switch. */
    public BooleanProperty enabled() { return enabled; }

    /** The timeline's visible range, as of its last rest. */
    public ObjectProperty<Span> range() { return range; }

    /** The pair last chosen on the network (a tie clicked). */
    public ObjectProperty<Pair> pair() { return pair; }

    /** Asks the timeline to show {@code span} (a year clicked on a chart); nothing happens while unlinked. */
    public void goTo(Span span) {
        if (!enabled.get()) return;
        for (Consumer<Span> c : List.copyOf(goTo)) c.accept(span);
    }

    /** Called with each span asked for by {@link #goTo}. */
    public void onGoTo(Consumer<Span> listener) { goTo.add(listener); }
}
