package org.entente.ui.network;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import javax.imageio.ImageIO;

import org.entente.analysis.Measure;
import org.entente.analysis.TieKind;
import org.entente.controls.network.NetworkEvent;
import org.entente.controls.network.NetworkNode;
import org.entente.controls.network.NetworkView;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.ui.common.ViewState;
import org.entente.model.EventHeader;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The network tab: Vietnam's (or any library's) web of ties as of a date. A time slider with
 * play/pause, the date always shown; node size, tie kind and layout choosers; a side panel with the
 * selected tie's history and the pair's events; exports to PNG (2×), SVG, GEXF and GraphML.
 * Clicking a country focuses the timeline on it; with "Follow timeline" on, the date follows the
 * timeline's.
 */
public final class NetworkAppView implements AppView {
    private final AppContext context;
    /** Whether the view's tab is the one selected (it is built when first shown), and whether a read waits for it to be. */
    private boolean tabSelected = true, readWhenSelected;
    private final NetworkViewModel vm;
    private final NetworkView diagram = new NetworkView();
    private final Slider slider = new Slider();
    private final Label dateLabel = new Label();
    private final ListView<EventHeader> pairEvents = new ListView<>();
    private final BorderPane root = new BorderPane();
    /** The user's marks and notes on the clicked partnership spell. */
    private final VBox annotationHost = new VBox();
    private boolean syncingSlider;

    public NetworkAppView(AppContext context) {
        this.context = context;
        this.vm = new NetworkViewModel(context.tasks());
        build();
        bind();
    }

    @Override
    public String title() { return I18n.t("network.title"); }

    @Override
    public Ikon icon() { return MaterialDesignG.GRAPH_OUTLINE; }

    @Override
    public Node node() { return root; }

    @Override
    public Node printNode() { return diagram; }

    /** The diagram as shapes and text, the drawing its SVG export writes. */
    @Override
    public java.util.Optional<org.entente.ui.common.VectorDrawing> vectorDrawing() {
        double w = diagram.drawingWidth(), h = diagram.drawingHeight();
        if (w < 1 || h < 1 || diagram.getSkin() == null) return java.util.Optional.empty();
        return java.util.Optional.of(new org.entente.ui.common.VectorDrawing("network", w, h, diagram.recordDrawing()));
    }

    @Override
    public void libraryOpened(AppContext ctx) {
        if (ctx.library() == null) return;
        if (!tabSelected) {
            // Not looked at: read when shown (an edit or another library would otherwise cost a whole read each).
            vm.stopReading();
            readWhenSelected = true;
            return;
        }
        readWhenSelected = false;
        var span = ctx.links().range().get();
        LocalDate start = vm.linked().get() && span != null ? span.to() : null;
        vm.load(ctx.library(), start != null ? start : vm.date().get());
        vm.loadAnnotations(ctx.library());
    }

    @Override
    public void tabSelected(boolean selected) {
        // The network's read runs for seconds at ten million events: it stops when the person turns
        // away, and starts again when they come back to a network it did not finish reading.
        tabSelected = selected;
        if (!selected) vm.stopReading();
        else if (readWhenSelected || vm.readStopped()) libraryOpened(context);
    }

    /** For tests and the screenshot: the view model and the diagram. */
    public NetworkViewModel viewModel() { return vm; }

    @Override
    public java.util.Map<String, String> captureState() {
        java.util.Map<String, String> s = new java.util.HashMap<>();
        s.put("network.date", vm.date().get().toString());
        s.put("network.step", vm.step().get().name());
        s.put("network.ties", vm.tieKind().get().name());
        s.put("network.threshold", Double.toString(vm.agreementThreshold().get()));
        s.put("network.measure", vm.measure().get().name());
        s.put("network.layout", vm.layout().get().name());
        s.put("network.linked", Boolean.toString(vm.linked().get()));
        if (vm.focusActor().get() != null) s.put("network.country", vm.focusActor().get().name());
        // Pinned nodes by name and place: the rest is the layout's to place again.
        java.util.List<String> pins = new java.util.ArrayList<>();
        for (Long id : vm.pinned()) {
            Actor a = vm.actors().get(id);
            javafx.geometry.Point2D p = vm.positions().get().get(id);
            if (a != null && p != null) pins.add(a.name() + "\t" + p.getX() + "\t" + p.getY());
        }
        java.util.Collections.sort(pins);
        s.put("network.pinned", ViewState.lines(pins));
        return s;
    }

