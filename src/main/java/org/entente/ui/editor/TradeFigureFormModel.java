package org.entente.ui.editor;

import java.text.NumberFormat;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/** The trade figure form: one year's trade between two actors as the reporter states it. */
public final class TradeFigureFormModel extends FormModel<TradeFigure> {
    public static final String REPORTER = "reporter", PARTNER = "partner", YEAR = "year", FLOW = "flow", VALUE = "value";

    private final long id;
    private final ObjectProperty<Actor> reporter = new SimpleObjectProperty<>(this, "reporter");
    private final ObjectProperty<Actor> partner = new SimpleObjectProperty<>(this, "partner");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<TradeFlow> flow = new SimpleObjectProperty<>(this, "flow", TradeFlow.TOTAL);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<DataQuality> quality = new SimpleObjectProperty<>(this, "quality", DataQuality.REPORTED);
    private final ObjectProperty<Citation> source = new SimpleObjectProperty<>(this, "source");

    public TradeFigureFormModel(TradeFigure f) {
        id = f == null ? 0 : f.id();
        if (f != null) {
            reporter.set(f.reporter());
            partner.set(f.partner());
            year.set(Integer.toString(f.year()));
            flow.set(f.flow());
            value.set(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(f.valueUsd()));
            quality.set(f.quality());
            source.set(f.source());
        }
        field(REPORTER);
        field(PARTNER);
        field(YEAR);
        field(FLOW);
        field(VALUE);
        watch(reporter, partner, year, flow, value);
    }

    @Override
    protected void rules() {
        check(REPORTER, reporter.get() == null ? "The reporter is required" : null);
        check(PARTNER, partner.get() == null ? "The partner is required" : null);
        if (reporter.get() != null && partner.get() != null && reporter.get().id() == partner.get().id())
            check(PARTNER, "The partner must differ from the reporter");
        if (blank(year.get())) check(YEAR, "A year is required");
        else {
            Integer y = parseYear(year.get());
            check(YEAR, y == null ? "A year is a whole number like 2023"
                    : y < 1 || y > 9999 ? "The year must be between 1 and 9999" : null);
        }
        check(FLOW, flow.get() == null ? "A flow is required" : null);
        if (blank(value.get())) check(VALUE, "A value is required");
        else {
            Long v = parseValue(value.get());
            check(VALUE, v == null ? "The value is a whole number of US dollars, like 3,630,000,000"
                    : v < 0 ? "A trade value cannot be negative" : null);
        }
    }

    private static Integer parseYear(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dollars with optional grouping (3,630,000,000 or 3 630 000 000), or null when not a whole number. */
    static Long parseValue(String text) {
        String t = text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("\u00a0", "");
        if (t.startsWith("$")) t = t.substring(1);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected TradeFigure create() {
        return new TradeFigure(id, reporter.get(), partner.get(), parseYear(year.get()), flow.get(),
                parseValue(value.get()), quality.get(), source.get());
    }

    @Override
    public long id() { return id; }

    @Override
    public String heading() { return id == 0 ? "New trade figure" : "Edit trade figure"; }

    public ObjectProperty<Actor> reporter() { return reporter; }
    public ObjectProperty<Actor> partner() { return partner; }
    public StringProperty year() { return year; }
    public ObjectProperty<TradeFlow> flow() { return flow; }
    public StringProperty value() { return value; }
    public ObjectProperty<DataQuality> quality() { return quality; }
    public ObjectProperty<Citation> source() { return source; }
}
