package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.ui.common.AppContext;

/** The trade figure form. */
final class TradeFigureForm extends RecordForm<TradeFigure> {
    private final TradeFigureFormModel m;
    private final OnTheSpot spot;

    TradeFigureForm(AppContext context, EditorData data, TradeFigureFormModel model, OnTheSpot spot) {
        super(context, data, model);
        this.m = model;
        this.spot = spot;
    }

    @Override
    String kind() { return "trade-figure"; }

    @Override
    RecordKind recordKind() { return RecordKind.TRADE_FIGURE; }

    @Override
    String describe() {
        return I18n.t("editor.trade.describe", m.year().get(), m.reporter().get() == null ? "" : m.reporter().get().name()).strip();
    }

    @Override
    String hint() { return I18n.t("editor.trade.hint"); }

    @Override
    Node build() {
        TextField reporter = Pickers.actor(m.reporter(), data, spot, I18n.t("editor.trade.reporter.prompt"), "trade-reporter");
        fields.add(I18n.t("editor.trade.reporter"), reporter, m.message(TradeFigureFormModel.REPORTER), null, m.reporter());
        fields.add(I18n.t("editor.trade.partner"), Pickers.actor(m.partner(), data, spot, I18n.t("editor.trade.partner.prompt"), "trade-partner"),
                m.message(TradeFigureFormModel.PARTNER), null, m.partner());
        fields.add(I18n.t("editor.trade.year"), EventForm.text("trade-year", m.year(), I18n.t("editor.trade.year.prompt")),
                m.message(TradeFigureFormModel.YEAR), null, m.year());
        fields.add(I18n.t("editor.trade.flow"), flowBox(m.flow()), m.message(TradeFigureFormModel.FLOW), null, m.flow());
        fields.add(I18n.t("editor.trade.value"), EventForm.text("trade-value", m.value(),
                        I18n.t("editor.trade.value.prompt", TradeFigureFormModel.example())),
                m.message(TradeFigureFormModel.VALUE), null, m.value());
        fields.add(I18n.t("editor.trade.quality"), qualityBox(m.quality()));
        fields.add(I18n.t("editor.trade.source"), sourcePicker(m.source(), data, spot, this::stage));
        return reporter;
    }

    /** The flow chooser, shared with the reported change form. */
    static ComboBox<TradeFlow> flowBox(javafx.beans.property.ObjectProperty<TradeFlow> value) {
        ComboBox<TradeFlow> flow = new ComboBox<>();
        flow.setId("trade-flow");
        flow.getItems().setAll(TradeFlow.values());
        flow.setConverter(Pickers.converter(f -> switch (f) {
            case EXPORT -> I18n.t("editor.trade.flow.export");
            case IMPORT -> I18n.t("editor.trade.flow.import");
            case TOTAL -> I18n.t("editor.trade.flow.total");
        }));
        flow.valueProperty().bindBidirectional(value);
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }

    /** The quality chooser, shared with the reported change form. */
    static ComboBox<DataQuality> qualityBox(javafx.beans.property.ObjectProperty<DataQuality> value) {
        ComboBox<DataQuality> quality = new ComboBox<>();
        quality.setId("trade-quality");
        quality.getItems().setAll(DataQuality.values());
        quality.setConverter(Pickers.converter(q -> switch (q) {
            case REPORTED -> I18n.t("editor.trade.quality.reported");
            case APPROXIMATE -> I18n.t("editor.trade.quality.approximate");
            case UNSURE -> I18n.t("editor.trade.quality.unsure");
        }));
        quality.valueProperty().bindBidirectional(value);
        quality.setMaxWidth(Double.MAX_VALUE);
        return quality;
    }

    /** The one-source picker (type to find or create a source), shared with the reported change form. */
    static Node sourcePicker(javafx.beans.property.ObjectProperty<Citation> value, EditorData data, OnTheSpot spot,
                             java.util.function.Supplier<javafx.stage.Window> owner) {
        TextField source = new TextField();
        source.setId("trade-source-input");
        source.setPromptText(I18n.t("editor.trade.source.prompt"));
        new Completion<>(source, data::sources, Source::citation, s -> value.set(Citation.of(s)),
                t -> I18n.t("editor.completion.create-source", t), t -> spot.newSource(t, owner.get(), s -> value.set(Citation.of(s))));
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
