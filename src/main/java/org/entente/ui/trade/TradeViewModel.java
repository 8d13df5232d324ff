package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.analysis.trade.TradeAnalysis;
import org.entente.analysis.trade.TradePoint;
import org.entente.analysis.trade.TradeSeries;
import org.entente.app.trade.TradeData;
import org.entente.model.Actor;
import org.entente.model.TradeFigure;

/**
 * The trade view's state: the loaded figures, what the user chose, and the resulting
 * {@link TradeChartModel} and {@link ChartStyle}. Every choice recomputes the model at once in
 * memory (no query), so switching pairs or views is quick; loading happens elsewhere, in a
 * background task that ends in {@link #setData}.
 */
public final class TradeViewModel {
    /** Default pairs by the partner's ISO code: Vietnam–China, Vietnam–Russia, Vietnam–United States. */
    static final List<String> DEFAULT_PARTNERS = List.of("CHN", "RUS", "USA");

    private final ObjectProperty<TradeData> data = new SimpleObjectProperty<>(this, "data", TradeData.empty());
    private final ObservableList<TradePair> availablePairs = FXCollections.observableArrayList();
    private final ObservableList<TradePair> chosenPairs = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(this, "kind", ChartKind.OVER_TIME);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final BooleanProperty showEvents = new SimpleBooleanProperty(this, "showEvents", true);
    private final BooleanProperty annotatedOnly = new SimpleBooleanProperty(this, "annotatedOnly", false);
    private final ObjectProperty<java.util.Set<Long>> annotatedFigures = new SimpleObjectProperty<>(this, "annotatedFigures", java.util.Set.of());
    /** 0 until data arrives; then the first year all chosen pairs report, unless the user picked one. */
    private final IntegerProperty baseYear = new SimpleIntegerProperty(this, "baseYear", 0);
    private final ObjectProperty<TradePair> sharePart = new SimpleObjectProperty<>(this, "sharePart");
    private final ObjectProperty<TradePair> shareWhole = new SimpleObjectProperty<>(this, "shareWhole");
    private final ObjectProperty<TradePair> flowsPair = new SimpleObjectProperty<>(this, "flowsPair");
    private final ObjectProperty<TradePair> mirrorPair = new SimpleObjectProperty<>(this, "mirrorPair");
    private final ObjectProperty<MirrorSide> mirrorSide = new SimpleObjectProperty<>(this, "mirrorSide", MirrorSide.BOTH);
    private final ObjectProperty<org.entente.ui.common.Theme> theme = new SimpleObjectProperty<>(this, "theme", org.entente.ui.common.Theme.LIGHT);
    /** The type size in percent (100 to 300) the chart's fonts follow. */
    private final javafx.beans.property.IntegerProperty typeScale = new javafx.beans.property.SimpleIntegerProperty(this, "typeScale", 100);
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType", false);
    private final ReadOnlyObjectWrapper<TradeChartModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    /** The mirror pair's years, newest first: both sides' levels, computed and reported growth (empty without a pair). */
    private final ReadOnlyObjectWrapper<List<org.entente.analysis.trade.MirrorYear>> mirrorYears =
            new ReadOnlyObjectWrapper<>(this, "mirrorYears", List.of());
    private final ReadOnlyObjectWrapper<ChartStyle> style = new ReadOnlyObjectWrapper<>(this, "style", ChartStyle.LIGHT);
    private boolean loading;

