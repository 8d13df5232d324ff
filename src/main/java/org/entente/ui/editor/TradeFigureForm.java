package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
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
    String kind() { return "trade figure"; }

    @Override
    String describe() { return m.year().get() + " " + (m.reporter().get() == null ? "" : m.reporter().get().name()); }

    @Override
    String hint() { return "One year's trade as the reporter's statistics state it, in US dollars."; }

    @Override
    Node build() {
        TextField reporter = Pickers.actor(m.reporter(), data, spot, "whose statistics, e.g. Vietnam", "trade-reporter");
        fields.add("Reporter", reporter, m.message(TradeFigureFormModel.REPORTER), null, m.reporter());
        fields.add("Partner", Pickers.actor(m.partner(), data, spot, "the other side, e.g. Russia", "trade-partner"),
                m.message(TradeFigureFormModel.PARTNER), null, m.partner());
        fields.add("Year", EventForm.text("trade-year", m.year(), "e.g. 2023"), m.message(TradeFigureFormModel.YEAR), null, m.year());
        ComboBox<TradeFlow> flow = new ComboBox<>();
        flow.setId("trade-flow");
        flow.getItems().setAll(TradeFlow.values());
        flow.setConverter(Pickers.converter(f -> switch (f) {
            case EXPORT -> "Exports (reporter to partner)";
            case IMPORT -> "Imports (partner to reporter)";
            case TOTAL -> "Total trade";
        }));
        flow.valueProperty().bindBidirectional(m.flow());
        flow.setMaxWidth(Double.MAX_VALUE);
        fields.add("Flow", flow, m.message(TradeFigureFormModel.FLOW), null, m.flow());
        fields.add("Value (US$)", EventForm.text("trade-value", m.value(), "e.g. 3,630,000,000"),
                m.message(TradeFigureFormModel.VALUE), null, m.value());
        ComboBox<DataQuality> quality = new ComboBox<>();
        quality.setId("trade-quality");
        quality.getItems().setAll(DataQuality.values());
        quality.setConverter(Pickers.converter(q -> switch (q) {
            case REPORTED -> "As reported";
            case APPROXIMATE -> "Approximate (“about $5 bn”)";
            case UNSURE -> "Unsure";
        }));
        quality.valueProperty().bindBidirectional(m.quality());
        quality.setMaxWidth(Double.MAX_VALUE);
        fields.add("Quality", quality);
        TextField source = new TextField();
        source.setId("trade-source-input");
        source.setPromptText("Cite the source");
        new Completion<>(source, data::sources, Source::citation, s -> m.source().set(Citation.of(s)),
                "Create source “%s”…", t -> spot.newSource(t, stage(), s -> m.source().set(Citation.of(s))));
        VBox cited = new VBox(4);
        Runnable show = () -> {
            Citation c = m.source().get();
            if (c == null) cited.getChildren().clear();
            else cited.getChildren().setAll(Pickers.row(c.source().citation(), () -> m.source().set(null)));
        };
        m.source().addListener(x -> show.run());
        show.run();
        fields.add("Source", new VBox(6, source, cited));
        return reporter;
    }
}
