package org.entente.ui.trade;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;
import org.entente.analysis.trade.TradePoint;
import org.entente.app.trade.TradeData;
import org.entente.store.Library;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.labels.StandardCrosshairLabelGenerator;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;

/**
 * The trade-comparison view: controls to choose the view and the pairs, the chart (JFreeChart in
 * its JavaFX {@link ChartViewer}) with a crosshair, and under it a table of exactly the plotted
 * points and their sources. Exports to PNG, SVG, CSV and the clipboard.
 */
public final class TradeView {
    private java.util.function.Consumer<org.entente.model.TradeFigure> onFigureActivated = f -> { };
    private final TradeViewModel vm;
    private final TaskExecutor runner;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final TableView<PlottedRow> table = new TableView<>();
    private final Label readout = new Label(" ");
    private final Label status = new Label();
    private final Crosshair yearCross = new Crosshair(Double.NaN);
    private final Crosshair valueCross = new Crosshair(Double.NaN);
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper lastExport = new ReadOnlyStringWrapper(this, "lastExport");
    /** The stored figures under the point last clicked (every plotted series, that year); empty for none. */
    private final ReadOnlyObjectWrapper<List<org.entente.model.TradeFigure>> clickedFigures =
            new ReadOnlyObjectWrapper<>(this, "clickedFigures", List.of());
    private final ObjectProperty<Integer> baseYearBox;
    private int exportWidth = 1600, exportHeight = 900;
    private long loads;

