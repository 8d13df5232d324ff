package org.entente.analysis.trade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Builds comparable yearly series from trade figures. Every value keeps the figures it came from;
 * a year without a figure stays absent (never interpolated), and a computed value (index, share,
 * balance, gap) exists only where every figure it needs exists.
 */
public final class TradeAnalysis {
    private TradeAnalysis() {}

    /**
     * The figures a reporter gives for its trade with a partner in one flow, one point per year.
     *
     * @throws IllegalArgumentException if two figures claim the same year (the library allows one)
     */
    public static TradeSeries series(Collection<TradeFigure> figures, Actor reporter, Actor partner, TradeFlow flow) {
        List<TradeFigure> picked = new ArrayList<>();
        for (TradeFigure f : figures)
            if (f.flow() == flow && sameActor(f.reporter(), reporter) && sameActor(f.partner(), partner)) picked.add(f);
        picked.sort(Comparator.comparingInt(TradeFigure::year));
        List<TradePoint> points = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            if (i > 0 && picked.get(i).year() == picked.get(i - 1).year())
                throw new IllegalArgumentException("two " + flow.key() + " figures for " + reporter.name() + "–" + partner.name()
                        + " in " + picked.get(i).year() + " reported by " + reporter.name());
            points.add(TradePoint.of(picked.get(i)));
        }
        String label = reporter.name() + "–" + partner.name() + " " + flowLabel(flow) + " (reported by " + reporter.name() + ")";
        String note = points.isEmpty() ? reporter.name() + " reports no " + flowLabel(flow) + " figures for its trade with " + partner.name() : null;
        return new TradeSeries(label, SeriesUnit.USD, points, note);
    }

    /** Total trade between two actors as {@code reporter} (one of them) gives it. */
    public static TradeSeries total(Collection<TradeFigure> figures, Actor reporter, Actor partner) {
        return series(figures, reporter, partner, TradeFlow.TOTAL);
    }

    /**
     * The series with {@code baseYear} = 100. When the base year is a gap the index is undefined:
     * the result is empty and its note says why.
     */
    public static TradeSeries indexed(TradeSeries series, int baseYear) {
        String label = series.label() + ", " + baseYear + " = 100";
        Optional<TradePoint> base = series.at(baseYear);
        if (base.isEmpty())
            return new TradeSeries(label, SeriesUnit.INDEX, List.of(),
                    series.label() + " has no figure for " + baseYear + ", so it cannot be indexed to " + baseYear);
        TradePoint b = base.get();
        if (b.value() == 0)
            return new TradeSeries(label, SeriesUnit.INDEX, List.of(),
                    series.label() + " is zero in " + baseYear + ", so it cannot be indexed to " + baseYear);
        List<TradePoint> points = new ArrayList<>(series.points().size());
        for (TradePoint p : series.points()) {
            List<TradeFigure> basis = new ArrayList<>(p.basis());
            if (p.year() != baseYear) for (TradeFigure f : b.basis()) if (!basis.contains(f)) basis.add(f);
            points.add(new TradePoint(p.year(), p.value() / b.value() * 100.0, basis));
        }
        return new TradeSeries(label, SeriesUnit.INDEX, points, null);
    }

    /** {@code part} as a percentage of {@code whole} in each year where both have a value and {@code whole} is not zero. */
    public static TradeSeries share(TradeSeries part, TradeSeries whole) {
        List<TradePoint> points = new ArrayList<>();
        for (TradePoint p : part.points()) {
            Optional<TradePoint> w = whole.at(p.year());
            if (w.isEmpty() || w.get().value() == 0) continue;
            points.add(new TradePoint(p.year(), p.value() / w.get().value() * 100.0, join(p, w.get())));
        }
        String note = points.isEmpty() ? part.label() + " and " + whole.label() + " have no year in common" : null;
        return new TradeSeries(part.label() + " as % of " + whole.label(), SeriesUnit.PERCENT, points, note);
    }

    /** Exports, imports and balance of the trade {@code reporter} gives with {@code partner}. */
    public static PairFlows flows(Collection<TradeFigure> figures, Actor reporter, Actor partner) {
        TradeSeries exports = series(figures, reporter, partner, TradeFlow.EXPORT);
        TradeSeries imports = series(figures, reporter, partner, TradeFlow.IMPORT);
        List<TradePoint> points = new ArrayList<>();
        for (TradePoint x : exports.points())
            imports.at(x.year()).ifPresent(m -> points.add(new TradePoint(x.year(), x.value() - m.value(), join(x, m))));
        String label = reporter.name() + "–" + partner.name() + " balance (reported by " + reporter.name() + ")";
        String note = points.isEmpty() ? reporter.name() + " reports exports and imports with " + partner.name() + " in no common year" : null;
        return new PairFlows(exports, imports, new TradeSeries(label, SeriesUnit.USD, points, note));
    }

    /**
     * The trade between {@code first} and {@code second} in {@code flow} (from {@code first}'s side) as each
     * reports it: {@code first}'s exports to {@code second} are {@code second}'s imports from {@code first}.
     */
    public static MirrorComparison mirror(Collection<TradeFigure> figures, Actor first, Actor second, TradeFlow flow) {
        return mirror(figures, List.of(), first, second, flow);
    }

    /** As {@link #mirror(Collection, Actor, Actor, TradeFlow)}, with each side's reported changes beside its levels, year by year. */
    public static MirrorComparison mirror(Collection<TradeFigure> figures, Collection<TradeChange> changes, Actor first, Actor second,
                                          TradeFlow flow) {
        TradeSeries byFirst = series(figures, first, second, flow);
        TradeSeries bySecond = series(figures, second, first, mirrored(flow));
        String what = first.name() + "–" + second.name() + " " + flowLabel(flow);
        bySecond = bySecond.withLabel(what + " (reported by " + second.name() + ")");
        List<TradePoint> gap = new ArrayList<>();
        List<TradePoint> relative = new ArrayList<>();
        for (TradePoint a : byFirst.points()) {
            Optional<TradePoint> b = bySecond.at(a.year());
            if (b.isEmpty()) continue;
            double diff = b.get().value() - a.value();
            gap.add(new TradePoint(a.year(), diff, join(a, b.get())));
            if (a.value() != 0) relative.add(new TradePoint(a.year(), diff / a.value() * 100.0, join(a, b.get())));
        }
        String note = gap.isEmpty() ? first.name() + " and " + second.name() + " report " + what + " in no common year" : null;
        return new MirrorComparison(byFirst, bySecond,
                new TradeSeries(what + ": " + second.name() + "'s figure − " + first.name() + "'s", SeriesUnit.USD, gap, note),
                new TradeSeries(what + ": gap as % of " + first.name() + "'s figure", SeriesUnit.PERCENT, relative, note),
                mirrorYears(byFirst, bySecond, changes, first, second, flow));
    }

    private static List<MirrorYear> mirrorYears(TradeSeries byFirst, TradeSeries bySecond, Collection<TradeChange> changes,
                                                Actor first, Actor second, TradeFlow flow) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        for (TradePoint p : byFirst.points()) years.add(p.year());
        for (TradePoint p : bySecond.points()) years.add(p.year());
        java.util.Map<Integer, TradeChange> claimsOfFirst = claims(changes, first, second, flow);
        java.util.Map<Integer, TradeChange> claimsOfSecond = claims(changes, second, first, mirrored(flow));
        years.addAll(claimsOfFirst.keySet());
        years.addAll(claimsOfSecond.keySet());
        List<MirrorYear> out = new ArrayList<>(years.size());
        for (int year : years)
            out.add(new MirrorYear(year, growth(year, first, byFirst, claimsOfFirst.get(year)), growth(year, second, bySecond, claimsOfSecond.get(year))));
        return out;
    }

    /** A reporter's changes for its trade with a partner in one flow, by year (one per year, as the library holds them). */
    private static java.util.Map<Integer, TradeChange> claims(Collection<TradeChange> changes, Actor reporter, Actor partner, TradeFlow flow) {
        java.util.Map<Integer, TradeChange> out = new java.util.HashMap<>();
        for (TradeChange c : changes)
            if (c.flow() == flow && sameActor(c.reporter(), reporter) && sameActor(c.partner(), partner)) out.putIfAbsent(c.year(), c);
        return out;
    }

    /**
     * One reporter's level, computed growth and reported growth for a year. Growth is computed only
     * from the same reporter's levels for this year and the year just before: a gap year gives none
     * (never a growth over two years called one), nor does a level of zero.
     */
    public static GrowthClaim growth(int year, Actor reporter, TradeSeries levels, TradeChange reported) {
        TradeFigure level = levelOf(levels, year), previous = levelOf(levels, year - 1);
        java.math.BigDecimal computed = null;
        if (level != null && previous != null && previous.valueUsd() != 0)
            computed = java.math.BigDecimal.valueOf(level.valueUsd() - previous.valueUsd()).multiply(java.math.BigDecimal.valueOf(100))
                    .divide(java.math.BigDecimal.valueOf(previous.valueUsd()), 4, java.math.RoundingMode.HALF_EVEN);
        return new GrowthClaim(year, reporter, level, level == null ? null : previous, computed, reported);
    }

    private static TradeFigure levelOf(TradeSeries levels, int year) {
        return levels.at(year).map(p -> p.basis().isEmpty() ? null : p.basis().get(0)).orElse(null);
    }

    /** The same flow seen from the other side. */
    public static TradeFlow mirrored(TradeFlow flow) {
        return switch (flow) {
            case EXPORT -> TradeFlow.IMPORT;
            case IMPORT -> TradeFlow.EXPORT;
            case TOTAL -> TradeFlow.TOTAL;
        };
    }

    /** Stored actors are the same when their ids match; unsaved ones when their names do. */
    public static boolean sameActor(Actor x, Actor y) {
        if (x.id() != 0 && y.id() != 0) return x.id() == y.id();
        return x.name().equals(y.name());
    }

    static String flowLabel(TradeFlow flow) {
        return switch (flow) {
            case EXPORT -> "exports";
            case IMPORT -> "imports";
            case TOTAL -> "total";
        };
    }

    private static List<TradeFigure> join(TradePoint a, TradePoint b) {
        List<TradeFigure> out = new ArrayList<>(a.basis());
        for (TradeFigure f : b.basis()) if (!out.contains(f)) out.add(f);
        return out;
    }
}
