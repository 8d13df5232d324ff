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

import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * UN General Assembly voting agreement over time for chosen pairs: which index, which pairs, the
 * chart ({@link AgreementChartFactory}) and under it a table of exactly the plotted years with the
 * counts behind each figure.
 */
public final class AgreementView {
    /** A plotted year of a pair, for the table. */
    public record Row(String pair, MeasurePoint point) { }

    private final AgreementViewModel vm;
    private final TaskExecutor runner;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final TableView<Row> table = new TableView<>();
    private final Label status = new Label();
    /** The first row of controls; wraps in large type. The Measures tab puts its switch at its start. */
    private final FlowPane choose = new FlowPane(8, 6);

    public javafx.scene.layout.Pane leadingRow() { return choose; }
    private final PairChooser pairs;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "status", "");
    private long loads;
    /** Linked views: the timeline's range shaded here, and the year of a click on the plot. */
    private final LinkedYearsChart linkedYears;
    /** The series selected by a click, and focus on it. */
    private final SeriesFocus seriesFocus;

    public AgreementView(AgreementViewModel vm, TaskExecutor runner) {
        this.vm = vm;
        this.runner = runner;
        this.pairs = new PairChooser("agreement", vm.chosenPairs(), vm::addPair);
        root.getStyleClass().addAll("trade-view", "agreement-view");
        root.getStylesheets().add(AgreementView.class.getResource("trade.css").toExternalForm());
        root.setTop(controls());
        viewer.setId("agreement-chart");
        viewer.setMinSize(200, 150);
        linkedYears = new LinkedYearsChart(viewer, chart::get, () -> vm.styleProperty().get());
        seriesFocus = new SeriesFocus(viewer, chart::get, () -> vm.styleProperty().get());
        buildTable();
        Label tableTitle = new Label(I18n.t("measures.agreement.table.title"));
        tableTitle.getStyleClass().add("trade-table-title");
        VBox lower = new VBox(tableTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(viewer, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        root.setCenter(split);
        status.setId("agreement-status");
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

    public AgreementViewModel viewModel() { return vm; }

    /** Follows the linked views: their range shaded while linked, a year clicked here shown on the timeline. */
    public void follow(org.entente.ui.common.LinkedViews links) { linkedYears.follow(links); }

    /** Whether years are shaded (linked views), and which: {from, to} or null. */
    public int[] shadedYears() { return linkedYears.shadedYears(); }

    /** Whether the series not selected are drawn faint (View › Focus on Selection). */
    public javafx.beans.property.BooleanProperty focusSelectionProperty() { return seriesFocus.focusProperty(); }

    /** The series selected by a click on its line or legend item (its legend text), or null. */
    public javafx.beans.property.ObjectProperty<String> selectedSeriesProperty() { return seriesFocus.selectedProperty(); }

    /** The alpha (0–255) the series named {@code key} is drawn with now, or -1 (for tests). */
    public int seriesAlpha(String key) { return seriesFocus.alphaOf(key); }

    /** The chart on screen; a new one after every change of pairs, index or theme. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }

    /**
     * Computes (or takes from the cache) the agreement of every pair and year in the background,
     * then shows the chosen pairs.
     */
    public void load(Library library) {
        statusText.set(I18n.t("measures.agreement.status.computing"));
        long generation = ++loads;
        runner.run(I18n.t("measures.agreement.task.compute"), () -> {
            MeasureService service = new MeasureService(library);
            UnAgreement table = service.agreement();
            Map<Long, Actor> actors = new HashMap<>();
            for (Actor a : library.actors().all()) actors.put(a.id(), a);
            List<Actor> countries = new ArrayList<>();
            for (long id : table.actors()) if (actors.containsKey(id)) countries.add(actors.get(id));
            countries.sort(Comparator.comparing(Actor::name, java.text.Collator.getInstance(I18n.locale())));
            Map<String, Actor> byIso = new HashMap<>();
            for (String iso : List.of("VNM", "RUS", "CHN", "USA")) service.country(iso).filter(countries::contains).ifPresent(a -> byIso.put(iso, a));
            return new AgreementViewModel.Data(table, countries, AgreementViewModel.defaults(byIso), 0);
        }, d -> {
            if (generation != loads) return;
            vm.setData(d);
            statusText.set(d.countries().isEmpty()
                    ? I18n.t("measures.agreement.status.no-votes")
                    : I18n.t("measures.agreement.status.loaded", d.countries().size(), d.table().pairYears(), UnAgreement.UNSURE_BELOW));
        }, e -> statusText.set(I18n.t("measures.agreement.status.failed", e.getMessage())));
    }

    private Node controls() {
        ChoiceBox<AgreementViewModel.Index> index = new ChoiceBox<>();
        index.setId("agreement-index");
        index.getItems().setAll(AgreementViewModel.Index.values());
        index.valueProperty().bindBidirectional(vm.indexProperty());
        choose.getChildren().setAll(new Label(I18n.t("measures.agreement.label.index")), index, new Label(I18n.t("measures.agreement.label.add")), pairs.first, pairs.second, pairs.add);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, choose, pairs.chips);
        box.getStyleClass().add("trade-controls");
        return box;
    }

    private void buildTable() {
        table.setId("agreement-table");
        table.getColumns().add(PairChooser.column(I18n.t("measures.pair"), Row::pair, 220, false));
        table.getColumns().add(PairChooser.column(I18n.t("measures.axis.year"), r -> Integer.toString(r.point().year()), 60, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.shared"), r -> I18n.integer(r.point().counts().get("shared_roll_calls").intValue()), 150, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.same"), r -> I18n.integer(r.point().counts().get("same_votes").intValue()), 100, true));
        table.getColumns().add(PairChooser.column(I18n.t("measures.agreement.column.share"), r -> number(r.point().value()), 70, true));
        table.getColumns().add(PairChooser.column("S", r -> number(r.point().counts().get("s").doubleValue()), 70, true));
        table.getColumns().add(PairChooser.column("κ", r -> number(r.point().counts().get("kappa").doubleValue()), 70, true));
        table.getColumns().add(PairChooser.column("", r -> r.point().unsure() ? I18n.t("measures.agreement.column.unsure", UnAgreement.UNSURE_BELOW) : "", 170, false));
        PairChooser.widenWithType(table, vm.typeScaleProperty());
        table.setPlaceholder(new Label(I18n.t("measures.agreement.table.empty")));
    }

    private static String number(double v) { return Double.isNaN(v) ? "—" : I18n.fixed(v, 3); }

    private void redraw() {
        List<AgreementViewModel.Series> series = vm.seriesProperty().get();
        JFreeChart c = AgreementChartFactory.create(series, vm.indexProperty().get(), vm.styleProperty().get());
        linkedYears.applyShade(c);
        seriesFocus.apply(c);
        viewer.setChart(c);
        chart.set(c);
        List<Row> rows = new ArrayList<>();
        for (AgreementViewModel.Series s : series) for (MeasurePoint p : s.points()) rows.add(new Row(s.pair().label(), p));
        table.getItems().setAll(rows);
        pairs.showChips();
    }
}
