package org.entente.ui.editor;

import java.math.BigDecimal;

import javafx.beans.property.StringProperty;
import org.entente.exchange.ChangePercent;
import org.entente.i18n.I18n;
import org.entente.model.TradeChange;

/**
 * The reported change form: a change of trade in one year ("+2.3 % in 2023") as the reporter's
 * statistics or officials gave it, with or without a level beside it. The percentage is read
 * as written with a point ("2.3", "+2.3 %", "-35"); a comma is refused rather than guessed, in
 * either language, as files refuse it.
 */
public final class TradeChangeFormModel extends TradeFormModel<TradeChange> {
    public static final String PERCENT = "percent";

    public TradeChangeFormModel(TradeChange c) {
        super(c == null ? 0 : c.id(), "editor.heading.new-trade-change", "editor.heading.edit-trade-change",
                PERCENT, "editor.rule.trade-change.percent.required");
        if (c != null)
            load(c.reporter(), c.partner(), c.year(), c.flow(), ChangePercent.write(c.changePercent()), c.quality(), c.source());
        watchFields();
    }

    @Override
    protected String amountProblem(String text) { return percentProblem(text); }

    /** Why {@code text} is not a percentage to save, in the interface's language, or null when it is one. */
    static String percentProblem(String text) {
        BigDecimal p;
        try {
            p = ChangePercent.parse(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (p.compareTo(BigDecimal.valueOf(-100)) < 0) return I18n.t("editor.rule.trade-change.percent.below-100");
        if (p.compareTo(TradeChange.LIMIT) > 0) return I18n.t("editor.rule.trade-change.percent.too-large");
        return null;
    }

    @Override
    protected TradeChange create() {
        return new TradeChange(id(), reporter().get(), partner().get(), yearNumber(), flow().get(), ChangePercent.parse(percent().get()),
                quality().get(), source().get());
    }

    public StringProperty percent() { return amount(); }
}
