package org.entente.ui.editor;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;

/** The partnership form: one spell of a pair's tie at one level, from a date until a date or ongoing. */
public final class PartnershipFormModel extends FormModel<Partnership> {
    public static final String ACTOR_A = "actorA", ACTOR_B = "actorB", LEVEL = "level", FROM = "from", UNTIL = "until";

    private final ObjectProperty<Actor> actorA = new SimpleObjectProperty<>(this, "actorA");
    private final ObjectProperty<Actor> actorB = new SimpleObjectProperty<>(this, "actorB");
    private final ObjectProperty<PartnershipLevel> level = new SimpleObjectProperty<>(this, "level");
    private final StringProperty officialName = new SimpleStringProperty(this, "officialName", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<Citation> sources = FXCollections.observableArrayList();

    public PartnershipFormModel(Partnership p) {
        super(p == null ? 0 : p.id(), "editor.heading.new-partnership", "editor.heading.edit-partnership");
        if (p != null) {
            actorA.set(p.a());
            actorB.set(p.b());
            level.set(p.level());
            officialName.set(p.officialName() == null ? "" : p.officialName());
            from.set(p.from().toString());
            until.set(p.until() == null ? "" : p.until().toString());
            note.set(p.note() == null ? "" : p.note());
            sources.setAll(p.sources());
        }
        field(ACTOR_A);
        field(ACTOR_B);
        field(LEVEL);
        field(FROM);
        field(UNTIL);
        watch(actorA, actorB, level, from, until);
    }

    @Override
    protected void rules() {
        check(ACTOR_A, actorA.get() == null ? I18n.t("editor.rule.partnership.first.required") : null);
        check(ACTOR_B, actorB.get() == null ? I18n.t("editor.rule.partnership.second.required") : null);
        Actor a = actorA.get(), b = actorB.get();
        if (a != null && b != null && a.id() == b.id())
            check(ACTOR_B, I18n.t("editor.rule.partnership.same-actor", a.name()));
        check(LEVEL, level.get() == null ? I18n.t("editor.rule.level.required") : null);
        check(FROM, DateRules.date(from.get(), true, "editor.rule.start.required"));
        check(UNTIL, DateRules.date(until.get(), false, null));
        check(UNTIL, DateRules.order(DateRules.parse(from.get()), DateRules.parse(until.get())));
    }

    @Override
    protected Partnership create() {
        EventDate f = EventDate.parse(from.get());
        return new Partnership(id(), actorA.get(), actorB.get(), level.get(), officialName.get(), f,
                DateRules.parse(until.get()), List.copyOf(sources), note.get());
    }

    public ObjectProperty<Actor> actorA() { return actorA; }
    public ObjectProperty<Actor> actorB() { return actorB; }
    public ObjectProperty<PartnershipLevel> level() { return level; }
    public StringProperty officialName() { return officialName; }
    public StringProperty from() { return from; }
    public StringProperty until() { return until; }
    public StringProperty note() { return note; }
    public ObservableList<Citation> sources() { return sources; }
}
