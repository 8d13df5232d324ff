package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

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
public final class AgreementViewModel extends PairsViewModel<AgreementViewModel.Data> {

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
    public record Data(UnAgreement table, List<Actor> countries, List<Pair> defaults, long rollCalls) implements PairsViewModel.Loaded {
        public static Data empty() { return new Data(null, List.of(), List.of(), 0); }
    }

    private final ObjectProperty<Index> index = new SimpleObjectProperty<>(this, "index", Index.AGREEMENT);
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType", false);

    public AgreementViewModel() {
        super(Data.empty());
        index.addListener((o, a, b) -> recompute());
    }

    public ObjectProperty<Index> indexProperty() { return index; }

    public BooleanProperty largeTypeProperty() { return largeType; }

    @Override
    protected List<Series> plotted(Data data, List<Pair> chosen) {
        UnAgreement table = data.table();
        List<Series> out = new ArrayList<>();
        if (table != null)
            for (Pair p : chosen) out.add(new Series(p, MeasureService.agreementSeries(table, p.first(), p.second())));
        return List.copyOf(out);
    }
}
