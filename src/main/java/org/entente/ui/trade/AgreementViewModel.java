package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.i18n.I18n;
import org.entente.model.Actor;

/**
 * The UN-vote agreement chart's state: the agreement table of every pair and year (computed once,
 * in the background), the pairs chosen, and which index to plot. Every choice recomputes the
 * plotted series in memory from the table, with no query, so switching pairs is quick.
 */
public final class AgreementViewModel {
    /** Default pairs by the partner's ISO code: Vietnam–Russia, Vietnam–China, Vietnam–United States. */
    static final List<String> DEFAULT_PARTNERS = List.of("RUS", "CHN", "USA");

    /** What is plotted. */
    public enum Index {
        AGREEMENT("measures.agreement.index.agreement", "measures.agreement.axis.agreement", 0, 1),
        S("measures.agreement.index.s", "measures.agreement.axis.s", -1, 1),
        KAPPA("measures.agreement.index.kappa", "measures.agreement.axis.kappa", -1, 1);

        private final String labelKey;
        private final String axisLabelKey;
        private final double lower, upper;

        Index(String labelKey, String axisLabelKey, double lower, double upper) {
            this.labelKey = labelKey;
            this.axisLabelKey = axisLabelKey;
            this.lower = lower;
            this.upper = upper;
        }

        /** The index's name in the interface language, as the choice box and the tooltips show it. */
        public String label() { return I18n.t(labelKey); }

        /** The value axis' label in the interface language. */
        public String axisLabel() { return I18n.t(axisLabelKey); }

        public double lower() { return lower; }

        public double upper() { return upper; }

        /** This index of a year. */
        public double of(MeasurePoint p) {
            return switch (this) {
                case AGREEMENT -> p.value();
                case S -> p.counts().get("s").doubleValue();
                case KAPPA -> p.counts().get("kappa").doubleValue();
            };
        }

        @Override
        public String toString() { return label(); }
    }

    /** Two countries whose agreement is plotted. */
    public record Pair(Actor first, Actor second) {
        public String label() { return first.name() + "–" + second.name(); }

        @Override
        public String toString() { return label(); }
    }

    /** A plotted pair: its years with at least one shared roll call, in order (gaps are missing years). */
    public record Series(Pair pair, List<MeasurePoint> points) { }

    /** What a load found: the table, the countries that voted (by name), and the default pairs present. */
    public record Data(UnAgreement table, List<Actor> countries, List<Pair> defaults, long rollCalls) {
        public static Data empty() { return new Data(null, List.of(), List.of(), 0); }
    }

    private final ObjectProperty<Data> data = new SimpleObjectProperty<>(this, "data", Data.empty());
    private final ObservableList<Pair> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Index> index = new SimpleObjectProperty<>(this, "index", Index.AGREEMENT);
    private final ObjectProperty<org.entente.ui.common.Theme> theme = new SimpleObjectProperty<>(this, "theme", org.entente.ui.common.Theme.LIGHT);
    /** The type size in percent (100 to 300) the chart's fonts follow. */
    private final javafx.beans.property.IntegerProperty typeScale = new javafx.beans.property.SimpleIntegerProperty(this, "typeScale", 100);
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType", false);
    private final ReadOnlyObjectWrapper<List<Series>> series = new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyObjectWrapper<ChartStyle> style = new ReadOnlyObjectWrapper<>(this, "style", ChartStyle.LIGHT);

    public AgreementViewModel() {
        chosen.addListener((javafx.collections.ListChangeListener<Pair>) c -> recompute());
        index.addListener((o, a, b) -> recompute());
        theme.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
        typeScale.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
    }

    /** Shows freshly loaded data; the chosen pairs are kept when their countries are still there, else the defaults. */
    public void setData(Data d) {
        List<Pair> keep = chosen.stream().filter(p -> d.countries().stream().anyMatch(a -> a.id() == p.first().id())
                && d.countries().stream().anyMatch(a -> a.id() == p.second().id())).toList();
        data.set(d);
        chosen.setAll(keep.isEmpty() ? d.defaults() : keep);
        recompute();
    }

    public ReadOnlyObjectProperty<Data> dataProperty() { return data; }

    public ObservableList<Pair> chosenPairs() { return chosen; }

    public ObjectProperty<Index> indexProperty() { return index; }

    public ObjectProperty<org.entente.ui.common.Theme> themeProperty() { return theme; }

    /** The type size in percent (100 to 300) the chart's fonts, lines and markers follow. */
    public javafx.beans.property.IntegerProperty typeScaleProperty() { return typeScale; }

    public BooleanProperty largeTypeProperty() { return largeType; }

    public ReadOnlyObjectProperty<List<Series>> seriesProperty() { return series.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ChartStyle> styleProperty() { return style.getReadOnlyProperty(); }

    /** Adds a pair (not twice, not a country with itself). */
    public boolean addPair(Actor first, Actor second) {
        if (first == null || second == null || first.id() == second.id()) return false;
        boolean known = chosen.stream().anyMatch(p -> p.first().id() == first.id() && p.second().id() == second.id()
                || p.first().id() == second.id() && p.second().id() == first.id());
        if (known) return false;
        chosen.add(new Pair(first, second));
        return true;
    }

    private void recompute() {
        UnAgreement table = data.get().table();
        List<Series> out = new ArrayList<>();
        if (table != null)
            for (Pair p : chosen) out.add(new Series(p, MeasureService.agreementSeries(table, p.first(), p.second())));
        series.set(List.copyOf(out));
    }

    /** Reads the defaults among {@code countries}: Vietnam with each of {@link #DEFAULT_PARTNERS}, those present. */
    static List<Pair> defaults(Map<String, Actor> byIso) {
        Actor vietnam = byIso.get("VNM");
        List<Pair> out = new ArrayList<>();
        if (vietnam == null) return out;
        for (String iso : DEFAULT_PARTNERS) if (byIso.containsKey(iso)) out.add(new Pair(vietnam, byIso.get(iso)));
        return out;
    }
}
