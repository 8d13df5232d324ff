package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.ui.common.Theme;

/**
 * What the charts of chosen pairs of countries share (UN-vote agreement, coded events): a table
 * of every pair loaded once in the background, the pairs chosen, the theme and type size, and the
 * plotted series, recomputed in memory from the table (no query) at every change of pairs.
 *
 * @param <D> what a load found
 */
public abstract class PairsViewModel<D extends PairsViewModel.Loaded> {
    /** Default pairs by the partner's ISO code: Vietnam–Russia, Vietnam–China, Vietnam–United States. */
    static final List<String> DEFAULT_PARTNERS = List.of("RUS", "CHN", "USA");

    /** What a load found: at least the countries one can pair (by name) and the default pairs present. */
    public interface Loaded {
        List<Actor> countries();

        List<AgreementViewModel.Pair> defaults();
    }

    private final ObjectProperty<D> data;
    private final ObservableList<AgreementViewModel.Pair> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** The type size in percent (100 to 300) the chart's fonts follow. */
    private final IntegerProperty typeScale = new SimpleIntegerProperty(this, "typeScale", 100);
    private final ReadOnlyObjectWrapper<List<AgreementViewModel.Series>> series = new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyObjectWrapper<ChartStyle> style = new ReadOnlyObjectWrapper<>(this, "style", ChartStyle.LIGHT);

    /** @param empty what is shown before the first load */
    protected PairsViewModel(D empty) {
        data = new SimpleObjectProperty<>(this, "data", empty);
        chosen.addListener((javafx.collections.ListChangeListener<AgreementViewModel.Pair>) c -> recompute());
        theme.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
        typeScale.addListener((o, a, b) -> style.set(ChartStyle.of(theme.get(), typeScale.get())));
    }

    /** The chosen pairs' series from {@code data}'s table, with the view's other choices (index, measure). */
    protected abstract List<AgreementViewModel.Series> plotted(D data, List<AgreementViewModel.Pair> chosen);

    /** Recomputes the plotted series; also for a change of the subclass's own choices. */
    protected final void recompute() { series.set(plotted(data.get(), chosen)); }

    /** Shows freshly loaded data; the chosen pairs are kept when their countries are still there, else the defaults. */
    public void setData(D d) {
        List<AgreementViewModel.Pair> keep = chosen.stream().filter(p -> d.countries().stream().anyMatch(a -> a.id() == p.first().id())
                && d.countries().stream().anyMatch(a -> a.id() == p.second().id())).toList();
        data.set(d);
        chosen.setAll(keep.isEmpty() ? d.defaults() : keep);
        recompute();
    }

    public ReadOnlyObjectProperty<D> dataProperty() { return data; }

    public ObservableList<AgreementViewModel.Pair> chosenPairs() { return chosen; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** The type size in percent (100 to 300) the chart's fonts, lines and markers follow. */
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

    /** The default pairs among {@code countries} (a load's, off the FX thread): Vietnam with each of {@link #DEFAULT_PARTNERS} present. */
    static List<AgreementViewModel.Pair> defaults(MeasureService service, List<Actor> countries) {
        Map<String, Actor> byIso = new HashMap<>();
        for (String iso : List.of("VNM", "RUS", "CHN", "USA")) service.country(iso).filter(countries::contains).ifPresent(a -> byIso.put(iso, a));
        return defaults(byIso);
    }

    /** Reads the defaults among {@code byIso}: Vietnam with each of {@link #DEFAULT_PARTNERS}, those present. */
    static List<AgreementViewModel.Pair> defaults(Map<String, Actor> byIso) {
        Actor vietnam = byIso.get("VNM");
        List<AgreementViewModel.Pair> out = new ArrayList<>();
        if (vietnam == null) return out;
        for (String iso : DEFAULT_PARTNERS) if (byIso.containsKey(iso)) out.add(new AgreementViewModel.Pair(vietnam, byIso.get(iso)));
        return out;
    }
}
