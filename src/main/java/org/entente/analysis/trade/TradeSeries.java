package org.entente.analysis.trade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A yearly series. Years without a value are simply absent: a gap stays a gap and nothing here
 * ever interpolates across it.
 *
 * @param label  reader's label, e.g. "Vietnam–Russia total (reported by Vietnam)"
 * @param unit   what the values measure
 * @param points points in ascending year order, at most one per year
 * @param note   why the series is empty or what to keep in mind reading it, or null
 */
public record TradeSeries(String label, SeriesUnit unit, List<TradePoint> points, String note) {
    public TradeSeries {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a series needs a label");
        if (unit == null) throw new IllegalArgumentException("a series needs a unit");
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++)
            if (points.get(i).year() <= points.get(i - 1).year())
                throw new IllegalArgumentException("series \"" + label + "\": years must ascend without repeats, "
                        + points.get(i - 1).year() + " is followed by " + points.get(i).year());
        if (note != null && note.isBlank()) note = null;
    }

    public TradeSeries(String label, SeriesUnit unit, List<TradePoint> points) { this(label, unit, points, null); }

    public boolean isEmpty() { return points.isEmpty(); }

    /** The point for a year, or empty when the year is a gap or outside the series. */
    public Optional<TradePoint> at(int year) {
        int lo = 0, hi = points.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int y = points.get(mid).year();
            if (y == year) return Optional.of(points.get(mid));
            if (y < year) lo = mid + 1;
            else hi = mid - 1;
        }
        return Optional.empty();
    }

    public int firstYear() { return requireNonEmpty().get(0).year(); }

    public int lastYear() { return requireNonEmpty().get(points.size() - 1).year(); }

    /** Years between the first and the last point that have no value. */
    public List<Integer> missingYears() {
        if (points.isEmpty()) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++)
            for (int y = points.get(i - 1).year() + 1; y < points.get(i).year(); y++) out.add(y);
        return Collections.unmodifiableList(out);
    }

    public TradeSeries withLabel(String newLabel) { return new TradeSeries(newLabel, unit, points, note); }

    private List<TradePoint> requireNonEmpty() {
        if (points.isEmpty()) throw new IllegalStateException("series \"" + label + "\" has no points");
        return points;
    }
}
