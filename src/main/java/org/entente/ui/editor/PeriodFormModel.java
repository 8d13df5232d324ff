package org.entente.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.i18n.I18n;
import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.entente.model.Period;

/** The period form: an era drawn as a band behind the timeline. */
public final class PeriodFormModel extends FormModel<Period> {
    public static final String NAME = "name", START = "start", END = "end", COLOUR = "colour";

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final BooleanProperty ongoing = new SimpleBooleanProperty(this, "ongoing");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public PeriodFormModel(Period p) {
        super(p == null ? 0 : p.id(), "editor.heading.new-period", "editor.heading.edit-period");
        if (p != null) {
            name.set(p.name());
            start.set(p.when().start().toString());
            end.set(p.when().end() == null ? "" : p.when().end().toString());
            ongoing.set(p.when().ongoing());
            colour.set(p.colour() == null ? "" : p.colour());
            note.set(p.note() == null ? "" : p.note());
        }
        field(NAME);
        field(START);
        field(END);
        field(COLOUR);
        watch(name, start, end, ongoing, colour);
    }

    @Override
    protected void rules() {
        check(NAME, required(name.get(), "editor.rule.name.required"));
        check(START, DateRules.date(start.get(), true, "editor.rule.start.required"));
        if (ongoing.get() && !blank(end.get())) check(END, I18n.t("editor.rule.period.ongoing-end"));
        check(END, DateRules.date(end.get(), false, null));
        check(END, DateRules.order(DateRules.parse(start.get()), DateRules.parse(end.get())));
        if (!blank(colour.get()) && !ActorFormModel.HEX.matcher(colour.get().strip()).matches())
            check(COLOUR, I18n.t("editor.rule.colour.format"));
    }

    @Override
    protected Period create() {
        EventDate s = EventDate.parse(start.get());
        EventDate e = DateRules.parse(end.get());
        DateRange when = ongoing.get() ? DateRange.ongoingFrom(s) : e == null ? DateRange.of(s) : DateRange.of(s, e);
        return new Period(id(), name.get(), when, blank(colour.get()) ? null : colour.get().strip(), note.get());
    }

    public StringProperty name() { return name; }
    public StringProperty start() { return start; }
    public StringProperty end() { return end; }
    public BooleanProperty ongoing() { return ongoing; }
    public StringProperty colour() { return colour; }
    public StringProperty note() { return note; }
}
