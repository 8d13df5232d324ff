package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.ui.common.Theme;

/**
 * The coded-events chart's state: every pair's months (read once, in the background), the pairs
 * chosen and which monthly measure to plot. A change of pair or measure recomputes the plotted
 * series in memory, with no query.
 */
public final class CodedEventsViewModel {
    /** What a load found: every pair's months, the countries with coded events (by name), and the default pairs present. */
    public record Data(CooperationConflict table, List<Actor> countries, List<AgreementViewModel.Pair> defaults) {
        public static Data empty() { return new Data(null, List.of(), List.of()); }
    }

    private final ObjectProperty<Data> data = new SimpleObjectProperty<>(this, "data", Data.empty());
    private final ObservableList<AgreementViewModel.Pair> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<MeasureKind> measure = new SimpleObjectProperty<>(this, "measure", MeasureKind.GOLDSTEIN);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final IntegerProperty typeScale = new SimpleIntegerProperty(this, "typeScale", 100);
    private final ReadOnlyObjectWrapper<List<AgreementViewModel.Series>> series = new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyObjectWrapper<ChartStyle> style = new ReadOnlyObjectWrapper<>(this, "style", ChartStyle.LIGHT);

    public CodedEventsViewModel() {
        chosen.addListener((javafx.collections.ListChangeListener<AgreementViewModel.Pair>) c -> recompute());
        measure.addListener((o, a, b) -> {
            // a yearly measure has no place on a monthly chart: keep the one shown
            if (b == null || !b.monthly()) measure.set(a);
            else recompute();
        });
        theme.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
        typeScale.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
    }

    /** The measures this chart plots. */
    public static List<MeasureKind> measures() { return List.of(MeasureKind.GOLDSTEIN, MeasureKind.EVENT_COUNT); }

    /** Shows freshly loaded data; the chosen pairs are kept when their countries are still there, else the defaults. */
    public void setData(Data d) {
        List<AgreementViewModel.Pair> keep = chosen.stream().filter(p -> d.countries().stream().anyMatch(a -> a.id() == p.first().id())
                && d.countries().stream().anyMatch(a -> a.id() == p.second().id())).toList();
        data.set(d);
        chosen.setAll(keep.isEmpty() ? d.defaults() : keep);
        recompute();
    }

    public ReadOnlyObjectProperty<Data> dataProperty() { return data; }

    public ObservableList<AgreementViewModel.Pair> chosenPairs() { return chosen; }

    /** {@link MeasureKind#GOLDSTEIN} or {@link MeasureKind#EVENT_COUNT}. */
    public ObjectProperty<MeasureKind> measureProperty() { return measure; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public IntegerProperty typeScaleProperty() { return typeScale; }

    public ReadOnlyObjectProperty<List<AgreementViewModel.Series>> seriesProperty() { return series.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ChartStyle> styleProperty() { return style.getReadOnlyProperty(); }

    /** Adds a pair (not twice, not a country with itself). */
    public boolean addPair(Actor first, Actor second) {
        if (first == null || second == null || first.id() == second.id()) return false;
        boolean known = chosen.stream().anyMatch(p -> p.first().id() == first.id() && p.second().id() == second.id()
                || p.first().id() == second.id() && p.second().id() == first.id());
        if (known) return false;
        chosen.add(new AgreementViewModel.Pair(first, second));
        return true;
    }

    /** The chosen pairs' series of a measure from a loaded table (also what the benchmark times). */
    public static List<AgreementViewModel.Series> series(CooperationConflict table, MeasureKind kind, List<AgreementViewModel.Pair> pairs) {
        List<AgreementViewModel.Series> out = new ArrayList<>();
        if (table != null)
            for (AgreementViewModel.Pair p : pairs) out.add(new AgreementViewModel.Series(p, MeasureService.codedSeries(table, kind, p.first(), p.second())));
        return List.copyOf(out);
    }

    private void recompute() { series.set(series(data.get().table(), measure.get(), chosen)); }
}
