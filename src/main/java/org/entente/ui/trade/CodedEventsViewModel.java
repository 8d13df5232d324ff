package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;

/**
 * The coded-events chart's state: every pair's months (read once, in the background), the pairs
 * chosen and which monthly measure to plot. A change of pair or measure recomputes the plotted
 * series in memory, with no query.
 */
public final class CodedEventsViewModel extends PairsViewModel<CodedEventsViewModel.Data> {
    /** What a load found: every pair's months, the countries with coded events (by name), and the default pairs present. */
    public record Data(CooperationConflict table, List<Actor> countries, List<AgreementViewModel.Pair> defaults) implements PairsViewModel.Loaded {
        public static Data empty() { return new Data(null, List.of(), List.of()); }
    }

    private final ObjectProperty<MeasureKind> measure = new SimpleObjectProperty<>(this, "measure", MeasureKind.GOLDSTEIN);

    public CodedEventsViewModel() {
        super(Data.empty());
        measure.addListener((o, a, b) -> {
            // a yearly measure has no place on a monthly chart: keep the one shown
            if (b == null || !b.monthly()) measure.set(a);
            else recompute();
        });
    }

    /** The measures this chart plots. */
    public static List<MeasureKind> measures() { return List.of(MeasureKind.GOLDSTEIN, MeasureKind.EVENT_COUNT); }

    /** {@link MeasureKind#GOLDSTEIN} or {@link MeasureKind#EVENT_COUNT}. */
    public ObjectProperty<MeasureKind> measureProperty() { return measure; }

    /** The chosen pairs' series of a measure from a loaded table (also what the benchmark times). */
    public static List<AgreementViewModel.Series> series(CooperationConflict table, MeasureKind kind, List<AgreementViewModel.Pair> pairs) {
        List<AgreementViewModel.Series> out = new ArrayList<>();
        if (table != null)
            for (AgreementViewModel.Pair p : pairs) out.add(new AgreementViewModel.Series(p, MeasureService.codedSeries(table, kind, p.first(), p.second())));
        return List.copyOf(out);
    }

    @Override
    protected List<AgreementViewModel.Series> plotted(Data data, List<AgreementViewModel.Pair> chosen) {
        return series(data.table(), measure.get(), chosen);
    }
}
