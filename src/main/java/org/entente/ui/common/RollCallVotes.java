package org.entente.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.entente.i18n.I18n;
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
        for (Participant p : focus) out.add(I18n.t("shell.rollcall.focus-vote", p.actor().name(), vote(p.role())));
        return out;
    }

    /** A participant's vote as the interface says it: "yes", "no", "abstain" (the roles the datasets write), else the role as stored. */
    static String vote(String role) {
        if (role == null) return I18n.t("shell.rollcall.vote.none");
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "yes" -> I18n.t("shell.rollcall.vote.yes");
            case "no" -> I18n.t("shell.rollcall.vote.no");
            case "abstain" -> I18n.t("shell.rollcall.vote.abstain");
            default -> role;
        };
    }

    VBox node(Long focusActorId) {
        VBox box = new VBox(6);
        box.setId("roll-call-votes");
        Label counts = new Label(I18n.t("shell.rollcall.counts", yes(), no(), abstain()));
        counts.setId("roll-call-counts");
        counts.getStyleClass().add("detail-heading");
        Label absent = new Label(I18n.t("shell.rollcall.absent"));
        absent.getStyleClass().add("detail-meta");
        absent.setWrapText(true);
        box.getChildren().addAll(counts, absent);
        List<String> focus = focusVotes(focusActorId);
        if (!focus.isEmpty()) {
            VBox focusBox = EventDetailPane.meta(I18n.t("shell.rollcall.focus"), String.join(" · ", focus));
            focusBox.setId("roll-call-focus");
            box.getChildren().add(focusBox);
        }
        addVoters(box, "shell.rollcall.voters.yes", yes);
        addVoters(box, "shell.rollcall.voters.no", no);
        addVoters(box, "shell.rollcall.voters.abstain", abstain);
        return box;
    }

    /** {@code heading}: the key of "Yes ({0})" and the like. */
    private static void addVoters(VBox box, String heading, List<Participant> voters) {
        if (voters.isEmpty()) return;
        box.getChildren().add(EventDetailPane.meta(I18n.t(heading, voters.size()),
                String.join(", ", voters.stream().map(Participant::actor).map(Actor::name).toList())));
    }
}
