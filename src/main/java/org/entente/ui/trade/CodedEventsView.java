package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasureService;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;

/**
 * Coded events (GDELT) between chosen pairs by month: which measure (mean Goldstein score or
 * events per month), which pairs, the chart ({@link CodedEventsChartFactory}) and under it a table
 * of exactly the plotted months with the counts behind each figure.
 */
public final class CodedEventsView extends PairsView<CodedEventsViewModel.Data, CodedEventsViewModel> {
    public CodedEventsView(CodedEventsViewModel vm, TaskExecutor runner) {
        super(vm, runner, "coded", I18n.t("measures.coded.table.title"), false, "trade-view", "agreement-view", "coded-events-view");
    }

    /** Reads every pair's months in the background (one query), then shows the chosen pairs. */
    public void load(Library library) {
        load(I18n.t("measures.coded.status.reading"), I18n.t("measures.coded.task.read"), () -> {
            MeasureService service = new MeasureService(library);
            CooperationConflict table = service.codedEvents();
            java.util.Set<Long> ids = table.actors();
            List<Actor> countries = new ArrayList<>();
            for (Actor a : library.actors().all()) if (ids.contains(a.id())) countries.add(a);
            byName(countries);
            return new CodedEventsViewModel.Data(table, countries, PairsViewModel.defaults(service, countries));
        }, d -> d.table().isEmpty() ? I18n.t("measures.coded.status.none")
                : I18n.t("measures.coded.status.loaded", d.countries().size(), d.table().pairMonths(), CooperationConflict.UNSURE_BELOW),
                "measures.coded.status.failed");
    }

    @Override
    List<Node> measureChooser() {
        ChoiceBox<MeasureKind> measure = new ChoiceBox<>();
        measure.setId("coded-measure");
        measure.getItems().setAll(CodedEventsViewModel.measures());
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeasureKind k) {
                return k == null ? "" : k == MeasureKind.GOLDSTEIN ? I18n.t("measures.coded.measure.goldstein") : I18n.t("measures.coded.measure.count");
            }

            @Override
            public MeasureKind fromString(String s) { return null; }
        });
        measure.valueProperty().bindBidirectional(viewModel().measureProperty());
        return List.of(new Label(I18n.t("measures.coded.label.measure")), measure);
    }

    @Override
    void addColumns(TableView<AgreementView.Row> table) {
        table.getColumns().add(PairChooser.column(I18n.t("measures.pair"), AgreementView.Row::pair, 220, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.month"), r -> CodedEventsChartFactory.month(r.point()), 130, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.events"), r -> I18n.integer(r.point().counts().get("events").intValue()), 140, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.scored"), r -> I18n.integer(r.point().counts().get("scored").intValue()), 130, true));
        // the plotted figure: a mean Goldstein score to two decimals, or the month's count
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.value"), r -> viewModel().measureProperty().get() == MeasureKind.GOLDSTEIN
                ? I18n.fixed(r.point().value(), 2) : I18n.integer((long) r.point().value()), 120, true));
        table.getColumns().add(PairChooser.column("", r -> r.point().unsure() ? I18n.t("measures.coded.column.unsure", CooperationConflict.UNSURE_BELOW) : "", 190, false));
        table.setPlaceholder(new Label(I18n.t("measures.coded.table.empty")));
    }

    @Override
    JFreeChart chartOf(List<AgreementViewModel.Series> series) {
        return CodedEventsChartFactory.create(series, viewModel().measureProperty().get(), viewModel().styleProperty().get());
    }
}
