package org.entente.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.TradeFlow;

/**
 * What the two trade forms share: a reporter's statement about its trade with a partner in one
 * year and flow, with a quality and a source, and one amount typed as text (a value in dollars, or
 * a change in percent) that each form reads and checks its own way.
 *
 * @param <T> the trade record the form edits
 */
public abstract class TradeFormModel<T> extends FormModel<T> {
    public static final String REPORTER = "reporter", PARTNER = "partner", YEAR = "year", FLOW = "flow";

    private final String amountField;
    private final String amountRequiredKey;
    private final ObjectProperty<Actor> reporter = new SimpleObjectProperty<>(this, "reporter");
    private final ObjectProperty<Actor> partner = new SimpleObjectProperty<>(this, "partner");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<TradeFlow> flow = new SimpleObjectProperty<>(this, "flow", TradeFlow.TOTAL);
    private final StringProperty amount;
    private final ObjectProperty<DataQuality> quality = new SimpleObjectProperty<>(this, "quality", DataQuality.REPORTED);
    private final ObjectProperty<Citation> source = new SimpleObjectProperty<>(this, "source");

    /**
     * @param id                the record's id, 0 for a new one
     * @param newHeadingKey     the heading of a new record's form
     * @param editHeadingKey    the heading of a stored record's form
     * @param amountField       the amount's field name, also its property's name ("value", "percent")
     * @param amountRequiredKey the message when the amount is left empty
     */
    protected TradeFormModel(long id, String newHeadingKey, String editHeadingKey, String amountField, String amountRequiredKey) {
        super(id, newHeadingKey, editHeadingKey);
        this.amountField = amountField;
        this.amountRequiredKey = amountRequiredKey;
        this.amount = new SimpleStringProperty(this, amountField, "");
    }

    /** Fills the form from a stored record; call in the constructor, before {@link #watchFields()}. */
    protected final void load(Actor reporter, Actor partner, int year, TradeFlow flow, String amount, DataQuality quality,
                              Citation source) {
        this.reporter.set(reporter);
        this.partner.set(partner);
        this.year.set(Integer.toString(year));
        this.flow.set(flow);
        this.amount.set(amount);
        this.quality.set(quality);
        this.source.set(source);
    }

    /** Declares the checked fields in form order and starts checking them; call once, at the end of the constructor. */
    protected final void watchFields() {
        field(REPORTER);
        field(PARTNER);
        field(YEAR);
        field(FLOW);
        field(amountField);
        watch(reporter, partner, year, flow, amount);
    }

    @Override
    protected final void rules() {
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
        if (blank(amount.get())) check(amountField, I18n.t(amountRequiredKey));
        else check(amountField, amountProblem(amount.get()));
    }

    /** Why the typed amount (not blank) is not one to save, in the interface's language, or null when it is one. */
    protected abstract String amountProblem(String text);

    /** The year typed, as a number (for {@link #create()} of a valid form). */
    protected final Integer yearNumber() { return parseYear(year.get()); }

    private static Integer parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The amount as typed: the value or the percentage. */
    protected final StringProperty amount() { return amount; }

    public ObjectProperty<Actor> reporter() { return reporter; }
    public ObjectProperty<Actor> partner() { return partner; }
    public StringProperty year() { return year; }
    public ObjectProperty<TradeFlow> flow() { return flow; }
    public ObjectProperty<DataQuality> quality() { return quality; }
    public ObjectProperty<Citation> source() { return source; }
}
