package org.entente.ui.editor;

import java.math.BigDecimal;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.exchange.ChangePercent;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.TradeChange;
import org.entente.model.TradeFlow;

/**
 * The reported change form: a change of trade in one year ("+2.3 % in 2023") as the reporter's
 * statistics or officials gave it, with or without a level beside it. The percentage is read
 * as written with a point ("2.3", "+2.3 %", "-35"); a comma is refused rather than guessed, in
 * either language, as files refuse it.
 */
public final class TradeChangeFormModel extends FormModel<TradeChange> {
    public static final String REPORTER = "reporter", PARTNER = "partner", YEAR = "year", FLOW = "flow", PERCENT = "percent";

    private final long id;
    private final ObjectProperty<Actor> reporter = new SimpleObjectProperty<>(this, "reporter");
    private final ObjectProperty<Actor> partner = new SimpleObjectProperty<>(this, "partner");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<TradeFlow> flow = new SimpleObjectProperty<>(this, "flow", TradeFlow.TOTAL);
    private final StringProperty percent = new SimpleStringProperty(this, "percent", "");
    private final ObjectProperty<DataQuality> quality = new SimpleObjectProperty<>(this, "quality", DataQuality.REPORTED);
    private final ObjectProperty<Citation> source = new SimpleObjectProperty<>(this, "source");

    public TradeChangeFormModel(TradeChange c) {
        id = c == null ? 0 : c.id();
        if (c != null) {
            reporter.set(c.reporter());
            partner.set(c.partner());
            year.set(Integer.toString(c.year()));
            flow.set(c.flow());
            percent.set(ChangePercent.write(c.changePercent()));
            quality.set(c.quality());
            source.set(c.source());
        }
        field(REPORTER);
        field(PARTNER);
        field(YEAR);
        field(FLOW);
        field(PERCENT);
        watch(reporter, partner, year, flow, percent);
    }

    @Override
    protected void rules() {
        check(REPORTER, reporter.get() == null ? I18n.t("editor.rule.trade.reporter.required") : null);
        check(PARTNER, partner.get() == null ? I18n.t("editor.rule.trade.partner.required") : null);
        if (reporter.get() != null && partner.get() != null && reporter.get().id() == partner.get().id())
            check(PARTNER, I18n.t("editor.rule.trade.partner.same"));
        if (blank(year.get())) check(YEAR, I18n.t("editor.rule.trade.year.required"));
        else {
            Integer y = parseYear(year.get());
            check(YEAR, y == null ? I18n.t("editor.rule.trade.year.number")
                    : y < 1 || y > 9999 ? I18n.t("editor.rule.trade.year.range") : null);
        }
        check(FLOW, flow.get() == null ? I18n.t("editor.rule.trade.flow.required") : null);
        if (blank(percent.get())) check(PERCENT, I18n.t("editor.rule.trade-change.percent.required"));
        else check(PERCENT, percentProblem(percent.get()));
    }

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

    private static Integer parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected TradeChange create() {
        return new TradeChange(id, reporter.get(), partner.get(), parseYear(year.get()), flow.get(), ChangePercent.parse(percent.get()),
                quality.get(), source.get());
    }

    @Override
    public long id() { return id; }

    @Override
    public String heading() { return id == 0 ? I18n.t("editor.heading.new-trade-change") : I18n.t("editor.heading.edit-trade-change"); }

    public ObjectProperty<Actor> reporter() { return reporter; }
    public ObjectProperty<Actor> partner() { return partner; }
    public StringProperty year() { return year; }
    public ObjectProperty<TradeFlow> flow() { return flow; }
    public StringProperty percent() { return percent; }
    public ObjectProperty<DataQuality> quality() { return quality; }
    public ObjectProperty<Citation> source() { return source; }
}
