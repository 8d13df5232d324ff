package org.entente.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.TradeChange;
import org.entente.ui.common.AppContext;

/** The reported change form: a growth claim ("+2.3 % in 2023") by a reporter, cited. */
final class TradeChangeForm extends RecordForm<TradeChange> {
    private final TradeChangeFormModel m;
    private final OnTheSpot spot;

    TradeChangeForm(AppContext context, EditorData data, TradeChangeFormModel model, OnTheSpot spot) {
        super(context, data, model);
        this.m = model;
        this.spot = spot;
    }

    @Override
    String kind() { return "trade-change"; }

    /** Trade records share the trade figure's kind; the form's own noun says which ({@link #ownNoun}). */
    @Override
    RecordKind recordKind() { return RecordKind.TRADE_FIGURE; }

    @Override
    String ownNoun() { return I18n.t("editor.kind.trade-change"); }

    @Override
    String describe() {
        return I18n.t("editor.trade.describe", m.year().get(), m.reporter().get() == null ? "" : m.reporter().get().name()).strip();
    }

    @Override
    String hint() { return I18n.t("editor.trade-change.hint"); }

    @Override
    Node build() {
        TextField reporter = Pickers.actor(m.reporter(), data, spot, I18n.t("editor.trade.reporter.prompt"), "trade-reporter");
        fields.add(I18n.t("editor.trade.reporter"), reporter, m.message(TradeChangeFormModel.REPORTER), null, m.reporter());
        fields.add(I18n.t("editor.trade.partner"), Pickers.actor(m.partner(), data, spot, I18n.t("editor.trade.partner.prompt"), "trade-partner"),
                m.message(TradeChangeFormModel.PARTNER), null, m.partner());
        fields.add(I18n.t("editor.trade.year"), EventForm.text("trade-year", m.year(), I18n.t("editor.trade.year.prompt")),
                m.message(TradeChangeFormModel.YEAR), null, m.year());
        fields.add(I18n.t("editor.trade.flow"), TradeFigureForm.flowBox(m.flow()), m.message(TradeChangeFormModel.FLOW), null, m.flow());
        fields.add(I18n.t("editor.trade-change.percent"), EventForm.text("trade-change-percent", m.percent(),
                        I18n.t("editor.trade-change.percent.prompt")),
                m.message(TradeChangeFormModel.PERCENT), null, m.percent());
        fields.add(I18n.t("editor.trade.quality"), TradeFigureForm.qualityBox(m.quality()));
        fields.add(I18n.t("editor.trade.source"), TradeFigureForm.sourcePicker(m.source(), data, spot, this::stage));
        return reporter;
    }
}
