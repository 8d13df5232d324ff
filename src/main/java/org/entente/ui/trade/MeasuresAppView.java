package org.entente.ui.trade;

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
 * The measures of a relationship as one tab: trade (the {@link TradeAppView}, unchanged) and UN
 * General Assembly voting agreement ({@link AgreementView}), one at a time, chosen above them.
 */
public final class MeasuresAppView implements AppView {
    /** Which measure the tab shows. */
    public enum Measure { TRADE, UN_AGREEMENT }

    private final AppContext context;
    private final TradeAppView trade;
    private final AgreementView agreement;
    private final BorderPane root = new BorderPane();
    private final ToggleGroup measures = new ToggleGroup();
    private boolean agreementLoaded;

    public MeasuresAppView(AppContext context) {
        this.context = context;
        this.trade = new TradeAppView(context);
        AgreementViewModel vm = new AgreementViewModel();
        vm.themeProperty().bind(context.theme());
        vm.typeScaleProperty().bind(context.effectiveTypeScale());
        // The table's and the split's large-type layout from 150 % up (Large Type's size).
        vm.largeTypeProperty().bind(context.effectiveTypeScale().greaterThanOrEqualTo(org.entente.ui.common.TypeScale.LARGE_TYPE_MINIMUM));
        this.agreement = new AgreementView(vm, context.tasks());
        ToggleButton tradeButton = new ToggleButton("Trade");
        tradeButton.setId("measure-trade");
        tradeButton.setUserData(Measure.TRADE);
        ToggleButton votesButton = new ToggleButton("UN vote agreement");
        votesButton.setId("measure-un-agreement");
        votesButton.setUserData(Measure.UN_AGREEMENT);
        for (ToggleButton b : new ToggleButton[] {tradeButton, votesButton}) b.setToggleGroup(measures);
        HBox bar = new HBox(tradeButton, votesButton);
        bar.getStyleClass().addAll("trade-kinds", "measure-kinds");
        HBox top = new HBox(bar);
        top.getStyleClass().add("measure-bar");
        root.getStyleClass().add("trade-view");
        root.getStylesheets().add(MeasuresAppView.class.getResource("trade.css").toExternalForm());
        root.setTop(top);
        measures.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                measures.selectToggle(was); // one measure is always shown
                return;
            }
            show((Measure) now.getUserData());
        });
        measures.selectToggle(tradeButton);
        context.libraryVersion().addListener((o, a, b) -> {
            if (agreementLoaded || root.getCenter() == agreement.node()) reloadAgreement();
        });
    }

    private void show(Measure m) {
        root.setCenter(m == Measure.TRADE ? trade.node() : agreement.node());
        if (m == Measure.UN_AGREEMENT && !agreementLoaded) reloadAgreement();
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

    /** The trade measure, as it was before the tab held more than trade. */
    public TradeAppView trade() { return trade; }

    public AgreementView agreement() { return agreement; }

    @Override
    public String title() { return "Measures"; }

    @Override
    public Ikon icon() { return MaterialDesignC.CHART_LINE; }

    @Override
    public Node node() { return root; }

    @Override
    public void libraryOpened(AppContext ctx) {
        trade.libraryOpened(ctx);
        agreementLoaded = false;
        if (root.getCenter() == agreement.node()) reloadAgreement();
    }
}
