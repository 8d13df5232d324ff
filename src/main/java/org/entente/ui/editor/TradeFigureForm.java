package org.entente.ui.editor;

import org.entente.i18n.I18n;
import org.entente.model.TradeFigure;
import org.entente.ui.common.AppContext;

/** The trade figure form. */
final class TradeFigureForm extends TradeForm<TradeFigure> {
    private final TradeFigureFormModel m;

    TradeFigureForm(AppContext context, EditorData data, TradeFigureFormModel model, OnTheSpot spot) {
        super(context, data, model, spot);
        this.m = model;
    }

    @Override
    String kind() { return "trade-figure"; }

    @Override
    String hint() { return I18n.t("editor.trade.hint"); }

    @Override
    void amountField() {
        fields.add(I18n.t("editor.trade.value"), EventForm.text("trade-value", m.value(),
                        I18n.t("editor.trade.value.prompt", TradeFigureFormModel.example())),
                m.message(TradeFigureFormModel.VALUE), null, m.value());
    }
}
