package org.entente.ui.editor;

import org.entente.i18n.I18n;
import org.entente.model.TradeChange;
import org.entente.ui.common.AppContext;

/** The reported change form: a growth claim ("+2.3 % in 2023") by a reporter, cited. */
final class TradeChangeForm extends TradeForm<TradeChange, TradeChangeFormModel> {
    TradeChangeForm(AppContext context, EditorData data, TradeChangeFormModel model, OnTheSpot spot) {
        super(context, data, model, spot);
    }

    @Override
    String kind() { return "trade-change"; }

    @Override
    String ownNoun() { return I18n.t("editor.kind.trade-change"); }

    @Override
    String hint() { return I18n.t("editor.trade-change.hint"); }

    @Override
    void amountField() {
        textRow(I18n.t("editor.trade-change.percent"), "trade-change-percent", model.percent(), I18n.t("editor.trade-change.percent.prompt"),
                TradeChangeFormModel.PERCENT);
    }
}