    public TradeView(TradeViewModel vm, TaskExecutor runner) {
        this.vm = vm;
        this.runner = runner;
        this.baseYearBox = vm.baseYearProperty().asObject();
        root.getStyleClass().add("trade-view");
        root.getStylesheets().add(TradeView.class.getResource("trade.css").toExternalForm());
        root.setTop(controls());
        viewer.setId("trade-chart");
        viewer.setMinSize(200, 150);
        setUpCrosshair();
        linkedYears = new LinkedYearsChart(viewer, chart::get, vm::style);
        seriesFocus = new SeriesFocus(viewer, chart::get, vm::style);
        keepTooltipsInsideTheWindow();
        buildTable();
        Label tableTitle = new Label(I18n.t("measures.table.title"));
        tableTitle.getStyleClass().add("trade-table-title");
        VBox plotted = new VBox(tableTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane lower = new BorderPane(plotted);
        lower.setId("trade-lower");
        // so that the table can fold away under the chart in very large type (TABLE_FOLDED_FROM)
        lower.setMinHeight(0);
        // folded, it shows nothing of the table's header under the divider
        javafx.scene.shape.Rectangle lowerClip = new javafx.scene.shape.Rectangle();
        lowerClip.widthProperty().bind(lower.widthProperty());
        lowerClip.heightProperty().bind(lower.heightProperty());
        lower.setClip(lowerClip);
        // and folded to a sliver (Present's full-screen switch leaves a few pixels), it shows nothing
        Runnable showLower = () -> {
            if (lower.getCenter() != null) lower.getCenter().setVisible(lower.getHeight() >= 40);
        };
        lower.heightProperty().addListener(o -> showLower.run());
        lower.centerProperty().addListener(o -> showLower.run());
        SplitPane split = new SplitPane(viewer, lower);
        split.setId("trade-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(NORMAL_SPLIT);
        showGrowthBesideTheTable(lower, plotted, split);
        root.setCenter(split);
        status.getStyleClass().add("trade-status");
        // The readout shares the bottom line with the status: a line less above the chart, which
        // in large type (a projector) is the difference between a plot that reads and a strip.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, readout, gap, status);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.getStyleClass().add("trade-bottom");
        root.setBottom(bottom);
        followTypeSize(split);
        vm.modelProperty().addListener((o, a, b) -> redraw());
        vm.styleProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    public Node node() { return root; }

    /**
     * The first row of controls: the Measures tab puts its Trade | UN vote agreement switch at its start (a row less above the chart).
     * It wraps: at 200 % type on 1280×800 the switch and the chart kinds do not fit on one line, and an
     * HBox squeezed them to "…".
     */
    private final FlowPane leadingRow = new FlowPane(12, 6);

    public javafx.scene.layout.Pane leadingRow() { return leadingRow; }

    /** Where the chart/table divider starts; in large type the chart takes more (see {@link #followTypeSize}). */
    static final double NORMAL_SPLIT = 0.74, LARGE_SPLIT = 0.84, MIRROR_SPLIT = 0.62;

    /**
     * From this type size the table folds under the chart (its divider waits at the bottom, to be
     * dragged up): at 200 % on 1280×800 the table showed its header and no row, and left the plot
     * 85 px high.
     */
    static final int TABLE_FOLDED_FROM = 175;

    /** The divider with the table folded away. */
    static final double FOLDED_SPLIT = 1.0;

    /**
     * Large type (Present) gives the chart most of the height and widens the table's columns with the
     * type; very large type folds the table away. Leaving either puts back the divider the user had
     * there and the columns' widths.
     */
    private void followTypeSize(SplitPane split) {
        // the divider the user had in normal type [0] and in large type [1]; [2] is the folded table
        double[] remembered = {NORMAL_SPLIT, LARGE_SPLIT, FOLDED_SPLIT};
        int[] regime = {0};
        java.util.Map<TableColumn<?, ?>, Double> widths = new java.util.HashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) widths.put(c, c.getPrefWidth());
        Runnable apply = () -> {
            boolean large = vm.largeTypeProperty().get();
            int now = vm.typeScaleProperty().get() >= TABLE_FOLDED_FROM ? 2 : large ? 1 : 0;
            if (now != regime[0]) {
                if (regime[0] != 2) remembered[regime[0]] = split.getDividerPositions()[0];
                regime[0] = now;
            }
            split.setDividerPositions(remembered[now]);
            double f = columnFactor(vm.typeScaleProperty().get());
            for (TableColumn<?, ?> c : table.getColumns()) c.setPrefWidth(widths.get(c) * f);
            // Wide columns scroll sideways in large type rather than squeeze into "…".
            table.setColumnResizePolicy(large ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        };
        vm.largeTypeProperty().addListener((o, was, large) -> apply.run());
        vm.typeScaleProperty().addListener((o, was, size) -> apply.run());
        if (vm.largeTypeProperty().get()) apply.run();
    }

    /**
     * How much wider the table's columns are at a type size: as the type (bold headers need a
     * little more: 1.75 at Large Type's 150 %, as before the type sizes).
     */
    static double columnFactor(int typeScalePercent) {
        return typeScalePercent <= 100 ? 1 : typeScalePercent / 100.0 * (1.75 / 1.5);
    }

    public TradeViewModel viewModel() { return vm; }

    /** The chart on screen; a new one after every change of view, pairs, scale or theme. */
    public javafx.beans.property.ReadOnlyObjectProperty<JFreeChart> chartProperty() { return chart.getReadOnlyProperty(); }

    /** Path of the last file written, for tests and the status line. */
    public javafx.beans.property.ReadOnlyStringProperty lastExportProperty() { return lastExport.getReadOnlyProperty(); }

    /** Loads the library's trade figures and markers in the background, then shows them. */
    public void load(Library library) {
        status.setText(I18n.t("measures.status.loading"));
        long generation = ++loads;
        runner.run(I18n.t("measures.task.load"), () -> TradeData.load(library), d -> {
            if (generation != loads) return; // a newer load (the library changed again) is on its way
            vm.setData(d);
            status.setText(I18n.t("measures.status.loaded", d.figures().size(), d.markers().size()));
        }, e -> status.setText(I18n.t("measures.status.load-failed", e.getMessage())));
    }

    private Node controls() {
        ToggleGroup kinds = new ToggleGroup();
        HBox kindBar = new HBox();
        kindBar.getStyleClass().add("trade-kinds");
        for (ChartKind k : ChartKind.values()) {
            ToggleButton b = new ToggleButton(k.label());
            b.setId("trade-kind-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setUserData(k);
            b.setToggleGroup(kinds);
            b.setSelected(vm.kindProperty().get() == k);
            kindBar.getChildren().add(b);
        }
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) old.setSelected(true); // one view is always chosen
            else vm.kindProperty().set((ChartKind) now.getUserData());
        });
        vm.kindProperty().addListener((o, a, k) -> kinds.getToggles().stream().filter(t -> t.getUserData() == k).findFirst()
                .ifPresent(t -> t.setSelected(true)));

        MenuButton pairs = new MenuButton(I18n.t("measures.pairs"));
        pairs.setId("trade-pairs");
        Runnable fillPairs = () -> {
            pairs.getItems().clear();
            for (TradePair p : vm.availablePairs()) {
                CheckMenuItem item = new CheckMenuItem(p.label());
                item.setSelected(vm.chosenPairs().stream().anyMatch(c -> c.label().equals(p.label())));
                item.setOnAction(e -> {
                    List<TradePair> chosen = new ArrayList<>();
                    for (MenuItem mi : pairs.getItems())
                        if (mi instanceof CheckMenuItem c && c.isSelected())
                            vm.availablePairs().stream().filter(a -> a.label().equals(c.getText())).findFirst().ifPresent(chosen::add);
                    vm.chosenPairs().setAll(chosen);
                });
                pairs.getItems().add(item);
            }
        };
        vm.availablePairs().addListener((ListChangeListener<TradePair>) c -> fillPairs.run());
        vm.chosenPairs().addListener((ListChangeListener<TradePair>) c -> {
            for (MenuItem mi : pairs.getItems())
                if (mi instanceof CheckMenuItem cm) cm.setSelected(vm.chosenPairs().stream().anyMatch(p -> p.label().equals(cm.getText())));
        });

        ComboBox<Integer> base = new ComboBox<>(vm.years());
        base.setId("trade-base-year");
        base.valueProperty().bindBidirectional(baseYearBox);
        ComboBox<TradePair> part = pairBox("trade-share-part", vm.sharePartProperty());
        ComboBox<TradePair> whole = pairBox("trade-share-whole", vm.shareWholeProperty());
        ComboBox<TradePair> flows = pairBox("trade-flows-pair", vm.flowsPairProperty());
        ComboBox<TradePair> mirror = pairBox("trade-mirror-pair", vm.mirrorPairProperty());
        ChoiceBox<MirrorSide> side = new ChoiceBox<>();
        side.setId("trade-mirror-side");
        side.getItems().setAll(MirrorSide.values());
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(MirrorSide s) {
                TradePair p = vm.mirrorPairProperty().get();
                if (s == null) return "";
                return switch (s) {
                    case HOME -> I18n.t("measures.mirror.side.figures", p == null ? I18n.t("measures.mirror.side.first") : p.home().name());
                    case PARTNER -> I18n.t("measures.mirror.side.figures", p == null ? I18n.t("measures.mirror.side.partner") : p.partner().name());
                    case BOTH -> I18n.t("measures.mirror.side.both");
                };
            }

            @Override
            public MirrorSide fromString(String s) { return null; }
        });
        side.valueProperty().bindBidirectional(vm.mirrorSideProperty());
        vm.mirrorPairProperty().addListener((o, a, b) -> {
            MirrorSide keep = side.getValue();
            side.getItems().setAll(MirrorSide.values()); // relabel with the new pair's names
            side.setValue(keep);
        });

