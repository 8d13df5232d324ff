package org.entente.ui.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.entente.app.measures.MeasurePoint;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * What the charts of chosen pairs share (UN-vote agreement, coded events): above, the measure's
 * chooser and the pair chooser with the chosen pairs as chips; the chart, and under it a table of
 * exactly the plotted points; a status line. Each subclass says what it plots and how it loads.
 *
 * @param <D>  what a load found
 * @param <VM> the view model
 */
abstract class PairsView<D extends PairsViewModel.Loaded, VM extends PairsViewModel<D>> {
    private final VM vm;
    private final TaskExecutor runner;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final TableView<AgreementView.Row> table = new TableView<>();
    /** The first row of controls; wraps in large type. The Measures tab puts its switch at its start. */
    private final FlowPane choose = new FlowPane(8, 6);
    private final PairChooser pairs;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "status", "");
    private long loads;
    /** Linked views (yearly charts only): the timeline's range shaded here, and the year of a click on the plot; else null. */
    private final LinkedYearsChart linkedYears;
    /** The series selected by a click, and focus on it. */
    private final SeriesFocus seriesFocus;

    /**
     * @param idPrefix     the prefix of the controls' ids ("agreement" gives "agreement-chart", "agreement-table"…)
     * @param tableTitle   the title above the table
     * @param linksYears   whether the chart is of years, and follows the linked views
     * @param styleClasses the root's style classes
     */
    PairsView(VM vm, TaskExecutor runner, String idPrefix, String tableTitle, boolean linksYears, String... styleClasses) {
        this.vm = vm;
        this.runner = runner;
        this.pairs = new PairChooser(idPrefix, vm.chosenPairs(), vm::addPair);
        root.getStyleClass().addAll(styleClasses);
        root.getStylesheets().add(PairsView.class.getResource("trade.css").toExternalForm());
        root.setTop(controls());
        viewer.setId(idPrefix + "-chart");
        viewer.setMinSize(200, 150);
        linkedYears = linksYears ? new LinkedYearsChart(viewer, chart::get, () -> vm.styleProperty().get()) : null;
        seriesFocus = new SeriesFocus(viewer, chart::get, () -> vm.styleProperty().get());
        table.setId(idPrefix + "-table");
        addColumns(table);
        PairChooser.widenWithType(table, vm.typeScaleProperty());
        Label tableTitleLabel = new Label(tableTitle);
        tableTitleLabel.getStyleClass().add("trade-table-title");
        VBox lower = new VBox(tableTitleLabel, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(viewer, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.74);
        root.setCenter(split);
        Label status = new Label();
        status.setId(idPrefix + "-status");
        status.getStyleClass().add("trade-status");
        status.textProperty().bind(statusText);
        root.setBottom(status);
        vm.seriesProperty().addListener((o, a, b) -> redraw());
        vm.styleProperty().addListener((o, a, b) -> redraw());
        vm.chosenPairs().addListener((javafx.collections.ListChangeListener<AgreementViewModel.Pair>) c -> pairs.showChips());
        vm.dataProperty().addListener((o, a, d) -> pairs.setCountries(d.countries()));
        redraw();
    }

    /** The measure's label and chooser, before the pair chooser in the first row (built from the view model only). */
    abstract List<Node> measureChooser();

    /** The table's columns, and its placeholder (built from the view model only). */
    abstract void addColumns(TableView<AgreementView.Row> table);

    /** The chart of {@code series} with the view model's choices. */
    abstract JFreeChart chartOf(List<AgreementViewModel.Series> series);

    public Node node() { return root; }

    public javafx.scene.layout.Pane leadingRow() { return choose; }

    public VM viewModel() { return vm; }

    /** The linked years of a yearly chart, or null. */
    LinkedYearsChart linkedYears() { return linkedYears; }

    /** Whether the series not selected are drawn faint (View › Focus on Selection). */
    public javafx.beans.property.BooleanProperty focusSelectionProperty() { return seriesFocus.focusProperty(); }

    /** The series selected by a click on its line or legend item (its legend text), or null. */
    public javafx.beans.property.ObjectProperty<String> selectedSeriesProperty() { return seriesFocus.selectedProperty(); }

    /** The alpha (0–255) the series named {@code key} is drawn with now, or -1 (for tests). */
    public int seriesAlpha(String key) { return seriesFocus.alphaOf(key); }

    /** The chart on screen; a new one after every change of pairs, measure or theme. */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }

    /**
     * Shows {@code status} and runs {@code read} in the background as task {@code task}; the latest
     * load's data goes to the view model with the status {@code loaded} gives it, a failure's
     * message into {@code failedKey}'s text. An earlier load that ends later is dropped.
     */
    final void load(String status, String task, Callable<D> read, Function<D, String> loaded, String failedKey) {
        statusText.set(status);
        long generation = ++loads;
        runner.run(task, read, d -> {
            if (generation != loads) return;
            vm.setData(d);
            statusText.set(loaded.apply(d));
        }, e -> statusText.set(I18n.t(failedKey, e.getMessage())));
    }

    /** {@code countries} sorted by name in the interface language, as the pair chooser offers them. */
    static List<Actor> byName(List<Actor> countries) {
        countries.sort(Comparator.comparing(Actor::name, java.text.Collator.getInstance(I18n.locale())));
        return countries;
    }

    private Node controls() {
        choose.getChildren().setAll(measureChooser());
        choose.getChildren().addAll(new Label(I18n.t("measures.agreement.label.add")), pairs.first, pairs.second, pairs.add);
        choose.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, choose, pairs.chips);
        box.getStyleClass().add("trade-controls");
        return box;
    }

    private void redraw() {
        List<AgreementViewModel.Series> series = vm.seriesProperty().get();
        JFreeChart c = chartOf(series);
        if (linkedYears != null) linkedYears.applyShade(c);
        seriesFocus.apply(c);
        viewer.setChart(c);
        chart.set(c);
        List<AgreementView.Row> rows = new ArrayList<>();
        for (AgreementViewModel.Series s : series) for (MeasurePoint p : s.points()) rows.add(new AgreementView.Row(s.pair().label(), p));
        table.getItems().setAll(rows);
        pairs.showChips();
    }
}
