package org.entente.ui.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineView;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.entente.store.SearchHit;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.entente.ui.common.ViewState;
import org.entente.ui.common.EventDetailPane;
import org.entente.ui.common.Names;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.entente.app.timeline.LaneCatalogue;

/**
 * The Timeline tab: the {@link TimelineView} control on the open library, with filters, search,
 * grouping, compare mode and the shared selection. It asks the view model for the visible window
 * only, after the view has stopped moving for a moment, and every read runs in a background task.
 */
public final class TimelineAppView implements AppView {
    /** How long the visible range must rest before its window is read: a drag or a wheel spin is one load. */
    static final Duration SETTLE = Duration.millis(120);

    private final AppContext context;
    private final TimelineViewModel model;
    private final BorderPane root = new BorderPane();
    private final TimelineView timeline = new TimelineView();
    private final TextField search = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();
    private final TextField range = new TextField();
    private final ComboBox<LaneGrouping> groupBy = new ComboBox<>();
    private final MenuButton compare = new MenuButton(I18n.t("timeline.toolbar.compare"));
    private final CheckComboBox<Actor> actorFilter = new CheckComboBox<>();
    /** With two actors chosen: only the UN roll calls on which they voted differently. */
    private final javafx.scene.control.CheckBox votedApart = new javafx.scene.control.CheckBox(I18n.t("timeline.filter.voted-apart"));
    private final CheckComboBox<Category> categoryFilter = new CheckComboBox<>();
    private final CheckComboBox<String> tagFilter = new CheckComboBox<>();
    private final RangeSlider importance = new RangeSlider(1, 5, 1, 5);
    private final TextField dateFilter = new TextField();
    private final ToggleButton mine = new ToggleButton(I18n.t("timeline.filter.mine"), new FontIcon(MaterialDesignS.STAR_OUTLINE));
    private final Label status = new Label();
    private final SplitPane split = new SplitPane();
    private final javafx.beans.property.BooleanProperty detailShown = new javafx.beans.property.SimpleBooleanProperty(this, "detailShown");
    /** The search and filters panel at the left; folded away (the Filters button) where large type leaves the timeline too little width. */
    private final javafx.beans.property.BooleanProperty sideShown = new javafx.beans.property.SimpleBooleanProperty(this, "sideShown", true);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final PauseTransition typing = new PauseTransition(Duration.millis(180));
    private boolean applyingSelection, applyingFilterChoices;
    private Library opened;

    public TimelineAppView(AppContext context) { this(context, new TimelineViewModel(context.tasks())); }