    public TradeViewModel() {
        Observable[] inputs = {kind, logScale, showEvents, annotatedOnly, annotatedFigures, baseYear, sharePart, shareWhole, flowsPair, mirrorPair, mirrorSide, chosenPairs};
        for (Observable o : inputs) o.addListener(x -> recompute());
        theme.addListener(x -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
        typeScale.addListener(x -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
        recompute();
    }

    /** Takes freshly loaded data (on the JavaFX thread) and picks sensible defaults for anything not yet chosen. */
    public void setData(TradeData d) {
        loading = true;
        try {
            data.set(d);
            List<TradePair> pairs = pairsOf(d.figures(), d.changes());
            availablePairs.setAll(pairs);
            TreeSet<Integer> ys = new TreeSet<>();
            for (TradeFigure f : d.figures()) ys.add(f.year());
            years.setAll(ys);
            List<TradePair> kept = chosenPairs.stream().map(p -> find(pairs, p).orElse(null)).filter(Objects::nonNull).toList();
            chosenPairs.setAll(kept.isEmpty() ? defaultPairs(pairs) : kept);
            TradePair china = byPartner(pairs, "CHN"), russia = byPartner(pairs, "RUS");
            TradePair first = pairs.isEmpty() ? null : pairs.get(0), second = pairs.size() > 1 ? pairs.get(1) : first;
            sharePart.set(keep(pairs, sharePart.get(), russia != null ? russia : second));
            shareWhole.set(keep(pairs, shareWhole.get(), china != null ? china : first));
            flowsPair.set(keep(pairs, flowsPair.get(), china != null ? china : first));
            mirrorPair.set(keep(pairs, mirrorPair.get(), russia != null ? russia : first));
            if (!ys.isEmpty() && !ys.contains(baseYear.get())) baseYear.set(defaultBaseYear(d.figures(), chosenPairs, ys.first()));
        } finally {
            loading = false;
        }
        recompute();
    }

    /** The current choices as one value. */
    public TradeChartSettings settings() {
        TradePair focus = kind.get() == ChartKind.MIRROR ? mirrorPair.get() : flowsPair.get();
        return new TradeChartSettings(kind.get(), chosenPairs, logScale.get(), baseYear.get(), sharePart.get(), shareWhole.get(), focus,
                mirrorSide.get(), showEvents.get());
    }

    private void recompute() {
        if (loading) return;
        TradeData d = data.get();
        List<TradeFigure> figures = d.figures();
        if (annotatedOnly.get()) {
            java.util.Set<Long> mine = annotatedFigures.get();
            figures = figures.stream().filter(f -> mine.contains(f.id())).toList();
        }
        model.set(TradeChartModel.build(figures, d.markers(), settings()));
        TradePair pair = mirrorPair.get();
        List<org.entente.analysis.trade.MirrorYear> ys = pair == null ? List.of()
                : new ArrayList<>(org.entente.analysis.trade.TradeAnalysis.mirror(figures, d.changes(), pair.home(), pair.partner(),
                        org.entente.model.TradeFlow.TOTAL).years());
        java.util.Collections.reverse(ys);
        mirrorYears.set(List.copyOf(ys));
    }

    public javafx.beans.property.ReadOnlyObjectProperty<List<org.entente.analysis.trade.MirrorYear>> mirrorYearsProperty() {
        return mirrorYears.getReadOnlyProperty();
    }

    /**
     * Every pair the figures speak of, oriented from the actor in most pairs (Vietnam in the
     * starter library), sorted by partner name.
     */
    static List<TradePair> pairsOf(List<TradeFigure> figures) { return pairsOf(figures, List.of()); }

    /** Every pair the figures or the reported changes speak of (a pair known only by a growth claim shows in the mirror view). */
    static List<TradePair> pairsOf(List<TradeFigure> figures, List<org.entente.model.TradeChange> changes) {
        Map<String, Actor[]> unordered = new LinkedHashMap<>();
        List<Actor[]> sides = new ArrayList<>(figures.size() + changes.size());
        for (TradeFigure f : figures) sides.add(new Actor[] {f.reporter(), f.partner()});
        for (org.entente.model.TradeChange c : changes) sides.add(new Actor[] {c.reporter(), c.partner()});
        for (Actor[] side : sides) {
            Actor x = side[0], y = side[1];
            if (x.name().compareTo(y.name()) > 0) { Actor t = x; x = y; y = t; }
            unordered.putIfAbsent(x.name() + "\u0000" + y.name(), new Actor[] {x, y});
        }
        Map<String, Integer> degree = new HashMap<>();
        for (Actor[] p : unordered.values()) for (Actor a : p) degree.merge(a.name(), 1, Integer::sum);
        List<TradePair> out = new ArrayList<>();
        for (Actor[] p : unordered.values()) {
            boolean swap = degree.get(p[1].name()) > degree.get(p[0].name());
            out.add(swap ? new TradePair(p[1], p[0]) : new TradePair(p[0], p[1]));
        }
        out.sort(Comparator.comparing((TradePair p) -> p.home().name()).thenComparing(p -> p.partner().name()));
        return out;
    }

    static List<TradePair> defaultPairs(List<TradePair> pairs) {
        List<TradePair> out = new ArrayList<>();
        for (String iso : DEFAULT_PARTNERS) {
            TradePair p = byPartner(pairs, iso);
            if (p != null) out.add(p);
        }
        if (out.isEmpty()) out.addAll(pairs.subList(0, Math.min(3, pairs.size())));
        return out;
    }

    /** The first year every chosen pair has a total for, so the indexed view starts with all lines; else the first year. */
    static int defaultBaseYear(List<TradeFigure> figures, List<TradePair> pairs, int fallback) {
        TreeSet<Integer> common = null;
        for (TradePair p : pairs) {
            TreeSet<Integer> ys = new TreeSet<>();
            TradeSeries s = TradeAnalysis.total(figures, p.home(), p.partner());
            for (TradePoint pt : s.points()) ys.add(pt.year());
            if (common == null) common = ys;
            else common.retainAll(ys);
        }
        return common == null || common.isEmpty() ? fallback : common.first();
    }

    private static TradePair byPartner(List<TradePair> pairs, String iso) {
        for (TradePair p : pairs) if (iso.equals(p.partner().isoCode())) return p;
        return null;
    }

    private static Optional<TradePair> find(List<TradePair> pairs, TradePair p) {
        return pairs.stream().filter(q -> q.label().equals(p.label())).findFirst();
    }

    private static TradePair keep(List<TradePair> pairs, TradePair current, TradePair fallback) {
        return current == null ? fallback : find(pairs, current).orElse(fallback);
    }

    public ReadOnlyObjectProperty<TradeChartModel> modelProperty() { return model.getReadOnlyProperty(); }

    public TradeChartModel model() { return model.get(); }

    public ReadOnlyObjectProperty<ChartStyle> styleProperty() { return style.getReadOnlyProperty(); }

    public ChartStyle style() { return style.get(); }

    public ObjectProperty<TradeData> dataProperty() { return data; }

    public ObservableList<TradePair> availablePairs() { return availablePairs; }

    public ObservableList<TradePair> chosenPairs() { return chosenPairs; }

    public ObservableList<Integer> years() { return years; }

    public ObjectProperty<ChartKind> kindProperty() { return kind; }

    public BooleanProperty logScaleProperty() { return logScale; }

    public BooleanProperty showEventsProperty() { return showEvents; }

    /** "My annotations": chart only the figures the user starred, highlighted, tagged or noted. */
    public BooleanProperty annotatedOnlyProperty() { return annotatedOnly; }

    /** Ids of the figures the user annotated (set by the host after reading the library). */
    public ObjectProperty<java.util.Set<Long>> annotatedFiguresProperty() { return annotatedFigures; }

    public IntegerProperty baseYearProperty() { return baseYear; }

    public ObjectProperty<TradePair> sharePartProperty() { return sharePart; }

    public ObjectProperty<TradePair> shareWholeProperty() { return shareWhole; }

    public ObjectProperty<TradePair> flowsPairProperty() { return flowsPair; }

    public ObjectProperty<TradePair> mirrorPairProperty() { return mirrorPair; }

    public ObjectProperty<MirrorSide> mirrorSideProperty() { return mirrorSide; }

    public ObjectProperty<org.entente.ui.common.Theme> themeProperty() { return theme; }

    /** The type size in percent (100 to 300) the chart's fonts, lines and markers follow. */
    public javafx.beans.property.IntegerProperty typeScaleProperty() { return typeScale; }

    public BooleanProperty largeTypeProperty() { return largeType; }
}