        CheckBox log = new CheckBox(I18n.t("measures.log-scale"));
        log.setId("trade-log");
        log.selectedProperty().bindBidirectional(vm.logScaleProperty());
        log.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !vm.kindProperty().get().allowsLog(), vm.kindProperty()));
        CheckBox events = new CheckBox(I18n.t("measures.markers"));
        events.setId("trade-events");
        events.selectedProperty().bindBidirectional(vm.showEventsProperty());
        ToggleButton mine = new ToggleButton(I18n.t("measures.annotated"));
        mine.setId("trade-annotated");
        mine.setTooltip(new javafx.scene.control.Tooltip(I18n.t("measures.annotated.tip")));
        mine.selectedProperty().bindBidirectional(vm.annotatedOnlyProperty());

        MenuButton export = new MenuButton(I18n.t("measures.export"));
        export.setId("trade-export");
        MenuItem png = new MenuItem(I18n.t("measures.export.png"));
        png.setOnAction(e -> exportPng());
        MenuItem svg = new MenuItem(I18n.t("measures.export.svg"));
        svg.setOnAction(e -> exportSvg());
        MenuItem csv = new MenuItem(I18n.t("measures.export.csv"));
        csv.setOnAction(e -> exportCsv());
        MenuItem copy = new MenuItem(I18n.t("measures.export.copy"));
        copy.setOnAction(e -> copyToClipboard());
        export.getItems().addAll(png, svg, csv, new SeparatorMenuItem(), copy);

        Label baseLabel = new Label(I18n.t("measures.base-year")), partLabel = new Label(I18n.t("measures.pair")),
                wholeLabel = new Label(I18n.t("measures.share.of")), flowsLabel = new Label(I18n.t("measures.pair")),
                mirrorLabel = new Label(I18n.t("measures.pair")), sideLabel = new Label(I18n.t("measures.mirror.side"));
        showFor(List.of(pairs), ChartKind.OVER_TIME, ChartKind.INDEXED);
        showFor(List.of(baseLabel, base), ChartKind.INDEXED);
        showFor(List.of(partLabel, part, wholeLabel, whole), ChartKind.SHARE);
        showFor(List.of(flowsLabel, flows), ChartKind.FLOWS);
        showFor(List.of(mirrorLabel, mirror, sideLabel, side), ChartKind.MIRROR);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FlowPane choices = new FlowPane(pairs, baseLabel, base, partLabel, part, wholeLabel, whole, flowsLabel, flows, mirrorLabel, mirror,
                sideLabel, side, log, events, mine, export);
        choices.getStyleClass().add("trade-choices");
        readout.setId("trade-readout");
        readout.getStyleClass().add("trade-readout");
        leadingRow.getChildren().add(kindBar);
        leadingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        leadingRow.setRowValignment(javafx.geometry.VPos.CENTER);
        VBox top = new VBox(leadingRow, choices);
        top.getStyleClass().add("trade-controls");
        return top;
    }

    private ComboBox<TradePair> pairBox(String id, ObjectProperty<TradePair> property) {
        ComboBox<TradePair> box = new ComboBox<>(vm.availablePairs());
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private void showFor(List<Node> nodes, ChartKind... kinds) {
        Runnable update = () -> {
            boolean on = List.of(kinds).contains(vm.kindProperty().get());
            for (Node n : nodes) {
                n.setVisible(on);
                n.setManaged(on);
            }
        };
        vm.kindProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    private final GrowthTable growth = new GrowthTable();

    /** Called with a reported change double-clicked in the mirror view's growth table. */
    public void setOnClaimActivated(java.util.function.Consumer<org.entente.model.TradeChange> action) { growth.setOnClaimActivated(action); }

    /**
     * In the mirror view the area under the chart holds two tabs, the growth table (both reporters'
     * levels, computed and reported growth; shown first) and the plotted figures, each at full
     * width: side by side, both tables were cut to "…" at 1280×800.
     */
    private void showGrowthBesideTheTable(BorderPane lower, VBox plotted, SplitPane split) {
        Label title = new Label(I18n.t("measures.growth.title"));
        title.getStyleClass().add("trade-table-title");
        title.setId("trade-growth-title");
        VBox box = new VBox(title, growth.node());
        VBox.setVgrow(growth.node(), Priority.ALWAYS);
        javafx.scene.control.Tab growthTab = new javafx.scene.control.Tab(I18n.t("measures.growth.tab"));
        growthTab.setId("trade-growth-tab");
        javafx.scene.control.Tab plottedTab = new javafx.scene.control.Tab(I18n.t("measures.table.tab"));
        plottedTab.setId("trade-plotted-tab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(growthTab, plottedTab);
        tabs.setId("trade-lower-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        double[] chartShare = {Double.NaN};
        Runnable update = () -> {
            boolean mirror = vm.kindProperty().get() == ChartKind.MIRROR;
            if (mirror && lower.getCenter() != tabs) {
                lower.setCenter(null);
                growthTab.setContent(box);
                plottedTab.setContent(plotted);
                tabs.getSelectionModel().select(growthTab);
                lower.setCenter(tabs);
                // A few years of growth need a few rows: the chart gives up some height while the table is there.
                chartShare[0] = split.getDividerPositions()[0];
                if (!vm.largeTypeProperty().get()) split.setDividerPositions(Math.min(chartShare[0], MIRROR_SPLIT));
            } else if (!mirror && lower.getCenter() == tabs) {
                lower.setCenter(null);
                growthTab.setContent(null);
                plottedTab.setContent(null);
                lower.setCenter(plotted);
                if (!Double.isNaN(chartShare[0]) && !vm.largeTypeProperty().get()) split.setDividerPositions(chartShare[0]);
            }
            growth.show(vm.mirrorPairProperty().get(), vm.mirrorYearsProperty().get());
        };
        vm.kindProperty().addListener((o, a, b) -> update.run());
        vm.mirrorYearsProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    private void buildTable() {
        table.setId("trade-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("measures.table.empty")));
        TableColumn<PlottedRow, String> series = column(I18n.t("measures.column.series"), r -> r.series(), 200);
        TableColumn<PlottedRow, String> year = column(I18n.t("measures.axis.year"), r -> Integer.toString(r.year()), 60);
        TableColumn<PlottedRow, String> value = column(I18n.t("measures.column.value"), r -> r.shown().value(), 110);
        value.getStyleClass().add("numeric");
        TableColumn<PlottedRow, String> quality = column(I18n.t("measures.column.quality"), r -> r.shown().quality(), 90);
        TableColumn<PlottedRow, String> reporters = column(I18n.t("measures.column.reporters"), PlottedRow::reporters, 110);
        TableColumn<PlottedRow, String> figures = column(I18n.t("measures.column.figures"), r -> r.shown().figures(), 280);
        TableColumn<PlottedRow, String> sources = column(I18n.t("measures.column.sources"), PlottedRow::sources, 400);
        table.getColumns().setAll(List.of(series, year, value, quality, reporters, figures, sources));
    }

    private static TableColumn<PlottedRow, String> column(String title, java.util.function.Function<PlottedRow, String> text, double width) {
        TableColumn<PlottedRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Linked views: the timeline's range shaded here, and the year of a click on the plot. */
    private final LinkedYearsChart linkedYears;
    /** The series selected by a click, and focus on it. */
    private final SeriesFocus seriesFocus;

    /** Whether the series not selected are drawn faint (View › Focus on Selection). */
    public javafx.beans.property.BooleanProperty focusSelectionProperty() { return seriesFocus.focusProperty(); }

    /** The series selected by a click on its line or legend item (its legend text), or null. */
    public javafx.beans.property.ObjectProperty<String> selectedSeriesProperty() { return seriesFocus.selectedProperty(); }

    /** The alpha (0–255) the series named {@code key} is drawn with now, or -1 (for tests). */
    public int seriesAlpha(String key) { return seriesFocus.alphaOf(key); }

    /** Shades the years {@code from} to {@code to} (both included) behind the data; null clears. */
    public void shade(Integer from, Integer to) { linkedYears.shade(from, to); }

    /** Whether years are shaded, and which (for tests): {from, to} or null. */
    public int[] shadedYears() { return linkedYears.shadedYears(); }

    /** Called with the year of each click on the plot. */
    public void setOnYearClicked(java.util.function.IntConsumer action) { linkedYears.setOnYearClicked(action); }

    /** Follows the linked views: their range shaded while linked, a year clicked here shown on the timeline. */
    public void follow(org.entente.ui.common.LinkedViews links) { linkedYears.follow(links); }

    private void redraw() {
        TradeChartModel model = vm.model();
        JFreeChart c = TradeChartFactory.create(model, vm.style());
        linkedYears.applyShade(c);
        seriesFocus.apply(c);
        viewer.setChart(c);
        chart.set(c);
        table.getItems().setAll(model.rows());
        styleCrosshairs();
        yearCross.setValue(Double.NaN);
        valueCross.setValue(Double.NaN);
        readout.setText(model.notes().isEmpty() ? I18n.t("measures.readout.hint") : String.join("  ·  ", model.notes()));
    }

    private void setUpCrosshair() {
        CrosshairOverlayFX overlay = new CrosshairOverlayFX();
        overlay.addDomainCrosshair(yearCross);
        overlay.addRangeCrosshair(valueCross);
        viewer.getCanvas().addOverlay(overlay);
        yearCross.setLabelVisible(true);
        yearCross.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        yearCross.setLabelGenerator(new StandardCrosshairLabelGenerator("{0}", new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        valueCross.setLabelVisible(true);
        valueCross.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        valueCross.setLabelGenerator(new StandardCrosshairLabelGenerator("{0}", TradeChartFactory.valueFormat()));
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                double x = event.getTrigger().getX(), y = event.getTrigger().getY();
                clickAt(x, y);
                if (event.getTrigger().getClickCount() == 2) figureAt(x, y).ifPresent(f -> onFigureActivated.accept(f));
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) { pointAt(event.getTrigger().getX(), event.getTrigger().getY()); }
        });
    }

    /**
     * The chart's point tooltips (figures and sources, several lines) open right of the mouse: near
     * the chart's right edge they ran off the window. Once shown, one that would is moved left
     * (and up) to end inside the window. JFreeChart installs its tooltip on the canvas itself.
     */
    private void keepTooltipsInsideTheWindow() {
        var canvas = viewer.getCanvas();
        javafx.collections.MapChangeListener<Object, Object> installed = change -> {
            if (change.wasAdded() && change.getValueAdded() instanceof javafx.scene.control.Tooltip tip) {
                // a point's sources make a line thousands of pixels long: wrap at about 32 letters' widths
                tip.setWrapText(true);
                tip.setMaxWidth(32 * tip.getFont().getSize());
                tip.setOnShown(e -> fitInWindow(tip));
                // its text changes with the point under the mouse, and its size with the text
                tip.widthProperty().addListener(o -> fitInWindow(tip));
                tip.heightProperty().addListener(o -> fitInWindow(tip));
                tip.xProperty().addListener(o -> fitInWindow(tip));
            }
        };
        canvas.getProperties().addListener(installed);
    }

    private void fitInWindow(javafx.scene.control.Tooltip tip) {
        Window w = window();
        if (w == null || !tip.isShowing()) return;
        double right = w.getX() + w.getWidth(), bottom = w.getY() + w.getHeight();
        if (tip.getX() + tip.getWidth() > right) tip.setX(Math.max(w.getX(), right - tip.getWidth()));
        if (tip.getY() + tip.getHeight() > bottom) tip.setY(Math.max(w.getY(), bottom - tip.getHeight()));
    }

    private void styleCrosshairs() {
        ChartStyle s = vm.style();
        for (Crosshair c : List.of(yearCross, valueCross)) {
            c.setPaint(s.muted());
            c.setLabelFont(s.tickFont());
            c.setLabelPaint(s.foreground());
            c.setLabelBackgroundPaint(TradeChartFactory.translucent(s.plotBackground(), 230));
            c.setLabelOutlinePaint(s.muted());
        }
    }

    /** Called with the trade figure behind a double-clicked point (the editor opens it). */
    public void setOnFigureActivated(java.util.function.Consumer<org.entente.model.TradeFigure> action) {
        onFigureActivated = action == null ? f -> { } : action;
    }

    /**
     * The figure behind the point nearest the mouse in the year under it: of the series plotted
     * that year, the one whose value is closest to the mouse's height (on the primary axis).
     */
    Optional<org.entente.model.TradeFigure> figureAt(double x, double y) {
        JFreeChart c = chart.get();
        if (c == null || viewer.getCanvas().getRenderingInfo() == null) return Optional.empty();
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(x, y)) return Optional.empty();
        XYPlot plot = c.getXYPlot();
        int year = (int) Math.round(plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge()));
        double value = plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge());
        TradePoint best = null;
        double bestDistance = Double.MAX_VALUE;
        for (PlottedSeries ps : vm.model().series()) {
            Optional<TradePoint> p = ps.series().at(year);
            if (p.isEmpty()) continue;
            // Compared as plotted (US$ bn, index, %), the axis's unit.
            double distance = Math.abs(TradeChartModel.chartValue(ps.series().unit(), p.get().value()) - value);
            if (best == null || distance < bestDistance) {
                best = p.get();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(TradePoint::figure);
    }

    /** A click on the chart picks the year under the mouse: its figures' notes show beside the chart. */
    private void clickAt(double x, double y) { linkedYears.yearAt(x, y).ifPresent(this::selectYear); }

    /** Picks a year of the chart: {@link #clickedFiguresProperty()} gets the stored figures its points rest on. */
    public void selectYear(int year) {
        java.util.Map<Long, org.entente.model.TradeFigure> figures = new java.util.LinkedHashMap<>();
        for (PlottedSeries ps : vm.model().series())
            ps.series().at(year).ifPresent(p -> p.basis().forEach(f -> figures.putIfAbsent(f.id(), f)));
        clickedFigures.set(List.copyOf(figures.values()));
    }

    public javafx.beans.property.ReadOnlyObjectProperty<List<org.entente.model.TradeFigure>> clickedFiguresProperty() {
        return clickedFigures.getReadOnlyProperty();
    }

    /** Puts a host's node (the point's notes) on the right of the chart; null removes it. */
    public void setSide(Node side) { root.setRight(side); }

    /** Moves the crosshair to the year under the mouse and lists every series' value in that year. */
    void pointAt(double x, double y) {
        JFreeChart c = chart.get();
        if (c == null || viewer.getCanvas().getRenderingInfo() == null) return;
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(x, y)) {
            yearCross.setValue(Double.NaN);
            valueCross.setValue(Double.NaN);
            return;
        }
        XYPlot plot = c.getXYPlot();
        int year = (int) Math.round(plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge()));
        yearCross.setValue(year);
        valueCross.setValue(plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge()));
        StringBuilder sb = new StringBuilder(I18n.t("measures.readout.year", Integer.toString(year)));
        for (PlottedSeries ps : vm.model().series()) {
            Optional<TradePoint> p = ps.series().at(year);
            String value = p.map(pt -> pt.flagged()
                    ? I18n.t("measures.readout.flagged", TradeChartModel.format(ps.series().unit(), pt.value()), TradeChartModel.qualityName(pt.quality()))
                    : TradeChartModel.format(ps.series().unit(), pt.value())).orElse(I18n.t("measures.readout.no-figure"));
            sb.append("   ").append(I18n.t("measures.readout.series", ps.legend(), value));
        }
        readout.setText(sb.toString());
    }

    private Window window() { return root.getScene() == null ? null : root.getScene().getWindow(); }

    private Optional<File> chooseFile(String title, String name, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return org.entente.ui.common.FileDialogs.save(fc, window()).map(Path::toFile);
    }

    private String baseName() { return vm.kindProperty().get().name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    private void exportPng() {
        new ExportSizeDialog(window(), exportWidth, exportHeight).showAndWait().ifPresent(size -> {
            exportWidth = size.width();
            exportHeight = size.height();
            chooseFile(I18n.t("measures.export.png.title"), "trade-" + baseName() + ".png", I18n.t("measures.export.png.filter"), "png")
                    .ifPresent(f -> writePng(f, size.width(), size.height(), size.scale()));
        });
    }

    private void exportSvg() {
        chooseFile(I18n.t("measures.export.svg.title"), "trade-" + baseName() + ".svg", I18n.t("measures.export.svg.filter"), "svg").ifPresent(f -> writeSvg(f, exportWidth, exportHeight));
    }

    private void exportCsv() {
        chooseFile(I18n.t("measures.export.csv.title"), "trade-" + baseName() + ".csv", I18n.t("measures.export.csv.filter"), "csv").ifPresent(this::writeCsv);
    }

    /** Writes the current chart as PNG in the background. */
    public void writePng(File file, int width, int height, double scale) {
        TradeChartModel model = vm.model();
        ChartStyle style = TradeChartExport.slideStyle(vm.style(), width);
        write(I18n.t("measures.task.export.png"), file, tmp -> Files.write(tmp, TradeChartExport.png(model, style, width, height, scale)));
    }

    /** Writes the current chart as SVG in the background. */
    public void writeSvg(File file, int width, int height) {
        TradeChartModel model = vm.model();
        ChartStyle style = TradeChartExport.slideStyle(vm.style(), width);
        write(I18n.t("measures.task.export.svg"), file, tmp -> Files.writeString(tmp, TradeChartExport.svg(model, style, width, height), StandardCharsets.UTF_8));
    }

    /** Writes exactly the plotted points as CSV in the background. */
    public void writeCsv(File file) {
        TradeChartModel model = vm.model();
        write(I18n.t("measures.task.export.csv"), file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                TradeChartExport.csv(model, w);
            }
        });
    }

    @FunctionalInterface
    private interface FileWork { void writeTo(Path tmp) throws IOException; }

    private void write(String title, File file, FileWork work) {
        status.setText(I18n.t("measures.status.working", title));
        Path target = file.toPath().toAbsolutePath();
        runner.run(title, () -> {
            // write beside the target and move it into place, so a failed export never leaves half a file
            org.entente.app.OpenLibraryFiles.refuseAsExportTarget(target);
            Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
            try {
                work.writeTo(tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        }, done -> {
            status.setText(I18n.t("measures.status.saved", done.toString()));
            lastExport.set(done.toString());
        }, e -> status.setText(I18n.t("measures.status.write-failed", target.toString(), e.getMessage())));
    }

    /** Copies the chart at the last export size to the clipboard as an image. */
    public void copyToClipboard() {
        TradeChartModel model = vm.model();
        ChartStyle style = vm.style();
        runner.run(I18n.t("measures.task.copy"), () -> TradeChartExport.image(model, style, exportWidth, exportHeight, 1), img -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(img, null));
            Clipboard.getSystemClipboard().setContent(content);
            status.setText(I18n.t("measures.status.copied", Integer.toString(exportWidth), Integer.toString(exportHeight)));
        }, e -> status.setText(I18n.t("measures.status.copy-failed", e.getMessage())));
    }
}
