package org.entente.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;

/** The event form: title, dates, category, importance, participants with roles, place, summary, tags, sources. */
public final class EventFormModel extends FormModel<Event> {
    public static final String TITLE = "title", START = "start", END = "end", CATEGORY = "category",
            IMPORTANCE = "importance", PARTICIPANTS = "participants";

    /** Roles offered besides the model's own; stored as these words. */
    static final String SIGNATORY = "signatory", MEDIATOR = "mediator";

    /** The roles offered for a participant; any other text is kept too. */
    public static final List<String> ROLES = List.of(Participant.HOST, Participant.GUEST, Participant.VOTER,
            Participant.SUBJECT, SIGNATORY, MEDIATOR);

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final BooleanProperty ongoing = new SimpleBooleanProperty(this, "ongoing");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<Integer> importance = new SimpleObjectProperty<>(this, "importance", 3);
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList(
            p -> new javafx.beans.Observable[] { p.role() });
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<Citation> sources = FXCollections.observableArrayList();

    /** A new, empty event. */
    public EventFormModel() { this(null); }

    /** The form filled from {@code event}, or empty when null. */
    public EventFormModel(Event event) {
        super(event == null ? 0 : event.id(), "editor.heading.new-event", "editor.heading.edit-event");
        if (event != null) {
            title.set(event.title());
            start.set(event.when().start().toString());
            end.set(event.when().end() == null ? "" : event.when().end().toString());
            ongoing.set(event.when().ongoing());
            category.set(event.category());
            importance.set(event.importance());
            place.set(event.place() == null ? "" : event.place());
            summary.set(event.summary() == null ? "" : event.summary());
            for (Participant p : event.participants()) participants.add(new ParticipantRow(p.actor(), p.role()));
            tags.setAll(event.tags());
            sources.setAll(event.sources());
        }
        field(TITLE);
        field(START);
        field(END);
        field(CATEGORY);
        field(IMPORTANCE);
        field(PARTICIPANTS);
        watch(title, start, end, ongoing, category, importance, participants);
    }

    @Override
    protected void rules() {
        check(TITLE, required(title.get(), "editor.rule.title.required"));
        check(START, DateRules.date(start.get(), true, "editor.rule.date.required"));
        if (ongoing.get() && !blank(end.get())) check(END, I18n.t("editor.rule.event.ongoing-end"));
        check(END, DateRules.date(end.get(), false, null));
        check(END, DateRules.order(DateRules.parse(start.get()), DateRules.parse(end.get())));
        check(CATEGORY, category.get() == null ? I18n.t("editor.rule.category.required") : null);
        Integer i = importance.get();
        check(IMPORTANCE, i == null ? I18n.t("editor.rule.importance.required")
                : i < Event.MIN_IMPORTANCE || i > Event.MAX_IMPORTANCE ? I18n.t("editor.rule.importance.range", Integer.toString(i)) : null);
        Set<Long> seen = new HashSet<>();
        for (ParticipantRow p : participants) {
            if (!seen.add(p.actor().id())) check(PARTICIPANTS, I18n.t("editor.rule.participant.twice", p.actor().name()));
        }
    }

    @Override
    protected Event create() {
        EventDate s = EventDate.parse(start.get());
        EventDate e = DateRules.parse(end.get());
        DateRange when = ongoing.get() ? DateRange.ongoingFrom(s) : e == null ? DateRange.of(s) : DateRange.of(s, e);
        List<Participant> ps = new ArrayList<>();
        for (ParticipantRow p : participants) ps.add(new Participant(p.actor(), p.role().get()));
        return new Event(id(), title.get(), when, category.get(), ps, place.get(), summary.get(), importance.get(),
                List.copyOf(tags), List.copyOf(sources));
    }

    /**
     * Adds {@code actor} as a participant, unless already there, with the role the category
     * suggests: at a visit or meeting the first is the host and the next are guests, in a UN vote
     * each is a voter. The user can change it.
     */
    public void addParticipant(Actor actor) {
        if (actor == null) return;
        for (ParticipantRow p : participants) if (p.actor().id() == actor.id()) return;
        participants.add(new ParticipantRow(actor, suggestedRole()));
    }

    private String suggestedRole() {
        Category c = category.get();
        if (Category.UN_VOTE.equals(c)) return Participant.VOTER;
        if (Category.STATE_VISIT.equals(c) || Category.MEETING.equals(c))
            return participants.isEmpty() ? Participant.HOST : Participant.GUEST;
        return null;
    }

    /** Adds {@code tag} (trimmed, lower case as the library keeps tags) unless already there. */
    public void addTag(String tag) {
        if (blank(tag)) return;
        String t = tag.strip();
        if (!tags.contains(t)) tags.add(t);
    }

    /** Cites {@code source} unless already cited. */
    public void addSource(org.entente.model.Source source) {
        if (source == null) return;
        for (Citation c : sources) if (c.source().id() == source.id()) return;
        sources.add(Citation.of(source));
    }

    public StringProperty title() { return title; }
    public StringProperty start() { return start; }
    public StringProperty end() { return end; }
    public BooleanProperty ongoing() { return ongoing; }
    public ObjectProperty<Category> category() { return category; }
    public ObjectProperty<Integer> importance() { return importance; }
    public StringProperty place() { return place; }
    public StringProperty summary() { return summary; }
    public ObservableList<ParticipantRow> participants() { return participants; }
    public ObservableList<String> tags() { return tags; }
    public ObservableList<Citation> sources() { return sources; }

    /** One participant as the form edits it: the actor and an editable role. */
    public static final class ParticipantRow {
        private final Actor actor;
        private final StringProperty role;

        public ParticipantRow(Actor actor, String role) {
            this.actor = actor;
            this.role = new SimpleStringProperty(this, "role", role);
        }

        public Actor actor() { return actor; }

        public StringProperty role() { return role; }
    }
}
