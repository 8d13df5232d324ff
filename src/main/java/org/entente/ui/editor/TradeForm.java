package org.entente.ui.editor;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.RecordKind;
import org.entente.model.TradeFlow;
import org.entente.ui.common.AppContext;

/**
 * What the trade figure form and the reported change form share: reporter, partner, year and flow,
 * then the form's own amount ({@link #amountField()}), then quality and source.
 *
 * @param <T> the trade record the form edits
 * @param <M> the form's model
 */
abstract class TradeForm<T, M extends TradeFormModel<T>> extends RecordForm<T, M> {
    private final OnTheSpot spot;

    /** Both trade records are of the trade figure's kind; a form's own noun may say which ({@link #ownNoun}). */
    TradeForm(AppContext context, EditorData data, M model, OnTheSpot spot) {
        super(context, data, model, RecordKind.TRADE_FIGURE);
        this.spot = spot;
    }

    @Override
    final String describe() {
        return I18n.t("editor.trade.describe", model.year().get(), model.reporter().get() == null ? "" : model.reporter().get().name()).strip();
    }

    /** Adds the form's amount (value or percentage) to {@link #fields}, after the flow. */
    abstract void amountField();

    @Override
    final Node build() {
        TextField reporter = row(I18n.t("editor.trade.reporter"),
                Pickers.actor(model.reporter(), data, spot, I18n.t("editor.trade.reporter.prompt"), "trade-reporter"),
                TradeFormModel.REPORTER, model.reporter());
        row(I18n.t("editor.trade.partner"), Pickers.actor(model.partner(), data, spot, I18n.t("editor.trade.partner.prompt"), "trade-partner"),
                TradeFormModel.PARTNER, model.partner());
        textRow(I18n.t("editor.trade.year"), "trade-year", model.year(), I18n.t("editor.trade.year.prompt"), TradeFormModel.YEAR);
        row(I18n.t("editor.trade.flow"), flowBox(), TradeFormModel.FLOW, model.flow());
        amountField();
        fields.add(I18n.t("editor.trade.quality"), qualityBox());
        fields.add(I18n.t("editor.trade.source"), sourcePicker());
        return reporter;
    }

    private ComboBox<TradeFlow> flowBox() {
        return Pickers.choice("trade-flow", List.of(TradeFlow.values()), f -> switch (f) {
            case EXPORT -> I18n.t("editor.trade.flow.export");
            case IMPORT -> I18n.t("editor.trade.flow.import");
            case TOTAL -> I18n.t("editor.trade.flow.total");
        }, model.flow());
    }

    private ComboBox<DataQuality> qualityBox() {
        return Pickers.choice("trade-quality", List.of(DataQuality.values()), q -> switch (q) {
            case REPORTED -> I18n.t("editor.trade.quality.reported");
            case APPROXIMATE -> I18n.t("editor.trade.quality.approximate");
            case UNSURE -> I18n.t("editor.trade.quality.unsure");
        }, model.quality());
    }

    /** The one-source picker: type to find or create a source; the chosen one shows below with a remove button. */
    private Node sourcePicker() {
        var value = model.source();
        TextField source = Pickers.sourceInput("trade-source-input", I18n.t("editor.trade.source.prompt"), data, spot, this::stage,
                s -> value.set(Citation.of(s)));
        VBox cited = new VBox(4);
        Runnable show = () -> {
            Citation c = value.get();
            if (c == null) cited.getChildren().clear();
            else cited.getChildren().setAll(Pickers.row(c.source().citation(), () -> value.set(null)));
        };
        value.addListener(x -> show.run());
        show.run();
        return new VBox(6, source, cited);
    }
}