    /** The view of {@code model}, made before it: the window may begin the model's first read while the view is built. */
    public TimelineAppView(AppContext context, TimelineViewModel model) {
        this.context = context;
        this.model = model;
        root.getStyleClass().add("timeline-app-view");
        root.getStylesheets().add(TimelineAppView.class.getResource("timeline-app.css").toExternalForm());

        timeline.setId("timeline");
        timeline.setItems(model.items());
        timeline.setLanes(model.lanes());
        timeline.setPeriods(model.periods());
        timeline.setLinks(model.links());
        timeline.showTiersProperty().bind(model.showTiersProperty());
        timeline.showLinksProperty().bind(model.showLinksProperty());
        timeline.focusSelectionProperty().bind(context.focusSelection());
        timeline.setTooltipText(this::tooltip);

        // A double-click (or Enter) on an event opens it in its form.
        timeline.addEventHandler(org.entente.controls.timeline.TimelineEvent.ITEM_ACTIVATED, e -> {
            if (e.getItem() instanceof EventItem item)
                context.editing().edit(new org.entente.model.RecordRef(org.entente.model.RecordKind.EVENT, item.id()));
        });
        model.setNavigator(r -> timeline.zoomTo(r.fromDay(), r.toDay()));
        model.setSelector(this::selectItem);
        settle.setOnFinished(e -> {
            model.visibleRangeChanged(timeline.getVisibleStart(), timeline.getVisibleEnd());
            context.focusDate().set(LocalDate.ofEpochDay((long) ((timeline.getVisibleStart() + timeline.getVisibleEnd()) / 2)));
            publishLinkedRange();
        });
        // Linked views: a range chosen by Shift-drag is what the others follow while it lasts.
        timeline.selectedRangeProperty().addListener((o, was, range) -> publishLinkedRange());
        // A year chosen on a chart is shown here (the place chosen there replaces a range chosen here);
        // a tie chosen on the network is compared.
        context.links().onGoTo(span -> {
            timeline.setSelectedRange(null);
            glideTo(span.from().toEpochDay(), span.to().toEpochDay() + 1);
        });
        context.links().pair().addListener((o, was, pair) -> {
            if (pair == null || !context.links().enabled().get()) return;
            String key = org.entente.store.LaneKeys.pairKey(pair.first(), pair.second());
            if (model.pairLanes().stream().anyMatch(l -> l.key().equals(key)) && !model.comparedPairs().equals(List.of(key)))
                model.compare(List.of(key));
        });
        timeline.visibleStartProperty().addListener((obs, o, n) -> settle.playFromStart());
        timeline.visibleEndProperty().addListener((obs, o, n) -> settle.playFromStart());

        // The shared selection, both ways: a click here shows the event in the detail pane, a
        // selection made elsewhere (table, search) is selected and brought into view here.
        timeline.selectedItemProperty().addListener((obs, o, item) -> {
            if (!applyingSelection && item != null) context.selectedEventId().set(item.id());
        });
        context.selectedEventId().addListener((obs, o, id) -> {
            if (applyingSelection || id == null) return;
            TimelineItem item = timeline.findItem(id);
            if (item != null) selectItem(id);
            else if (root.getScene() != null && opened != null) model.reveal(id);
        });
        // A reload replaces the items, and with them the control's selection: select the shared one again.
        model.loadedProperty().addListener((obs, o, data) -> {
            Long id = context.selectedEventId().get();
            TimelineItem selected = timeline.getSelectedItem();
            if (id == null || (selected != null && selected.id() == id)) return;
            TimelineItem item = timeline.findItem(id);
            if (item == null) return;
            applyingSelection = true;
            try {
                timeline.setSelectedItem(item);
            } finally {
                applyingSelection = false;
            }
        });
        context.focusActorId().addListener((obs, o, id) -> {
            if (opened != null) {
                model.focusActor(id);
                syncFilterChoices();
            }
        });
        context.libraryVersion().addListener((obs, o, v) -> {
            if (opened != null && timeline.getVisibleEnd() > timeline.getVisibleStart())
                model.open(opened, new TypedRange((long) Math.floor(timeline.getVisibleStart()), (long) Math.ceil(timeline.getVisibleEnd())));
        });

        // The view's status, or what an export just did, until the status changes.
        model.statusProperty().addListener((o, was, now) -> exported.set(""));
        status.textProperty().bind(javafx.beans.binding.Bindings.when(exported.isEmpty()).then(model.statusProperty()).otherwise(exported));
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(model.statusProperty());
        status.setTooltip(statusTip);
        status.setMinWidth(0);
        status.getStyleClass().add("timeline-status");
        status.setId("timeline-status");

        EventDetailPane detail = new EventDetailPane(context);
        detail.getStyleClass().add("timeline-detail");
        detail.setMinWidth(0); // so that it can close
        Node side = sidePanel();
        split.getItems().setAll(side, withLoadingSign(), detail);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(detail, false);
        // Panels get fixed widths (divider positions are fractions) and the timeline the rest. On
        // a narrow window (1280 px) the detail pane stays closed until an event is selected.
        split.widthProperty().addListener((obs, o, w) -> {
            if (o.doubleValue() <= 0 && w.doubleValue() > 0) {
                detailShown.set(w.doubleValue() >= 1500);
                sideShown.set(!crowded());
            }
            layoutPanels();
        });
        detailShown.addListener((obs, o, shown) -> layoutPanels());
        sideShown.addListener((obs, o, shown) -> {
            if (shown && !split.getItems().contains(side)) split.getItems().add(0, side);
            else if (!shown) split.getItems().remove(side);
            layoutPanels();
        });
        context.effectiveTypeScale().addListener((obs, o, size) -> {
            if (split.getWidth() > 0) sideShown.set(!crowded());
            layoutPanels();
        });
        context.selectedEventId().addListener((obs, o, id) -> {
            if (id != null) detailShown.set(true);
        });
        root.setTop(toolBar());
        root.setCenter(split);
    }

