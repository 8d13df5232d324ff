package org.entente.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Event;
import org.entente.model.Participant;

/**
 * The votes of a roll call (an event in category "UN vote" whose participants voted yes, no or
 * abstain), for the detail pane: the counts, how the focus countries voted, and who voted which way,
 * instead of one list of 190 names with their roles.
 */
final class RollCallVotes {
    /** The countries whose votes are named first: the focus actor, then these (Vietnam and its main partners), when they are there. */
    static final List<String> FOCUS_ISO = List.of("VNM", "RUS", "CHN", "USA");

    private final List<Participant> yes = new ArrayList<>(), no = new ArrayList<>(), abstain = new ArrayList<>();
    private final List<Participant> all;

    private RollCallVotes(List<Participant> all) { this.all = all; }

    /** The roll call's votes, or null when {@code e} is not a roll call with votes. */
    static RollCallVotes of(Event e) {
        if (!Category.UN_VOTE.key().equals(e.category().key())) return null;
        RollCallVotes v = new RollCallVotes(e.participants());
        for (Participant p : e.participants()) {
            String role = p.role() == null ? "" : p.role().toLowerCase(Locale.ROOT);
            switch (role) {
                case "yes" -> v.yes.add(p);
                case "no" -> v.no.add(p);
                case "abstain" -> v.abstain.add(p);
                default -> { }
            }
        }
        return v.yes.size() + v.no.size() + v.abstain.size() == 0 ? null : v;
    }

    int yes() { return yes.size(); }

    int no() { return no.size(); }

    int abstain() { return abstain.size(); }

    /** "Vietnam: yes", … for the focus actor and the default focus countries among the participants. */
    List<String> focusVotes(Long focusActorId) {
        Set<Participant> focus = new LinkedHashSet<>();
        if (focusActorId != null) all.stream().filter(p -> p.actor().id() == focusActorId).findFirst().ifPresent(focus::add);
        for (String iso : FOCUS_ISO) all.stream().filter(p -> iso.equals(p.actor().isoCode())).findFirst().ifPresent(focus::add);
        List<String> out = new ArrayList<>();
        for (Participant p : focus) out.add(p.actor().name() + ": " + (p.role() == null ? "no vote" : p.role()));
        return out;
    }

    VBox node(Long focusActorId) {
        VBox box = new VBox(6);
        box.setId("roll-call-votes");
        Label counts = new Label(String.format("Yes %d · No %d · Abstain %d", yes(), no(), abstain()));
        counts.setId("roll-call-counts");
        counts.getStyleClass().add("detail-heading");
        Label absent = new Label("Countries absent or not members did not vote and are not listed.");
        absent.getStyleClass().add("detail-meta");
        absent.setWrapText(true);
        box.getChildren().addAll(counts, absent);
        List<String> focus = focusVotes(focusActorId);
        if (!focus.isEmpty()) {
            VBox focusBox = EventDetailPane.meta("How the focus countries voted", String.join(" · ", focus));
            focusBox.setId("roll-call-focus");
            box.getChildren().add(focusBox);
        }
        addVoters(box, "Yes", yes);
        addVoters(box, "No", no);
        addVoters(box, "Abstain", abstain);
        return box;
    }

    private static void addVoters(VBox box, String vote, List<Participant> voters) {
        if (voters.isEmpty()) return;
        box.getChildren().add(EventDetailPane.meta(vote + " (" + voters.size() + ")",
                String.join(", ", voters.stream().map(Participant::actor).map(Actor::name).toList())));
    }
}
