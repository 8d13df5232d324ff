package org.entente.analysis.trade;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;

/**
 * One plotted value in one year, with the figures it was computed from. A plain series point has
 * one figure; an index point has the year's figure and the base year's; a share, balance or mirror
 * gap point has both figures it joins. So every point can name its reporters, quality and sources.
 *
 * @param year  calendar year
 * @param value the value in the series' unit
 * @param basis the figures the value rests on, never empty
 */
public record TradePoint(int year, double value, List<TradeFigure> basis) {
    public TradePoint {
        if (basis == null || basis.isEmpty()) throw new IllegalArgumentException("a trade point needs the figures it rests on");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("value " + value + " for " + year + " is not a finite number");
        basis = List.copyOf(basis);
    }

    /** The point of a single figure: its value in US dollars. */
    public static TradePoint of(TradeFigure f) { return new TradePoint(f.year(), f.valueUsd(), List.of(f)); }

    /** The figure of a single-figure point (the first of its basis otherwise). */
    public TradeFigure figure() { return basis.get(0); }

    /** The least trustworthy quality among the figures: a value computed from an approximate figure is approximate. */
    public DataQuality quality() {
        DataQuality worst = DataQuality.REPORTED;
        for (TradeFigure f : basis) if (f.quality().compareTo(worst) > 0) worst = f.quality();
        return worst;
    }

    /** Whether any figure behind the point is approximate or unsure. */
    public boolean flagged() { return quality() != DataQuality.REPORTED; }

    /** "Vietnam" or "Vietnam; Russia": who reported the figures, without repeats. */
    public String reporters() {
        Set<String> names = new LinkedHashSet<>();
        for (TradeFigure f : basis) names.add(f.reporter().name());
        return String.join("; ", names);
    }

    /** The figures' sources as reader's citations, without repeats; "no source" where a figure has none. */
    public String sources() {
        Set<String> cites = new LinkedHashSet<>();
        for (TradeFigure f : basis) {
            if (f.source() == null) cites.add("no source");
            else {
                String c = f.source().source().citation();
                if (f.source().source().url() != null) c += " " + f.source().source().url();
                if (f.source().locator() != null) c += " (" + f.source().locator() + ")";
                cites.add(c);
            }
        }
        return String.join("; ", cites);
    }
}
