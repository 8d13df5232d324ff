package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Coded events (GDELT) between chosen pairs by month: which measure (mean Goldstein score or
 * events per month), which pairs, the chart ({@link CodedEventsChartFactory}) and under it a table
 * of exactly the plotted months with the counts behind each figure.
 */
public final class CodedEventsView {
    private final CodedEventsViewModel vm;
    private final TaskExecutor runner;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    /** The series selected by a click, and focus on it. */
    private final SeriesFocus seriesFocus;
    private final TableView<AgreementView.Row> table = new TableView<>();
    /** The first row of controls; the Measures tab puts its switch at its start. */
    private final FlowPane choose = new FlowPane(8, 6);
    private final PairChooser pairs;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "status", "");
    private long loads;

    public CodedEventsView(CodedEventsViewModel vm, TaskExecutor runner) {
        this.vm = vm;
        this.runner = runner;
        this.pairs = new PairChooser("coded", vm.chosenPairs(), vm::addPair);
        root.getStyleClass().addAll("trade-view", "agreement-view", "coded-events-view");
        root.getStylesheets().add(CodedEventsView.class.getResource("trade.css").toExternalForm());
        root.setTop(controls());
        viewer.setId("coded-chart");
        viewer.setMinSize(200, 150);
        seriesFocus = new SeriesFocus(viewer, chart::get, () -> vm.styleProperty().get());
        buildTable();
        Label tableTitle = new Label(I18n.t("measures.coded.table.title"));
        tableTitle.getStyleClass().add("trade-table-title");
        VBox lower = new VBox(tableTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(viewer, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        root.setCenter(split);
        Label status = new Label();
        status.setId("coded-status");
        status.getStyleClass().add("trade-status");
        status.textProperty().bind(statusText);
        root.setBottom(status);
        vm.seriesProperty().addListener((o, a, b) -> redraw());
        vm.styleProperty().addListener((o, a, b) -> redraw());
        vm.chosenPairs().addListener((javafx.collections.ListChangeListener<AgreementViewModel.Pair>) c -> pairs.showChips());
        vm.dataProperty().addListener((o, a, d) -> pairs.setCountries(d.countries()));
        redraw();
    }

    public Node node() { return root; }

    public javafx.scene.layout.Pane leadingRow() { return choose; }

    public CodedEventsViewModel viewModel() { return vm; }

    /** Whether the series not selected are drawn faint (View › Focus on Selection). */
    public javafx.beans.property.BooleanProperty focusSelectionProperty() { return seriesFocus.focusProperty(); }

    /** The series selected by a click on its line or legend item (its legend text), or null. */
    public javafx.beans.property.ObjectProperty<String> selectedSeriesProperty() { return seriesFocus.selectedProperty(); }

    /** The alpha (0–255) the series named {@code key} is drawn with now, or -1 (for tests). */
    public int seriesAlpha(String key) { return seriesFocus.alphaOf(key); }

    /** The chart on screen; a new one after every change of pairs, measure or theme. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }

    /** Reads every pair's months in the background (one query), then shows the chosen pairs. */
    public void load(Library library) {
        statusText.set(I18n.t("measures.coded.status.reading"));
        long generation = ++loads;
        runner.run(I18n.t("measures.coded.task.read"), () -> {
            MeasureService service = new MeasureService(library);
            CooperationConflict table = service.codedEvents();
            java.util.Set<Long> ids = table.actors();
            List<Actor> countries = new ArrayList<>();
            for (Actor a : library.actors().all()) if (ids.contains(a.id())) countries.add(a);
            countries.sort(Comparator.comparing(Actor::name, java.text.Collator.getInstance(I18n.locale())));
            Map<String, Actor> byIso = new HashMap<>();
            for (String iso : List.of("VNM", "RUS", "CHN", "USA")) service.country(iso).filter(countries::contains).ifPresent(a -> byIso.put(iso, a));
            return new CodedEventsViewModel.Data(table, countries, AgreementViewModel.defaults(byIso));
        }, d -> {
            if (generation != loads) return;
            vm.setData(d);
            statusText.set(d.table().isEmpty() ? I18n.t("measures.coded.status.none")
                    : I18n.t("measures.coded.status.loaded", d.countries().size(), d.table().pairMonths(), CooperationConflict.UNSURE_BELOW));
        }, e -> statusText.set(I18n.t("measures.coded.status.failed", e.getMessage())));
    }

    private Node controls() {
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
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        choose.getChildren().setAll(new Label(I18n.t("measures.coded.label.measure")), measure, new Label(I18n.t("measures.agreement.label.add")), pairs.first, pairs.second, pairs.add);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, choose, pairs.chips);
        box.getStyleClass().add("trade-controls");
        return box;
    }

    private void buildTable() {
        table.setId("coded-table");
        table.getColumns().add(PairChooser.column(I18n.t("measures.pair"), AgreementView.Row::pair, 220, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.month"), r -> CodedEventsChartFactory.month(r.point()), 130, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.events"), r -> I18n.integer(r.point().counts().get("events").intValue()), 140, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.scored"), r -> I18n.integer(r.point().counts().get("scored").intValue()), 130, true));
        // the plotted figure: a mean Goldstein score to two decimals, or the month's count
        table.getColumns().add(PairChooser.column(I18n.t("measures.coded.column.value"), r -> vm.measureProperty().get() == MeasureKind.GOLDSTEIN
                ? I18n.fixed(r.point().value(), 2) : I18n.integer((long) r.point().value()), 120, true));
        table.getColumns().add(PairChooser.column("", r -> r.point().unsure() ? I18n.t("measures.coded.column.unsure", CooperationConflict.UNSURE_BELOW) : "", 190, false));
        PairChooser.widenWithType(table, vm.typeScaleProperty());
        table.setPlaceholder(new Label(I18n.t("measures.coded.table.empty")));
    }

    private void redraw() {
        List<AgreementViewModel.Series> series = vm.seriesProperty().get();
        JFreeChart c = CodedEventsChartFactory.create(series, vm.measureProperty().get(), vm.styleProperty().get());
        seriesFocus.apply(c);
        viewer.setChart(c);
        chart.set(c);
        List<AgreementView.Row> rows = new ArrayList<>();
        for (AgreementViewModel.Series s : series) for (MeasurePoint p : s.points()) rows.add(new AgreementView.Row(s.pair().label(), p));
        table.getItems().setAll(rows);
        pairs.showChips();
    }
}