    /**
     * The timeline under a loading sign shown while nothing is drawn yet because the library is
     * still opening or its first events are being read: "No events to show" would say the library
     * is empty when it is not.
     */
    private Node withLoadingSign() {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setPrefWidth(180);
        Label text = new Label();
        VBox sign = new VBox(10, text, bar);
        sign.setAlignment(Pos.CENTER);
        sign.setId("timeline-loading");
        sign.getStyleClass().add("timeline-loading");
        sign.setMouseTransparent(true);
        // No library and none opening (a first open cancelled): nothing is on its way, so no sign.
        javafx.beans.binding.BooleanBinding waiting = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.items().isEmpty() && (context.library() == null ? context.openingLibraryProperty().get()
                        : opened == null || model.loadingProperty().get()),
                model.items(), model.loadingProperty(), context.libraryProperty(), context.openingLibraryProperty());
        sign.visibleProperty().bind(waiting);
        // The canvas's own "No events to show" would be drawn under the sign and say the opposite.
        String empty = timeline.getEmptyText();
        timeline.emptyTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> waiting.get() ? "" : context.library() == null ? I18n.t("timeline.canvas.no-library") : empty,
                waiting, context.libraryProperty()));
        text.textProperty().bind(javafx.beans.binding.Bindings.when(context.libraryProperty().isNull())
                .then(I18n.t("timeline.loading.opening")).otherwise(I18n.t("timeline.loading.events")));
        // The bar animates only while shown (an indeterminate bar costs frames even when hidden).
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(waiting).then(-1.0).otherwise(0.0));
        return new javafx.scene.layout.StackPane(timeline, sign);
    }

    /**
     * Whether the window is too narrow for its type to keep the search and filters beside the
     * timeline: under 800 px of 100 % type (1280 px at 175 % and up), where the panel, the lane
     * names and the details left the timeline a third of the width.
     */
    private boolean crowded() {
        return split.getWidth() / (context.effectiveTypeScale().get() / 100.0) < 800;
    }

    private void layoutPanels() {
        double width = split.getWidth();
        if (width <= 0) return;
        // Larger type widens the panels as far as leaves the timeline half the width.
        double f = context.effectiveTypeScale().get() / 100.0;
        double side = width < 1400 ? 220 : 250, detail = width < 1400 ? 250 : 280;
        double sideWidth = sideShown.get() ? Math.max(side, Math.min(side * f, 0.22 * width)) : 0;
        double detailWidth = detailShown.get() ? Math.max(detail, Math.min(detail * f, 0.28 * width)) : 0;
        // a folded side panel is not one of the split's items: the timeline comes first
        if (sideShown.get()) split.setDividerPositions(sideWidth / width, 1 - detailWidth / width);
        else split.setDividerPositions(1 - detailWidth / width);
    }

    // ---- AppView ----------------------------------------------------------------------------------

    @Override public String title() { return I18n.t("timeline.title"); }

    @Override public Ikon icon() { return MaterialDesignT.TIMELINE_TEXT_OUTLINE; }

    @Override public Node node() { return root; }

    @Override public Node printNode() { return timeline; }

    @Override
    public void libraryOpened(AppContext ctx) {
        opened = ctx.library();
        if (opened == null) return;
        model.open(opened, (LocalDate) null);
    }

    /** The view model, for tests and the screenshot command. */
    public TimelineViewModel model() { return model; }

    public TimelineView timeline() { return timeline; }

    // ---- a story's slides ----------------------------------------------------------------------------

    /** How long the visible range takes to glide to a slide's: long enough to follow, short enough not to wait for. */
    static final Duration GLIDE = Duration.millis(450);
    private javafx.animation.Transition glide;

    @Override
    public java.util.Map<String, String> captureState() {
        java.util.Map<String, String> s = new java.util.HashMap<>();
        s.put("timeline.from", Double.toString(timeline.getVisibleStart()));
        s.put("timeline.to", Double.toString(timeline.getVisibleEnd()));
        s.put("timeline.grouping", model.groupingProperty().get().name());
        s.put("timeline.compare", ViewState.lines(model.comparedPairs()));
        s.put("timeline.actors", ViewState.lines(actorFilter.getCheckModel().getCheckedItems().stream().map(Actor::name).toList()));
        s.put("timeline.categories", ViewState.lines(categoryFilter.getCheckModel().getCheckedItems().stream().map(Category::key).toList()));
        s.put("timeline.tags", ViewState.lines(tagFilter.getCheckModel().getCheckedItems()));
        s.put("timeline.importance.low", Long.toString(Math.round(importance.getLowValue())));
        s.put("timeline.importance.high", Long.toString(Math.round(importance.getHighValue())));
        s.put("timeline.dates", dateFilter.getText() == null ? "" : dateFilter.getText().strip());
        s.put("timeline.mine", Boolean.toString(mine.isSelected()));
        s.put("timeline.votedApart", Boolean.toString(votedApart.isSelected()));
        return s;
    }

    @Override
    public void restoreState(java.util.Map<String, String> s) {
        applyingFilterChoices = true;
        try {
            check(actorFilter, ViewState.lines(s, "timeline.actors"), Actor::name);
            check(categoryFilter, ViewState.lines(s, "timeline.categories"), Category::key);
            check(tagFilter, ViewState.lines(s, "timeline.tags"), t -> t);
            // high first: a low above the current high would be clamped
            importance.setHighValue(ViewState.number(s, "timeline.importance.high").orElse(5.0));
            importance.setLowValue(ViewState.number(s, "timeline.importance.low").orElse(1.0));
            dateFilter.setText(s.getOrDefault("timeline.dates", ""));
            mine.setSelected(ViewState.flag(s, "timeline.mine").orElse(false));
            votedApart.setSelected(ViewState.flag(s, "timeline.votedApart").orElse(false));
        } finally {
            applyingFilterChoices = false;
        }
        filtersChanged();
        ViewState.choice(s, "timeline.grouping", LaneGrouping.class).ifPresent(g -> {
            if (g != model.groupingProperty().get()) model.setGrouping(g);
        });
        List<String> pairs = ViewState.lines(s, "timeline.compare");
        if (!pairs.equals(model.comparedPairs())) model.compare(pairs);
        var from = ViewState.number(s, "timeline.from");
        var to = ViewState.number(s, "timeline.to");
        if (from.isPresent() && to.isPresent()) {
            if ("none".equals(s.get(org.entente.ui.common.ViewState.TRANSITION))) timeline.zoomTo(from.get(), to.get());
            else glideTo(from.get(), to.get());
        }
    }

    /** Moves the visible range to [from, to) in a short animation (at once when not on screen). */
    private void glideTo(double from, double to) {
        if (glide != null) glide.stop();
        double startFrom = timeline.getVisibleStart(), startTo = timeline.getVisibleEnd();
        if (root.getScene() == null || !(startTo > startFrom)) {
            timeline.zoomTo(from, to);
            return;
        }
        glide = new javafx.animation.Transition() {
            {
                setCycleDuration(GLIDE);
                setInterpolator(javafx.animation.Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                timeline.zoomTo(startFrom + (from - startFrom) * f, startTo + (to - startTo) * f);
            }
        };
        glide.setOnFinished(e -> timeline.zoomTo(from, to));
        glide.play();
    }

    private static <T> void check(CheckComboBox<T> box, List<String> wanted, Function<T, String> name) {
        box.getCheckModel().clearChecks();
        for (T item : box.getItems()) if (wanted.contains(name.apply(item))) box.getCheckModel().check(item);
    }

    // ---- building ----------------------------------------------------------------------------------

    private Node toolBar() {
        range.setId("timeline-range");
        range.setPromptText(I18n.t("timeline.toolbar.range.prompt"));
        range.setPrefColumnCount(14);
        range.setTooltip(new Tooltip(I18n.t("timeline.toolbar.range.tooltip")));
        range.setOnAction(e -> goTo(range.getText()));
        Button fit = iconButton("timeline-fit", MaterialDesignF.FIT_TO_SCREEN_OUTLINE, I18n.t("timeline.toolbar.fit"), this::fitAll);
        Button toSelection = iconButton("timeline-zoom-selection", MaterialDesignM.MAGNIFY_SCAN, I18n.t("timeline.toolbar.zoom-selection"), timeline::zoomToSelection);
        Button zoomIn = iconButton("timeline-zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, I18n.t("timeline.toolbar.zoom-in"),
                () -> timeline.zoomBy(1.5, timeline.timeAreaLeft() + timeline.timeAreaWidth() / 2));
        Button zoomOut = iconButton("timeline-zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, I18n.t("timeline.toolbar.zoom-out"),
                () -> timeline.zoomBy(1 / 1.5, timeline.timeAreaLeft() + timeline.timeAreaWidth() / 2));
        Button today = iconButton("timeline-today", MaterialDesignC.CALENDAR_TODAY, I18n.t("timeline.toolbar.today"), () -> {
            long d = LocalDate.now().toEpochDay();
            double half = (timeline.getVisibleEnd() - timeline.getVisibleStart()) / 2;
            timeline.zoomTo(d - half, d + half);
        });

        groupBy.setId("timeline-group-by");
        groupBy.getItems().setAll(LaneGrouping.values());
        groupBy.setConverter(converter(TimelineAppView::groupingName));
        groupBy.setValue(model.groupingProperty().get());
        groupBy.setOnAction(e -> {
            if (groupBy.getValue() != model.groupingProperty().get()) model.setGrouping(groupBy.getValue());
        });
        model.groupingProperty().addListener((obs, o, g) -> groupBy.setValue(g));
        Label groupLabel = new Label(I18n.t("timeline.toolbar.lanes"));
        groupLabel.setLabelFor(groupBy);
        groupLabel.setMinWidth(Region.USE_PREF_SIZE);
        // the label wraps with its list, never alone at the end of a line
        HBox grouping = new HBox(6, groupLabel, groupBy);
        grouping.setAlignment(Pos.CENTER_LEFT);

        compare.setId("timeline-compare");
        compare.setGraphic(new FontIcon(MaterialDesignS.SET_SPLIT));
        compare.setTooltip(new Tooltip(I18n.t("timeline.toolbar.compare.tooltip")));
        model.pairLanes().addListener((ListChangeListener<LaneCatalogue.Lane>) c -> rebuildCompareMenu());
        model.comparedPairs().addListener((ListChangeListener<String>) c -> rebuildCompareMenu());

        ToggleButton tiers = toggle("timeline-tiers", MaterialDesignS.STAIRS, I18n.t("timeline.toolbar.tiers"), I18n.t("timeline.toolbar.tiers.tooltip"));
        tiers.selectedProperty().bindBidirectional(model.showTiersProperty());
        ToggleButton links = toggle("timeline-links", MaterialDesignA.ARROW_TOP_RIGHT, I18n.t("timeline.toolbar.links"), I18n.t("timeline.toolbar.links.tooltip"));
        links.selectedProperty().bindBidirectional(model.showLinksProperty());

        ToggleButton filters = toggle("timeline-filters", MaterialDesignF.FILTER_VARIANT, I18n.t("timeline.toolbar.filters"), I18n.t("timeline.toolbar.filters.tooltip"));
        filters.selectedProperty().bindBidirectional(sideShown);
        ToggleButton details = toggle("timeline-details", MaterialDesignT.TEXT_BOX_OUTLINE, I18n.t("timeline.toolbar.details"), I18n.t("timeline.toolbar.details.tooltip"));
        details.selectedProperty().bindBidirectional(detailShown);
        MenuButton export = new MenuButton(I18n.t("timeline.toolbar.export"), new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_EXPORT_OUTLINE));
        export.setId("timeline-export");
        export.setTooltip(new Tooltip(I18n.t("timeline.toolbar.export.tooltip")));
        MenuItem png1 = exportItem("timeline-export-png-1x", I18n.t("timeline.toolbar.export.png-1x"), TimelineExport.PNG_1X);
        MenuItem png = exportItem("timeline-export-png", I18n.t("timeline.toolbar.export.png"), TimelineExport.PNG_2X);
        MenuItem svg = exportItem("timeline-export-svg", I18n.t("timeline.toolbar.export.svg"), TimelineExport.SVG);
        MenuItem pdf = exportItem("timeline-export-pdf", I18n.t("timeline.toolbar.export.pdf"), TimelineExport.PDF);
        export.getItems().setAll(png1, png, svg, pdf);
        // A row that wraps: in large type on a 1280-pixel projector the controls take two lines
        // instead of shrinking to "…".
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, new FontIcon(MaterialDesignC.CALENDAR_RANGE), range, fit,
                toSelection, zoomIn, zoomOut, today, new Separator(Orientation.VERTICAL), grouping, compare, tiers, links, filters, details, export,
                status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().addAll("tool-bar-row", "timeline-tool-bar");
        return bar;
    }

    private MenuItem exportItem(String id, String text, TimelineExport format) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> choose(format).ifPresent(target -> export(format, target)));
        return item;
    }

    private java.util.Optional<java.nio.file.Path> choose(TimelineExport format) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName("timeline." + format.extension);
        switch (format) {
            case SVG -> {
                chooser.setTitle(I18n.t("timeline.export.title.svg"));
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(I18n.t("timeline.export.filter.svg"), "*.svg"));
            }
            case PDF -> {
                chooser.setTitle(I18n.t("timeline.export.title.pdf"));
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(I18n.t("timeline.export.filter.pdf"), "*.pdf"));
            }
            default -> {
                chooser.setTitle(I18n.t("timeline.export.title"));
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(I18n.t("timeline.export.filter"), "*.png"));
            }
        }
        return org.entente.ui.common.FileDialogs.save(chooser, context.window());
    }

    /**
     * The timeline as shown, at twice its size on screen: drawn on the FX thread (a canvas), encoded
     * and written in the background, all or nothing. The status line says where it went.
     */
    public java.util.concurrent.Future<java.nio.file.Path> exportPng(java.nio.file.Path target) {
        return export(TimelineExport.PNG_2X, target);
    }

    /** The timeline as shown in {@code format}: read on the FX thread, written in the background, all or nothing. */
    java.util.concurrent.Future<java.nio.file.Path> export(TimelineExport format, java.nio.file.Path target) {
        org.entente.app.AtomicFile.Writing writing;
        try {
            writing = format.take(timeline);
        } catch (RuntimeException e) {
            exported.set(I18n.t("timeline.export.failed", String.valueOf(e.getMessage())));
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        return context.tasks().run(I18n.t("timeline.export.task"), () -> org.entente.app.AtomicFile.write(target, writing),
                done -> exported.set(I18n.t("timeline.export.saved", done)), error -> exported.set(I18n.t("timeline.export.failed", error.getMessage())));
    }

    /** The timeline's frame as shapes and text: its drawing calls recorded here, drawn anywhere (as its SVG and PDF export). */
    @Override
    public java.util.Optional<org.entente.ui.common.VectorDrawing> vectorDrawing() {
        double w = timeline.drawingWidth(), h = timeline.drawingHeight();
        if (w < 1 || h < 1) return java.util.Optional.empty();
        return java.util.Optional.of(new org.entente.ui.common.VectorDrawing("timeline", w, h, timeline.recordDrawing()));
    }

    /** What the last export said (shown in the status line until the view's own status changes). */
    private final javafx.beans.property.StringProperty exported = new javafx.beans.property.SimpleStringProperty(this, "exported", "");

    private Node sidePanel() {
        search.setId("timeline-search");
        search.setPromptText(I18n.t("timeline.search.prompt"));
        typing.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((obs, o, n) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            model.search(search.getText());
            if (!hits.getItems().isEmpty()) jump(hits.getItems().get(0));
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
            }
        });
        hits.setId("timeline-hits");
        hits.setItems(model.hits());
        hits.setPlaceholder(new Label(I18n.t("timeline.search.none")));
        hits.setCellFactory(lv -> {
            ListCell<SearchHit> cell = new ListCell<>() {
                @Override
                protected void updateItem(SearchHit hit, boolean empty) {
                    super.updateItem(hit, empty);
                    setText(empty || hit == null ? null : TimelineViewModel.describe(hit.event()));
                }
            };
            // Cells as wide as the list: long titles end in "…" instead of scrolling sideways.
            cell.prefWidthProperty().bind(lv.widthProperty().subtract(18));
            cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            // A click jumps even when the hit is already selected (the selection then does not change).
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty() && cell.getItem() != null) jump(cell.getItem());
            });
            return cell;
        });
        hits.setOnKeyPressed(e -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) jump(hit);
        });
        hits.getSelectionModel().selectedItemProperty().addListener((obs, o, hit) -> {
            if (hit != null) jump(hit);
        });
        hits.setPrefHeight(220);
        VBox.setVgrow(hits, Priority.SOMETIMES);

        actorFilter.setId("timeline-actors");
        checkedTitle(actorFilter, I18n.t("timeline.filter.actors.all"), n -> I18n.t("timeline.filter.actors.many", n));
        actorFilter.setConverter(converter(a -> a.kind() == ActorKind.COUNTRY ? a.name() : a.name() + " · " + kindName(a.kind())));
        categoryFilter.setId("timeline-categories");
        checkedTitle(categoryFilter, I18n.t("timeline.filter.categories.all"), n -> I18n.t("timeline.filter.categories.many", n));
        categoryFilter.setConverter(converter(Names::category));
        tagFilter.setId("timeline-tags");
        checkedTitle(tagFilter, I18n.t("timeline.filter.tags.all"), n -> I18n.t("timeline.filter.tags.many", n));
        for (CheckComboBox<?> box : List.of(actorFilter, categoryFilter, tagFilter)) box.setMaxWidth(Double.MAX_VALUE);
        model.actors().addListener((ListChangeListener<Actor>) c -> replaceChoices(actorFilter, model.actors()));
        model.categories().addListener((ListChangeListener<Category>) c -> replaceChoices(categoryFilter, model.categories()));
        model.tags().addListener((ListChangeListener<String>) c -> replaceChoices(tagFilter, model.tags()));
        actorFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Actor>) c -> filtersChanged());
        votedApart.setId("timeline-voted-apart");
        votedApart.setWrapText(true);
        votedApart.setTooltip(new Tooltip(I18n.t("timeline.filter.voted-apart.tooltip")));
        votedApart.disableProperty().bind(javafx.beans.binding.Bindings.size(actorFilter.getCheckModel().getCheckedItems()).isNotEqualTo(2));
        votedApart.selectedProperty().addListener((obs, o, on) -> filtersChanged());
        categoryFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<Category>) c -> filtersChanged());
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> filtersChanged());

        importance.setId("timeline-importance");
        importance.setMajorTickUnit(1);
        importance.setMinorTickCount(0);
        importance.setSnapToTicks(true);
        importance.setShowTickMarks(true);
        importance.setShowTickLabels(true);
        importance.setBlockIncrement(1);
        importance.lowValueChangingProperty().addListener((obs, o, changing) -> {
            if (!changing) filtersChanged();
        });
        importance.highValueChangingProperty().addListener((obs, o, changing) -> {
            if (!changing) filtersChanged();
        });
        importance.lowValueProperty().addListener((obs, o, n) -> {
            if (!importance.isLowValueChanging()) filtersChanged();
        });
        importance.highValueProperty().addListener((obs, o, n) -> {
            if (!importance.isHighValueChanging()) filtersChanged();
        });

        dateFilter.setId("timeline-dates");
        dateFilter.setPromptText(I18n.t("timeline.filter.dates.prompt"));
        dateFilter.setOnAction(e -> filtersChanged());
        dateFilter.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) filtersChanged();
        });

        mine.setId("timeline-annotated");
        mine.setTooltip(new Tooltip(I18n.t("timeline.filter.mine.tooltip")));
        mine.setMaxWidth(Double.MAX_VALUE);
        mine.selectedProperty().addListener((obs, o, on) -> filtersChanged());

        Button clear = new Button(I18n.t("timeline.filter.clear"), new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.setId("timeline-clear-filters");
        clear.setOnAction(e -> clearFilters());

        VBox panel = new VBox(6,
                heading(I18n.t("timeline.side.search")), search, hits,
                heading(I18n.t("timeline.side.filters")), caption(I18n.t("timeline.side.actors")), actorFilter, votedApart,
                caption(I18n.t("timeline.side.categories")), categoryFilter, caption(I18n.t("timeline.side.tags")), tagFilter,
                caption(I18n.t("timeline.side.importance")), importance, caption(I18n.t("timeline.side.dates")), dateFilter);
        panel.setPadding(new Insets(10));
        panel.getStyleClass().add("timeline-side-panel");
        panel.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(220);
        scroll.getStyleClass().add("timeline-side-scroll");
        // "My annotations" and "Clear filters" stay in sight under the scrolling filters: at
        // 1280×800 they were below the panel's fold, where nobody looked for them.
        clear.setMaxWidth(Double.MAX_VALUE);
        // two lines rather than "My annotati…" in large type
        for (javafx.scene.control.ButtonBase b : List.of(mine, clear)) {
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox footer = new VBox(6, mine, clear);
        footer.setPadding(new Insets(6, 10, 10, 10));
        footer.getStyleClass().addAll("timeline-side-panel", "timeline-side-footer");
        javafx.scene.layout.BorderPane side = new javafx.scene.layout.BorderPane(scroll);
        side.setBottom(footer);
        side.setMinWidth(220);
        return side;
    }

    /**
     * New choices for a checklist after a reload, keeping what was ticked ticked: replacing the
     * items behind the check model left a filter applied but shown unticked when the list reopened.
     */
    private <T> void replaceChoices(CheckComboBox<T> box, List<T> items) {
        List<T> checked = new java.util.ArrayList<>(box.getCheckModel().getCheckedItems());
        applyingFilterChoices = true;
        try {
            if (!box.getItems().equals(items)) {
                box.getItems().setAll(items);
                box.getCheckModel().clearChecks();
                for (T t : checked) if (items.contains(t)) box.getCheckModel().check(t);
            }
            // The list's check boxes follow per-item properties that a reload of the choices left
            // false while the check model kept the item checked: tick them again.
            for (T t : box.getCheckModel().getCheckedItems()) box.getItemBooleanProperty(t).set(true);
        } finally {
            applyingFilterChoices = false;
        }
        if (!items.containsAll(checked)) filtersChanged();
    }

    /** "All actors" with nothing checked, the name of a single checked item, else "3 actors". */
    private static <T> void checkedTitle(CheckComboBox<T> box, String none, java.util.function.IntFunction<String> many) {
        box.setTitle(none);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            var checked = box.getCheckModel().getCheckedItems();
            box.setTitle(checked.isEmpty() ? none
                    : checked.size() == 1 ? box.getConverter().toString(checked.get(0)) : many.apply(checked.size()));
        });
    }

    /** The kind after an actor that is not a country: "ASEAN · organisation". */
    static String kindName(ActorKind kind) {
        return switch (kind) {
            case COUNTRY -> I18n.t("timeline.filter.actor-kind.country");
            case ORGANISATION -> I18n.t("timeline.filter.actor-kind.organisation");
            case PERSON -> I18n.t("timeline.filter.actor-kind.person");
            case BLOC -> I18n.t("timeline.filter.actor-kind.bloc");
        };
    }

    /** The name of a way of grouping lanes, for the Lanes list. */
    static String groupingName(LaneGrouping grouping) {
        return switch (grouping) {
            case ACTOR_PAIR -> I18n.t("timeline.lanes.actor-pair");
            case COUNTRY -> I18n.t("timeline.lanes.country");
            case CATEGORY -> I18n.t("timeline.lanes.category");
            case NONE -> I18n.t("timeline.lanes.none");
        };
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("timeline-side-heading");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("timeline-side-caption");
        return l;
    }

    private static Button iconButton(String id, Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().add("flat");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ToggleButton toggle(String id, Ikon icon, String text, String tip) {
        ToggleButton t = new ToggleButton(text, new FontIcon(icon));
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }
            @Override public T fromString(String s) { throw new UnsupportedOperationException(); }
        };
    }

    // ---- behaviour ---------------------------------------------------------------------------------

    private void goTo(String text) {
        try {
            model.goTo(text);
            range.getStyleClass().remove("invalid");
            range.setTooltip(new Tooltip(I18n.t("timeline.toolbar.range.tooltip")));
        } catch (IllegalArgumentException ex) {
            if (!range.getStyleClass().contains("invalid")) range.getStyleClass().add("invalid");
            range.setTooltip(new Tooltip(ex.getMessage()));
            range.getTooltip().show(range, range.localToScreen(0, range.getHeight()).getX(), range.localToScreen(0, range.getHeight()).getY());
        }
    }

    private void fitAll() {
        TypedRange all = model.fitAllRange();
        if (all != null) timeline.zoomTo(all.fromDay(), all.toDay());
        else timeline.fitAll();
    }

    private void jump(SearchHit hit) {
        model.jumpTo(hit.event());
    }

    /** Selects the loaded item of an event, makes it the shared selection and brings it into view. */
    /** What the linked views follow: the range chosen by Shift-drag, else the visible range as of its last rest. */
    private void publishLinkedRange() {
        org.entente.controls.timeline.TimelineRange chosen = timeline.getSelectedRange();
        if (chosen != null) {
            context.links().range().set(new org.entente.ui.common.LinkedViews.Span(chosen.first(), chosen.last()));
            return;
        }
        long first = (long) Math.floor(timeline.getVisibleStart()), last = Math.max(first, (long) Math.ceil(timeline.getVisibleEnd()) - 1);
        context.links().range().set(new org.entente.ui.common.LinkedViews.Span(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last)));
    }

    private void selectItem(long id) {
        TimelineItem item = timeline.findItem(id);
        if (item == null) return;
        applyingSelection = true;
        try {
            timeline.setSelectedItem(item);
            timeline.reveal(item);
        } finally {
            applyingSelection = false;
        }
        context.selectedEventId().set(id);
    }

    private void filtersChanged() {
        if (applyingFilterChoices) return;
        Set<Long> actors = new HashSet<>();
        for (Actor a : actorFilter.getCheckModel().getCheckedItems()) actors.add(a.id());
        Set<String> categories = new HashSet<>();
        for (Category c : categoryFilter.getCheckModel().getCheckedItems()) categories.add(c.key());
        Set<String> tags = new HashSet<>(tagFilter.getCheckModel().getCheckedItems());
        long from = Long.MIN_VALUE, to = Long.MAX_VALUE;
        String dates = dateFilter.getText() == null ? "" : dateFilter.getText().strip();
        dateFilter.getStyleClass().remove("invalid");
        if (!dates.isEmpty()) {
            try {
                TypedRange r = TypedRange.parse(dates);
                from = r.fromDay();
                to = r.toDay();
            } catch (IllegalArgumentException ex) {
                dateFilter.getStyleClass().add("invalid");
                dateFilter.setTooltip(new Tooltip(ex.getMessage()));
            }
        }
        EventFilter f = new EventFilter(actors, categories, tags, (int) Math.round(importance.getLowValue()),
                (int) Math.round(importance.getHighValue()), from, to, Set.of(), mine.isSelected(), votedApart.isSelected());
        if (!f.equals(model.filterProperty().get())) model.setFilter(f);
    }

    private void clearFilters() {
        applyingFilterChoices = true;
        try {
            actorFilter.getCheckModel().clearChecks();
            categoryFilter.getCheckModel().clearChecks();
            tagFilter.getCheckModel().clearChecks();
            importance.setLowValue(1);
            importance.setHighValue(5);
            dateFilter.clear();
            mine.setSelected(false);
            votedApart.setSelected(false);
        } finally {
            applyingFilterChoices = false;
        }
        model.compare(List.of());
        filtersChanged();
    }

    /** Shows the model's filter in the controls (after the network set a focus actor). */
    private void syncFilterChoices() {
        applyingFilterChoices = true;
        try {
            Set<Long> ids = model.filterProperty().get().actorIds();
            actorFilter.getCheckModel().clearChecks();
            for (Actor a : actorFilter.getItems()) if (ids.contains(a.id())) actorFilter.getCheckModel().check(a);
        } finally {
            applyingFilterChoices = false;
        }
    }

    private void rebuildCompareMenu() {
        compare.getItems().clear();
        for (LaneCatalogue.Lane lane : model.pairLanes()) {
            CheckMenuItem item = new CheckMenuItem(lane.title() + "  (" + lane.count() + ")");
            item.setSelected(model.comparedPairs().contains(lane.key()));
            item.setOnAction(e -> {
                List<String> keys = new java.util.ArrayList<>(model.comparedPairs());
                if (item.isSelected()) keys.add(lane.key());
                else keys.remove(lane.key());
                model.compare(keys);
            });
            compare.getItems().add(item);
        }
        if (!model.comparedPairs().isEmpty()) {
            compare.getItems().add(new SeparatorMenuItem());
            MenuItem off = new MenuItem(I18n.t("timeline.toolbar.show-all-lanes"));
            off.setOnAction(e -> model.compare(List.of()));
            compare.getItems().add(off);
        }
        compare.setText(model.comparedPairs().isEmpty() ? I18n.t("timeline.toolbar.compare") : I18n.t("timeline.toolbar.comparing", model.comparedPairs().size()));
    }

    private String tooltip(TimelineItem item) {
        String text = timeline.defaultTooltipText(item);
        if (item instanceof EventItem e && e.hidden() > 0)
            text = I18n.t("timeline.tooltip.hidden", text, e.hidden());
        return text;
    }
}
