package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;

/**
 * UN General Assembly voting agreement over time for chosen pairs: which index, which pairs, the
 * chart ({@link AgreementChartFactory}) and under it a table of exactly the plotted years with the
 * counts behind each figure.
 */
public final class AgreementView extends PairsView<AgreementViewModel.Data, AgreementViewModel> {
    /** A plotted year of a pair, for the table. */
    public record Row(String pair, MeasurePoint point) { }

    public AgreementView(AgreementViewModel vm, TaskExecutor runner) {
        super(vm, runner, "agreement", I18n.t("measures.agreement.table.title"), true, "trade-view", "agreement-view");
    }

    /** Follows the linked views: their range shaded while linked, a year clicked here shown on the timeline. */
    public void follow(org.entente.ui.common.LinkedViews links) { linkedYears().follow(links); }

    /** Whether years are shaded (linked views), and which: {from, to} or null. */
    public int[] shadedYears() { return linkedYears().shadedYears(); }

    /**
     * Computes (or takes from the cache) the agreement of every pair and year in the background,
     * then shows the chosen pairs.
     */
    public void load(Library library) {
        load(I18n.t("measures.agreement.status.computing"), I18n.t("measures.agreement.task.compute"), () -> {
            MeasureService service = new MeasureService(library);
            UnAgreement table = service.agreement();
            Map<Long, Actor> actors = new HashMap<>();
            for (Actor a : library.actors().all()) actors.put(a.id(), a);
            List<Actor> countries = new ArrayList<>();
            for (long id : table.actors()) if (actors.containsKey(id)) countries.add(actors.get(id));
            byName(countries);
            return new AgreementViewModel.Data(table, countries, PairsViewModel.defaults(service, countries), 0);
        }, d -> d.countries().isEmpty()
                ? I18n.t("measures.agreement.status.no-votes")
                : I18n.t("measures.agreement.status.loaded", d.countries().size(), d.table().pairYears(), UnAgreement.UNSURE_BELOW),
                "measures.agreement.status.failed");
    }

    @Override
    List<Node> measureChooser() {
        ChoiceBox<AgreementViewModel.Index> index = new ChoiceBox<>();
        index.setId("agreement-index");
        index.getItems().setAll(AgreementViewModel.Index.values());
        index.valueProperty().bindBidirectional(viewModel().indexProperty());
        return List.of(new Label(I18n.t("measures.agreement.label.index")), index);
    }

    @Override
    void addColumns(TableView<Row> table) {
        table.getColumns().add(PairChooser.column(I18n.t("measures.pair"), Row::pair, 220, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.axis.year"), r -> Integer.toString(r.point().year()), 60, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.shared"), r -> I18n.integer(r.point().counts().get("shared_roll_calls").intValue()), 150, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.same"), r -> I18n.integer(r.point().counts().get("same_votes").intValue()), 100, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.share"), r -> number(r.point().value()), 70, true));
        table.getColumns().add(PairChooser.column("S", r -> number(r.point().counts().get("s").doubleValue()), 70, true));
        table.getColumns().add(PairChooser.column("κ", r -> number(r.point().counts().get("kappa").doubleValue()), 70, true));
        table.getColumns().add(PairChooser.column("", r -> r.point().unsure() ? I18n.t("measures.agreement.column.unsure", UnAgreement.UNSURE_BELOW) : "", 170, false));
        table.setPlaceholder(new Label(I18n.t("measures.agreement.table.empty")));
    }

    private static String number(double v) { return Double.isNaN(v) ? "—" : I18n.fixed(v, 3); }

    @Override
    JFreeChart chartOf(List<AgreementViewModel.Series> series) {
        return AgreementChartFactory.create(series, viewModel().indexProperty().get(), viewModel().styleProperty().get());
    }
}