    @Override
    public void restoreState(java.util.Map<String, String> s) {
        ViewState.flag(s, "network.linked").ifPresent(vm.linked()::set);
        ViewState.choice(s, "network.layout", NetworkViewModel.LayoutKind.class).ifPresent(vm.layout()::set);
        ViewState.choice(s, "network.step", NetworkViewModel.Step.class).ifPresent(vm.step()::set);
        ViewState.number(s, "network.threshold").ifPresent(vm.agreementThreshold()::set);
        ViewState.choice(s, "network.ties", TieKind.class).ifPresent(vm.tieKind()::set);
        ViewState.choice(s, "network.measure", org.entente.analysis.Measure.class).ifPresent(vm.measure()::set);
        String country = s.get("network.country");
        if (country != null) vm.countries().stream().filter(a -> a.name().equals(country)).findFirst().ifPresent(vm.focusActor()::set);
        if (s.containsKey("network.pinned")) {
            java.util.Map<String, Long> idByName = new java.util.HashMap<>();
            vm.actors().forEach((id, a) -> idByName.put(a.name(), id));
            java.util.Map<Long, javafx.geometry.Point2D> next = new java.util.HashMap<>(vm.positions().get());
            java.util.Set<Long> pins = new java.util.HashSet<>();
            for (String line : ViewState.lines(s, "network.pinned")) {
                String[] f = line.split("\t");
                Long id = f.length == 3 ? idByName.get(f[0]) : null;
                if (id == null) continue;
                try {
                    next.put(id, new javafx.geometry.Point2D(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                    pins.add(id);
                } catch (NumberFormatException e) {
                    // a hand-edited bundle: the node is laid out instead
                }
            }
            // Only when the slide's pins differ from the diagram's: a layout is a background job and a redraw.
            boolean same = pins.equals(vm.pinned());
            for (Long id : pins) same &= next.get(id).equals(vm.positions().get().get(id));
            if (!same) {
                vm.pinned().retainAll(pins);
                vm.pinned().addAll(pins);
                vm.positions().set(next);
                vm.relayout();
            }
        }
        ViewState.date(s, "network.date").ifPresent(vm.date()::set);
    }

    public NetworkView diagram() { return diagram; }

    public Slider slider() { return slider; }

    // ---- building ------------------------------------------------------------------------------------

    private void build() {
        root.getStyleClass().add("network-app");
        root.getStylesheets().add(NetworkAppView.class.getResource("network-app.css").toExternalForm());
        diagram.setId("network-diagram");
        diagram.focusSelectionProperty().bind(context.focusSelection());

        ToggleButton play = new ToggleButton();
        play.setId("network-play");
        play.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        play.selectedProperty().bindBidirectional(vm.playing());
        play.selectedProperty().addListener((o, was, on) -> ((FontIcon) play.getGraphic()).setIconCode(on ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        play.setTooltip(new Tooltip(I18n.t("network.toolbar.play")));
        Button back = iconButton(MaterialDesignS.SKIP_PREVIOUS, I18n.t("network.toolbar.back"), vm::stepBack);
        Button forward = iconButton(MaterialDesignS.SKIP_NEXT, I18n.t("network.toolbar.forward"), vm::stepForward);
        ChoiceBox<NetworkViewModel.Step> step = new ChoiceBox<>();
        step.getItems().setAll(NetworkViewModel.Step.values());
        step.valueProperty().bindBidirectional(vm.step());
        step.setTooltip(new Tooltip(I18n.t("network.toolbar.step")));

        slider.setId("network-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(365.2425 * 2);
        slider.setMinorTickCount(1);
        slider.setBlockIncrement(30);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double d) { return Integer.toString(LocalDate.ofEpochDay(Math.round(d)).getYear()); }

            @Override
            public Double fromString(String s) { return (double) LocalDate.of(Integer.parseInt(s), 1, 1).toEpochDay(); }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        dateLabel.getStyleClass().add("network-date");
        dateLabel.setId("network-date");
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox follow = new CheckBox(I18n.t("network.toolbar.follow"));
        follow.setId("network-follow");
        follow.selectedProperty().bindBidirectional(vm.linked());
        follow.setTooltip(new Tooltip(I18n.t("network.toolbar.follow.tooltip")));

        HBox timeBar = new HBox(8, play, back, forward, step, slider, dateLabel, follow);
        timeBar.setAlignment(Pos.CENTER_LEFT);
        timeBar.getStyleClass().add("network-bar");

        ChoiceBox<TieKind> ties = new ChoiceBox<>();
        ties.setId("network-ties");
        ties.getItems().setAll(TieKind.values());
        ties.setConverter(converter(NetworkViewModel::tieKindName));
        ties.valueProperty().bindBidirectional(vm.tieKind());
        ChoiceBox<Measure> measure = new ChoiceBox<>();
        measure.setId("network-measure");
        measure.getItems().setAll(Measure.values());
        measure.setConverter(converter(NetworkViewModel::measureName));
        measure.valueProperty().bindBidirectional(vm.measure());
        ChoiceBox<NetworkViewModel.LayoutKind> layout = new ChoiceBox<>();
        layout.setId("network-layout");
        layout.getItems().setAll(NetworkViewModel.LayoutKind.values());
        layout.valueProperty().bindBidirectional(vm.layout());
        ComboBox<Actor> country = new ComboBox<>(vm.countries());
        country.setId("network-country");
        country.setConverter(converter(a -> a == null ? "" : a.label()));
        country.valueProperty().bindBidirectional(vm.focusActor());
        country.setTooltip(new Tooltip(I18n.t("network.toolbar.country.tooltip")));
        Button fit = iconButton(MaterialDesignF.FIT_TO_SCREEN_OUTLINE, I18n.t("network.toolbar.fit"), diagram::zoomToFit);
        Button unpin = iconButton(MaterialDesignP.PIN_OFF_OUTLINE, I18n.t("network.toolbar.unpin"), vm::unpinAll);
        MenuButton export = new MenuButton(I18n.t("network.toolbar.export"), new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        export.setId("network-export");
        MenuItem png = new MenuItem(I18n.t("network.export.png"));
        png.setOnAction(e -> choose(I18n.t("network.export.png.title"), I18n.t("network.export.png.filter"), "png").ifPresent(this::exportPng));
        MenuItem svg = new MenuItem(I18n.t("network.export.svg"));
        svg.setOnAction(e -> choose(I18n.t("network.export.svg.title"), I18n.t("network.export.svg.filter"), "svg").ifPresent(this::exportSvg));
        MenuItem gexf = new MenuItem(I18n.t("network.export.gexf"));
        gexf.setOnAction(e -> choose(I18n.t("network.export.gexf.title"), I18n.t("network.export.gexf.filter"), "gexf").ifPresent(vm::exportGexf));
        MenuItem graphml = new MenuItem(I18n.t("network.export.graphml"));
        graphml.setOnAction(e -> choose(I18n.t("network.export.graphml.title"), I18n.t("network.export.graphml.filter"), "graphml")
                .ifPresent(vm::exportGraphMl));
        MenuItem replay = new MenuItem(I18n.t("network.export.replay"));
        replay.setId("network-export-replay");
        replay.setOnAction(e -> openReplayDialog());
        export.getItems().setAll(png, svg, gexf, graphml, new javafx.scene.control.SeparatorMenuItem(), replay);

        ToggleButton mine = new ToggleButton(I18n.t("network.toolbar.mine"), new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignS.STAR_OUTLINE));
        mine.setId("network-annotated");
        mine.setTooltip(new javafx.scene.control.Tooltip(I18n.t("network.toolbar.mine.tooltip")));
        mine.selectedProperty().bindBidirectional(vm.annotatedOnly());
        // With UN vote agreement: the lowest share of the same vote that makes a tie.
        ChoiceBox<Double> threshold = new ChoiceBox<>();
        threshold.setId("network-agreement-threshold");
        threshold.getItems().setAll(0.5, 0.7, 0.8, 0.9);
        threshold.setConverter(converter(v -> v == null ? "" : I18n.t("network.toolbar.threshold.value", Math.round(v * 100))));
        threshold.setValue(vm.agreementThreshold().get());
        threshold.valueProperty().addListener((o, was, v) -> {
            if (v != null) vm.agreementThreshold().set(v);
        });
        threshold.setTooltip(new Tooltip(I18n.t("network.toolbar.threshold.tooltip")));
        threshold.visibleProperty().bind(vm.tieKind().isEqualTo(TieKind.UN_AGREEMENT));
        threshold.managedProperty().bind(threshold.visibleProperty());
        // Wraps instead of shrinking its labels and buttons to "…" (large type on a 1280-pixel projector,
        // longer Vietnamese words); a label wraps with its list, never alone at the end of a line.
        javafx.scene.layout.FlowPane optionBar = new javafx.scene.layout.FlowPane(8, 6,
                labelled(I18n.t("network.toolbar.ties"), ties, threshold), labelled(I18n.t("network.toolbar.size"), measure),
                new Separator(Orientation.VERTICAL), labelled(I18n.t("network.toolbar.layout"), layout),
                labelled(I18n.t("network.toolbar.country"), country), fit, unpin, mine, export);
        optionBar.setAlignment(Pos.CENTER_LEFT);
        optionBar.getStyleClass().add("network-bar");

        Label sideTitle = new Label();
        sideTitle.getStyleClass().add("network-side-title");
        sideTitle.textProperty().bind(vm.pairTitle());
        sideTitle.setWrapText(true);
        Label details = new Label();
        details.getStyleClass().add("network-side-details");
        details.textProperty().bind(vm.details());
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        Label eventsTitle = new Label(I18n.t("network.side.pair-events"));
        eventsTitle.getStyleClass().add("network-side-heading");
        eventsTitle.visibleProperty().bind(Bindings.isNotEmpty(vm.pairEvents()));
        eventsTitle.managedProperty().bind(eventsTitle.visibleProperty());
        pairEvents.visibleProperty().bind(eventsTitle.visibleProperty());
        pairEvents.managedProperty().bind(eventsTitle.visibleProperty());
        pairEvents.setId("network-pair-events");
        pairEvents.setItems(vm.pairEvents());
        pairEvents.setPlaceholder(new Label(""));
        pairEvents.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EventHeader h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : NetworkViewModel.startText(h) + " — " + h.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        pairEvents.getSelectionModel().selectedItemProperty().addListener((o, was, h) -> {
            if (h != null) context.selectedEventId().set(h.id());
        });
        VBox.setVgrow(pairEvents, Priority.ALWAYS);
        annotationHost.setId("network-annotations");
        VBox side = new VBox(8, sideTitle, details, annotationHost, eventsTitle, pairEvents);
        side.getStyleClass().add("network-side");
        side.setPadding(new Insets(12));
        // The panel scrolls: at 200 % type on 1280×800 its texts are taller than the window, and the split
        // centred the over-tall panel, drawing it up over the toolbar and down under the status bar.
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("network-side-scroll");
        sideScroll.setMinWidth(220);

        SplitPane split = new SplitPane(diagram, sideScroll);
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(sideScroll, false);
        root.setTop(new VBox(timeBar, optionBar));
        root.setCenter(split);
    }

    private void bind() {
        // Copied in one step, not with Bindings.bindContent (which removes, then adds): the diagram
        // keeps a selected node or tie that is still there after a reload (an edit elsewhere, a
        // note saved in the side panel), so its side panel stays open.
        diagram.getNodes().setAll(vm.nodes());
        diagram.getEdges().setAll(vm.edges());
        vm.nodes().addListener((javafx.collections.ListChangeListener<org.entente.controls.network.NetworkNode>) c -> diagram.getNodes().setAll(vm.nodes()));
        vm.edges().addListener((javafx.collections.ListChangeListener<org.entente.controls.network.NetworkEdge>) c -> diagram.getEdges().setAll(vm.edges()));
        Bindings.bindContentBidirectional(diagram.getPinned(), vm.pinned());
        diagram.positionsProperty().bindBidirectional(vm.positions());
        diagram.captionProperty().bind(vm.caption());
        diagram.subtitleProperty().bind(vm.subtitle());
        diagram.sizeLegendProperty().bind(vm.sizeLegend());
        dateLabel.textProperty().bind(vm.caption());
        vm.positions().addListener((o, was, now) -> {
            if (vm.fitRequested().get()) {
                vm.fitRequested().set(false);
                diagram.zoomToFit();
            }
        });

        vm.firstDate().addListener((o, was, d) -> slider.setMin(d.toEpochDay()));
        vm.lastDate().addListener((o, was, d) -> slider.setMax(d.toEpochDay()));
        slider.setMin(vm.firstDate().get().toEpochDay());
        slider.setMax(vm.lastDate().get().toEpochDay());
        slider.setValue(vm.date().get().toEpochDay());
        slider.valueProperty().addListener((o, was, v) -> {
            if (syncingSlider) return;
            vm.date().set(LocalDate.ofEpochDay(Math.round(v.doubleValue())));
        });
        vm.date().addListener((o, was, d) -> {
            syncingSlider = true;
            try {
                slider.setValue(d.toEpochDay());
            } finally {
                syncingSlider = false;
            }
        });

        diagram.addEventHandler(NetworkEvent.NODE_CLICKED, e -> {
            NetworkNode n = e.getNode();
            context.focusActorId().set(n.id());
            vm.showNode(n);
        });
        diagram.addEventHandler(NetworkEvent.EDGE_CLICKED, e -> {
            vm.showPair(e.getEdge());
            showSpellAnnotations(e.getEdge());
            // Focus the partner side: the end that is not the focus country.
            Actor focus = vm.focusActor().get();
            long other = focus != null && e.getEdge().target() == focus.id() ? e.getEdge().source() : e.getEdge().target();
            context.focusActorId().set(other);
            // Cleared first: the same tie clicked again (after the chart's pairs changed) is heard again.
            context.links().pair().set(null);
            context.links().pair().set(new org.entente.ui.common.LinkedViews.Pair(e.getEdge().source(), e.getEdge().target()));
        });
        javafx.beans.InvalidationListener selection = o -> {
            if (diagram.getSelectedNode() == null && diagram.getSelectedEdge() == null) {
                vm.clearSelection();
                annotationHost.getChildren().clear();
            }
        };
        diagram.selectedNodeProperty().addListener(selection);
        diagram.selectedEdgeProperty().addListener(selection);
        // A double-click on a partnership edge opens the spell in force on the diagram's date.
        diagram.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            var edge = diagram.getSelectedEdge();
            if (e.getClickCount() == 2 && edge != null && edge.levelKey() != null)
                context.editing().editPartnership(edge.source(), edge.target(), vm.date().get());
        });
        // An edit elsewhere (a partnership saved or undone) redraws the network.
        context.libraryVersion().addListener((o, was, now) -> libraryOpened(context));
        diagram.addEventHandler(NetworkEvent.NODE_MOVED, e -> vm.nodeMoved(diagram.getPositions(), diagram.getPinned()));

        // Linked views ("Follow timeline" is View › Link Views): the network as of the end of the
        // timeline's range, so a range chosen there reads as "where things stood by then".
        vm.linked().bindBidirectional(context.links().enabled());
        context.links().range().addListener((o, was, span) -> followTimeline());
        vm.linked().addListener((o, was, on) -> followTimeline());
    }

    private void followTimeline() {
        var span = context.links().range().get();
        if (!vm.linked().get() || span == null) return;
        LocalDate end = span.to();
        if (end.isAfter(vm.lastDate().get())) end = vm.lastDate().get();
        if (end.isBefore(vm.firstDate().get())) end = vm.firstDate().get();
        vm.date().set(end);
    }

    /** Notes, marks and provenance of the partnership spell of a clicked tie in force on the view's date. */
    private void showSpellAnnotations(org.entente.controls.network.NetworkEdge edge) {
        annotationHost.getChildren().clear();
        var library = context.library();
        if (library == null || edge == null || edge.levelKey() == null) return;
        long day = vm.date().get().toEpochDay(), a = edge.source(), b = edge.target();
        context.tasks().run(I18n.t("network.task.partnership"), () -> library.partnerships().history(a, b).stream()
                .filter(p -> p.inForceOn(day)).findFirst(), spell -> spell.ifPresent(p -> {
                    Label heading = new Label(I18n.t("network.side.notes"));
                    heading.getStyleClass().add("network-side-heading");
                    org.entente.ui.common.annotate.AnnotationPanel panel = new org.entente.ui.common.annotate.AnnotationPanel(context,
                            new org.entente.model.RecordRef(org.entente.model.RecordKind.PARTNERSHIP, p.id()));
                    panel.followLibraryChanges();
                    annotationHost.getChildren().setAll(heading, panel);
                }));
    }

    // ---- exports ------------------------------------------------------------------------------------

    private java.util.Optional<Path> choose(String title, String what, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName("network-" + vm.date().get() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + extension));
        return org.entente.ui.common.FileDialogs.save(chooser, context.window());
    }

    /** Export › Replay as GIF…: the dialog, with the diagram's colours and the countries where they are now. */
    public ReplayDialog openReplayDialog() {
        ReplayDialog dialog = new ReplayDialog(context, vm, diagram::style);
        dialog.show();
        return dialog;
    }

    /** Renders the drawing at twice its size on the FX thread; the file is written in the background. */
    public java.util.concurrent.Future<Path> exportPng(Path target) {
        BufferedImage image = SwingFXUtils.fromFXImage(diagram.renderImage(2), null);
        return vm.export(I18n.t("network.task.export-png"), target, out -> {
            if (!ImageIO.write(image, "png", out)) throw new java.io.IOException(I18n.t("network.export.no-writer"));
        });
    }

    public java.util.concurrent.Future<Path> exportSvg(Path target) {
        String svg = diagram.renderSvg();
        return vm.export(I18n.t("network.task.export-svg"), target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label and the choices it names, kept on one line when the bar wraps. */
    private static HBox labelled(String text, Node... controls) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (controls.length > 0 && controls[0] instanceof javafx.scene.control.Control c) label.setLabelFor(c);
        HBox box = new HBox(8, label);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : f.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }
}
