package org.entente.ui.trade;

import java.util.List;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.ui.common.ViewState;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The measures of a relationship as one tab: trade (the {@link TradeAppView}, unchanged), UN
 * General Assembly voting agreement ({@link AgreementView}) and coded events by month
 * ({@link CodedEventsView}), one at a time, chosen above them.
 */
public final class MeasuresAppView implements AppView {
    /** Which measure the tab shows. */
    public enum Measure { TRADE, UN_AGREEMENT, CODED_EVENTS }

    private final AppContext context;
    private final TradeAppView trade;
    private final AgreementView agreement;
    private final CodedEventsView coded;
    private boolean codedLoaded;
    private final BorderPane root = new BorderPane();
    private final ToggleGroup measures = new ToggleGroup();
    private boolean agreementLoaded;
    private final HBox switchBar;

    public MeasuresAppView(AppContext context) {
        this.context = context;
        this.trade = new TradeAppView(context);
        AgreementViewModel vm = new AgreementViewModel();
        vm.themeProperty().bind(context.theme());
        vm.typeScaleProperty().bind(context.effectiveTypeScale());
        // The table's and the split's large-type layout from 150 % up (Large Type's size).
        vm.largeTypeProperty().bind(context.effectiveTypeScale().greaterThanOrEqualTo(org.entente.ui.common.TypeScale.LARGE_TYPE_MINIMUM));
        this.agreement = new AgreementView(vm, context.tasks());
        CodedEventsViewModel codedVm = new CodedEventsViewModel();
        codedVm.themeProperty().bind(context.theme());
        codedVm.typeScaleProperty().bind(context.effectiveTypeScale());
        this.coded = new CodedEventsView(codedVm, context.tasks());
        ToggleButton tradeButton = new ToggleButton(I18n.t("measures.switch.trade"));
        tradeButton.setId("measure-trade");
        tradeButton.setUserData(Measure.TRADE);
        ToggleButton votesButton = new ToggleButton(I18n.t("measures.switch.agreement"));
        votesButton.setId("measure-un-agreement");
        votesButton.setUserData(Measure.UN_AGREEMENT);
        ToggleButton codedButton = new ToggleButton(I18n.t("measures.switch.coded"));
        codedButton.setId("measure-coded-events");
        codedButton.setUserData(Measure.CODED_EVENTS);
        for (ToggleButton b : new ToggleButton[] {tradeButton, votesButton, codedButton}) b.setToggleGroup(measures);
        HBox bar = new HBox(tradeButton, votesButton, codedButton);
        bar.getStyleClass().addAll("trade-kinds", "measure-kinds");
        this.switchBar = bar;
        root.getStyleClass().add("trade-view");
        root.getStylesheets().add(MeasuresAppView.class.getResource("trade.css").toExternalForm());
        measures.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                measures.selectToggle(was); // one measure is always shown
                return;
            }
            show((Measure) now.getUserData());
        });
        measures.selectToggle(tradeButton);
        // Later, not at once: the view models choose their default pairs just after their data arrive.
        trade.view().viewModel().availablePairs().addListener(
                (javafx.collections.ListChangeListener<TradePair>) c -> javafx.application.Platform.runLater(this::applyTradePairs));
        agreement.viewModel().dataProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            applyAgreementPairs();
            applyLinkedPair();
        }));
        // Linked views, as on the trade chart: the range shaded, a year clicked shown on the timeline,
        // a tie clicked on the network plotted (when both countries voted).
        agreement.follow(context.links());
        agreement.focusSelectionProperty().bind(context.focusSelection());
        coded.focusSelectionProperty().bind(context.focusSelection());
        context.links().pair().addListener((o, was, pair) -> applyLinkedPair());
        context.libraryVersion().addListener((o, a, b) -> {
            if (agreementLoaded || root.getCenter() == agreement.node()) reloadAgreement();
            if (codedLoaded || root.getCenter() == coded.node()) reloadCoded();
        });
    }

    private void show(Measure m) {
        // The switch joins the shown measure's first row of controls instead of a row of its own:
        // at 1280×800 in large type that row is what keeps the chart at half the window.
        javafx.scene.layout.Pane row = switch (m) {
            case TRADE -> trade.view().leadingRow();
            case UN_AGREEMENT -> agreement.leadingRow();
            case CODED_EVENTS -> coded.leadingRow();
        };
        if (switchBar.getParent() instanceof javafx.scene.layout.Pane old) old.getChildren().remove(switchBar);
        row.getChildren().add(0, switchBar);
        root.setCenter(switch (m) {
            case TRADE -> trade.node();
            case UN_AGREEMENT -> agreement.node();
            case CODED_EVENTS -> coded.node();
        });
        if (m == Measure.UN_AGREEMENT && !agreementLoaded) reloadAgreement();
        if (m == Measure.CODED_EVENTS && !codedLoaded) reloadCoded();
    }

    /** Shows a measure, as a click on its button does. */
    public void select(Measure m) {
        measures.getToggles().stream().filter(t -> t.getUserData() == m).findFirst().ifPresent(measures::selectToggle);
    }

    private void reloadAgreement() {
        var library = context.library();
        if (library == null) return;
        agreementLoaded = true;
        agreement.load(library);
    }

    private void reloadCoded() {
        var library = context.library();
        if (library == null) return;
        codedLoaded = true;
        coded.load(library);
    }

    /** The trade measure, as it was before the tab held more than trade. */
    public TradeAppView trade() { return trade; }

    public AgreementView agreement() { return agreement; }

    /** The coded events' monthly measures (event count, mean Goldstein score). */
    public CodedEventsView coded() { return coded; }

    @Override
    public java.util.Map<String, String> captureState() {
        java.util.Map<String, String> s = new java.util.HashMap<>();
        s.put("measures.shown", ((Measure) measures.getSelectedToggle().getUserData()).name());
        TradeViewModel t = trade.view().viewModel();
        s.put("measures.trade.kind", t.kindProperty().get().name());
        s.put("measures.trade.pairs", ViewState.lines(t.chosenPairs().stream().map(TradePair::label).toList()));
        s.put("measures.trade.log", Boolean.toString(t.logScaleProperty().get()));
        s.put("measures.trade.events", Boolean.toString(t.showEventsProperty().get()));
        AgreementViewModel a = agreement.viewModel();
        s.put("measures.agreement.index", a.indexProperty().get().name());
        s.put("measures.agreement.pairs", ViewState.lines(a.chosenPairs().stream().map(AgreementViewModel.Pair::label).toList()));
        s.put("measures.coded.measure", coded.viewModel().measureProperty().get().name());
        return s;
    }

    @Override
    public void restoreState(java.util.Map<String, String> s) {
        ViewState.choice(s, "measures.shown", Measure.class).ifPresent(this::select);
        TradeViewModel t = trade.view().viewModel();
        ViewState.choice(s, "measures.trade.kind", ChartKind.class).ifPresent(t.kindProperty()::set);
        ViewState.flag(s, "measures.trade.log").ifPresent(t.logScaleProperty()::set);
        ViewState.flag(s, "measures.trade.events").ifPresent(t.showEventsProperty()::set);
        pendingTradePairs = s.containsKey("measures.trade.pairs") ? ViewState.lines(s, "measures.trade.pairs") : null;
        applyTradePairs();
        AgreementViewModel a = agreement.viewModel();
        ViewState.choice(s, "measures.agreement.index", AgreementViewModel.Index.class).ifPresent(a.indexProperty()::set);
        pendingAgreementPairs = s.containsKey("measures.agreement.pairs") ? ViewState.lines(s, "measures.agreement.pairs") : null;
        applyAgreementPairs();
        ViewState.choice(s, "measures.coded.measure", org.entente.app.measures.MeasureKind.class).filter(org.entente.app.measures.MeasureKind::monthly)
                .ifPresent(coded.viewModel().measureProperty()::set);
    }

    /**
     * A slide's pairs wait for the data they name: the agreement chart reads its table when first
     * shown, the trade chart its pairs when the library opens, and a slide may be put back before.
     */
    private List<String> pendingTradePairs, pendingAgreementPairs;

    private void applyTradePairs() {
        TradeViewModel t = trade.view().viewModel();
        if (pendingTradePairs == null || (t.availablePairs().isEmpty() && !pendingTradePairs.isEmpty())) return;
        List<TradePair> pairs = new java.util.ArrayList<>();
        for (String label : pendingTradePairs) t.availablePairs().stream().filter(p -> p.label().equals(label)).findFirst().ifPresent(pairs::add);
        pendingTradePairs = null;
        // setAll fires even when nothing changes, and each change redraws the chart
        if (!pairs.equals(t.chosenPairs())) t.chosenPairs().setAll(pairs);
    }

    private void applyAgreementPairs() {
        AgreementViewModel a = agreement.viewModel();
        var countries = a.dataProperty().get().countries();
        if (pendingAgreementPairs == null || countries.isEmpty()) return;
        List<AgreementViewModel.Pair> pairs = new java.util.ArrayList<>();
        for (String label : pendingAgreementPairs)
            for (Actor x : countries) for (Actor y : countries)
                if (x != y && (x.name() + "–" + y.name()).equals(label)) pairs.add(new AgreementViewModel.Pair(x, y));
        pendingAgreementPairs = null;
        if (!pairs.isEmpty() && !pairs.equals(a.chosenPairs())) a.chosenPairs().setAll(pairs);
    }

    /** While linked, the pair last chosen on the network becomes the agreement chart's only pair, if both countries voted. */
    private void applyLinkedPair() {
        var pair = context.links().pair().get();
        if (pair == null || !context.links().enabled().get()) return;
        AgreementViewModel a = agreement.viewModel();
        Actor first = null, second = null;
        for (Actor c : a.dataProperty().get().countries()) {
            if (c.id() == pair.first()) first = c;
            if (c.id() == pair.second()) second = c;
        }
        if (first == null || second == null) return;
        boolean shown = a.chosenPairs().size() == 1 && pair.is(a.chosenPairs().get(0).first().id(), a.chosenPairs().get(0).second().id());
        if (!shown) a.chosenPairs().setAll(new AgreementViewModel.Pair(first, second));
    }

    @Override
    public String title() { return I18n.t("measures.title"); }

    @Override
    public Ikon icon() { return MaterialDesignC.CHART_LINE; }

    @Override
    public Node node() { return root; }

    /** The chart of the measure shown (trade or UN vote agreement), without its table. */
    @Override
    public Node printNode() {
        Node center = root.getCenter();
        Node chart = center == null ? null : center.lookup(center == agreement.node() ? "#agreement-chart" : "#trade-chart");
        return chart != null ? chart : root;
    }

    /**
     * The chart of the measure shown, drawn by JFreeChart into any Graphics2D at the size it has on
     * screen. A copy of the chart (its plot and data cloned) is drawn, so the next slide may change
     * the chart while this one is drawn elsewhere.
     */
    @Override
    public java.util.Optional<org.entente.ui.common.VectorDrawing> vectorDrawing() {
        Object shown = measures.getSelectedToggle() == null ? Measure.TRADE : measures.getSelectedToggle().getUserData();
        org.jfree.chart.JFreeChart chart = shown == Measure.UN_AGREEMENT ? agreement.chartProperty().get()
                : shown == Measure.CODED_EVENTS ? coded.chartProperty().get() : trade.view().chartProperty().get();
        Node node = printNode();
        double w = node.getLayoutBounds().getWidth(), h = node.getLayoutBounds().getHeight();
        if (chart == null || node == root || w < 1 || h < 1) return java.util.Optional.empty();
        org.jfree.chart.JFreeChart copy;
        try {
            copy = (org.jfree.chart.JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            return java.util.Optional.empty(); // a dataset that cannot be copied: the slide stays a picture
        }
        return java.util.Optional.of(new org.entente.ui.common.VectorDrawing("chart", w, h,
                g -> copy.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, w, h))));
    }

    @Override
    public void libraryOpened(AppContext ctx) {
        trade.libraryOpened(ctx);
        agreementLoaded = false;
        codedLoaded = false;
        if (root.getCenter() == agreement.node()) reloadAgreement();
        if (root.getCenter() == coded.node()) reloadCoded();
    }
}
