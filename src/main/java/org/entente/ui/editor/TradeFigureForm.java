package org.entente.ui.editor;

import org.entente.i18n.I18n;
import org.entente.model.TradeFigure;
import org.entente.ui.common.AppContext;

/** The trade figure form. */
final class TradeFigureForm extends TradeForm<TradeFigure, TradeFigureFormModel> {
    TradeFigureForm(AppContext context, EditorData data, TradeFigureFormModel model, OnTheSpot spot) {
        super(context, data, model, spot);
    }

    @Override
    String hint() { return I18n.t("editor.trade.hint"); }

    @Override
    void amountField() {
        textRow(I18n.t("editor.trade.value"), "trade-value", model.value(), I18n.t("editor.trade.value.prompt", TradeFigureFormModel.example()),
                TradeFigureFormModel.VALUE);
    }
}
