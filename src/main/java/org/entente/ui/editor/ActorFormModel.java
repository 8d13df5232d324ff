package org.entente.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.TextFolding;

/** The actor form: name, kind, ISO code for a country, colour. Names are unique in a library. */
public final class ActorFormModel extends FormModel<Actor> {
    public static final String NAME = "name", KIND = "kind", ISO = "iso", COLOUR = "colour";
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<Actor> others;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ActorKind> kind = new SimpleObjectProperty<>(this, "kind", ActorKind.COUNTRY);
    private final StringProperty isoCode = new SimpleStringProperty(this, "isoCode", "");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");

    /**
     * @param actor    the actor to edit, or null for a new one
     * @param existing the library's actors, to refuse a second actor of the same name
     */
    public ActorFormModel(Actor actor, Collection<Actor> existing) {
        super(actor == null ? 0 : actor.id(), "editor.heading.new-actor", "editor.heading.edit-actor");
        others = existing == null ? List.of() : existing.stream().filter(a -> a.id() != id()).toList();
        if (actor != null) {
            name.set(actor.name());
            kind.set(actor.kind());
            isoCode.set(actor.isoCode() == null ? "" : actor.isoCode());
            colour.set(actor.colour() == null ? "" : actor.colour());
        }
        field(NAME);
        field(KIND);
        field(ISO);
        field(COLOUR);
        watch(name, kind, isoCode, colour);
    }

    @Override
    protected void rules() {
        check(NAME, required(name.get(), "editor.rule.name.required"));
        if (!blank(name.get())) {
            String folded = TextFolding.fold(name.get().strip());
            for (Actor a : others) {
                if (TextFolding.fold(a.name()).equals(folded)) {
                    check(NAME, I18n.t("editor.rule.actor.name-taken", a.name()));
                    break;
                }
            }
        }
        check(KIND, kind.get() == null ? I18n.t("editor.rule.kind.required") : null);
        String iso = isoCode.get();
        if (!blank(iso)) {
            if (!ISO3.matcher(iso.strip()).matches()) check(ISO, I18n.t("editor.rule.actor.iso.format"));
            else if (kind.get() != ActorKind.COUNTRY) check(ISO, I18n.t("editor.rule.actor.iso.country-only"));
            else {
                String upper = iso.strip().toUpperCase(Locale.ROOT);
                for (Actor a : others) {
                    if (upper.equals(a.isoCode())) {
                        check(ISO, I18n.t("editor.rule.actor.iso.taken", a.name(), upper));
                        break;
                    }
                }
            }
        }
        if (!blank(colour.get()) && !HEX.matcher(colour.get().strip()).matches())
            check(COLOUR, I18n.t("editor.rule.colour.format"));
    }

    @Override
    protected Actor create() {
        return new Actor(id(), name.get(), kind.get(), blank(isoCode.get()) ? null : isoCode.get().strip(),
                blank(colour.get()) ? null : colour.get().strip());
    }

    public StringProperty name() { return name; }
    public ObjectProperty<ActorKind> kind() { return kind; }
    public StringProperty isoCode() { return isoCode; }
    public StringProperty colour() { return colour; }
}
