package org.entente.ui.editor;

import org.entente.i18n.I18n;
import org.entente.model.TradeChange;
import org.entente.ui.common.AppContext;

/** The reported change form: a growth claim ("+2.3 % in 2023") by a reporter, cited. */
final class TradeChangeForm extends TradeForm<TradeChange> {
    private final TradeChangeFormModel m;

    TradeChangeForm(AppContext context, EditorData data, TradeChangeFormModel model, OnTheSpot spot) {
        super(context, data, model, spot);
        this.m = model;
    }

    @Override
    String kind() { return "trade-change"; }

    @Override
    String ownNoun() { return I18n.t("editor.kind.trade-change"); }

    @Override
    String hint() { return I18n.t("editor.trade-change.hint"); }

    @Override
    void amountField() {
        fields.add(I18n.t("editor.trade-change.percent"), EventForm.text("trade-change-percent", m.percent(),
                        I18n.t("editor.trade-change.percent.prompt")),
                m.message(TradeChangeFormModel.PERCENT), null, m.percent());
    }
}
