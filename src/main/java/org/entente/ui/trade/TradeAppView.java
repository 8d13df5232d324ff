package org.entente.ui.trade;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.TradeFigure;
import org.entente.ui.common.annotate.AnnotationPanel;

import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The trade view as a tab of the main window: loads through the shell's task runner and follows its theme and type size. */
public final class TradeAppView implements AppView {
    private final AppContext context;
    private final TradeView view;

    public TradeAppView(AppContext context) {
        this.context = context;
        TradeViewModel vm = new TradeViewModel();
        vm.themeProperty().bind(context.theme());
        vm.typeScaleProperty().bind(context.effectiveTypeScale());
        // The table's and the split's large-type layout from 150 % up (Large Type's size).
        vm.largeTypeProperty().bind(context.effectiveTypeScale().greaterThanOrEqualTo(org.entente.ui.common.TypeScale.LARGE_TYPE_MINIMUM));
        this.view = new TradeView(vm, context.tasks());
        context.libraryVersion().addListener((o, a, b) -> reload());
        // A double-click on a point opens the figure behind it in its form.
        view.setOnFigureActivated(f -> context.editing().edit(
                new org.entente.model.RecordRef(org.entente.model.RecordKind.TRADE_FIGURE, f.id())));
        view.setOnClaimActivated(c -> context.editing().editTradeChange(c.id()));
        view.clickedFiguresProperty().addListener((o, was, figures) -> showFigureNotes(figures));
        linkViews(vm);
    }

    /**
     * Linked views: the timeline's range shaded on the chart; a year clicked here shown on the
     * timeline; a tie clicked on the network plotted (when the library has trade of that pair).
     */
    private void linkViews(TradeViewModel vm) {
        var links = context.links();
        view.follow(links);
        view.focusSelectionProperty().bind(context.focusSelection());
        links.pair().addListener((o, was, pair) -> {
            if (pair == null || !links.enabled().get()) return;
            vm.availablePairs().stream().filter(p -> pair.is(p.home().id(), p.partner().id())).findFirst().ifPresent(p -> {
                if (!vm.chosenPairs().equals(List.of(p))) vm.chosenPairs().setAll(p);
            });
        });
    }

    /** Notes, marks and provenance of the figures under the clicked point, beside the chart. */
    private void showFigureNotes(java.util.List<TradeFigure> figures) {
        if (figures.isEmpty()) {
            view.setSide(null);
            return;
        }
        VBox box = new VBox(10);
        box.setId("trade-point-notes");
        box.getStyleClass().add("trade-point-notes");
        box.setPadding(new Insets(10));
        Button close = new Button(I18n.t("common.close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> view.setSide(null));
        Label heading = new Label(I18n.t("measures.figures.heading", Integer.toString(figures.get(0).year())));
        heading.getStyleClass().add("detail-title");
        box.getChildren().addAll(heading, close);
        for (TradeFigure f : figures.subList(0, Math.min(4, figures.size()))) {
            Label what = new Label(I18n.t("measures.figures.figure", f.reporter().name(), f.partner().name(),
                    TradeChartModel.flowName(f.flow()), I18n.usd(f.valueUsd())));
            what.getStyleClass().add("detail-heading");
            what.setWrapText(true);
            AnnotationPanel panel = new AnnotationPanel(context, new RecordRef(RecordKind.TRADE_FIGURE, f.id()));
            panel.followLibraryChanges();
            box.getChildren().addAll(what, panel);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(340);
        scroll.getStylesheets().add(AnnotationPanel.stylesheet());
        view.setSide(scroll);
    }

    @Override
    public String title() { return I18n.t("measures.switch.trade"); }

    @Override
    public Ikon icon() { return MaterialDesignC.CHART_LINE; }

    @Override
    public Node node() { return view.node(); }

    @Override
    public void libraryOpened(AppContext ctx) { reload(); }

    private void reload() {
        var library = context.library();
        if (library == null) return;
        view.load(library);
        context.tasks().run(I18n.t("measures.task.annotations"), () -> library.annotations().annotatedIds(RecordKind.TRADE_FIGURE),
                ids -> view.viewModel().annotatedFiguresProperty().set(ids));
    }

    public TradeView view() { return view; }
}
