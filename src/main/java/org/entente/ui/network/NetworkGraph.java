package org.entente.ui.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.analysis.PartnershipNetwork;
import org.entente.analysis.Tie;
import org.entente.app.network.NetworkData;
import org.entente.controls.network.NetworkEdge;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Partnership;
import org.entente.ui.common.Names;

/**
 * A library's network as the view draws it, worked out once when the library is read: the
 * partnerships, each pair's level history for the tooltips and the actors a tie can join (the events
 * that make shared-event ties are the data's). Immutable, so frames made off the FX thread can share it.
 *
 * @param data the library's network as read
 * @param network its partnership spells as a network over time
 * @param histories each pair's tooltip lines
 * @param actors the partnerships' actors and every non-person actor of a shared event
 */
record NetworkGraph(NetworkData data, PartnershipNetwork network, Map<Tie.PairKey, List<NetworkEdge.HistoryItem>> histories,
                    Map<Long, Actor> actors) {

    /** Before a library is read: no data, no ties. */
    static final NetworkGraph EMPTY = new NetworkGraph(null, new PartnershipNetwork(List.of()), Map.of(), Map.of());

    static NetworkGraph of(NetworkData d) {
        PartnershipNetwork network = new PartnershipNetwork(d.spells());
        Map<Tie.PairKey, List<NetworkEdge.HistoryItem>> hs = new HashMap<>();
        for (var pair : network.pairs().entrySet()) hs.put(pair.getKey(), history(pair.getValue()));
        Map<Long, Actor> ea = new LinkedHashMap<>(network.actors());
        // The shared events leave out UN votes: a roll call's 150-odd voters tie through UN vote agreement
        // instead, and the nodes stay the library's own countries, not every member of the General Assembly.
        for (long id : d.shared().actors()) {
            Actor a = d.actors().get(id);
            if (a != null && a.kind() != ActorKind.PERSON) ea.putIfAbsent(id, a);
        }
        return new NetworkGraph(d, network, hs, ea);
    }

    /** The actor with the most partnership spells over time (Vietnam in the starter library), or null. */
    Actor mostTied() {
        Map<Long, Integer> spellCount = new HashMap<>();
        for (Partnership p : data.spells()) {
            spellCount.merge(p.a().id(), 1, Integer::sum);
            spellCount.merge(p.b().id(), 1, Integer::sum);
        }
        return spellCount.entrySet().stream().max(Map.Entry.comparingByValue()).map(en -> actors.get(en.getKey())).orElse(null);
    }

    /** The countries among the network's actors: the nodes of the UN-agreement and coded-event networks. */
    Map<Long, Actor> countries() {
        Map<Long, Actor> out = new LinkedHashMap<>();
        for (var en : actors.entrySet()) if (en.getValue().kind() == ActorKind.COUNTRY) out.put(en.getKey(), en.getValue());
        return out;
    }

    /** The tooltip lines of a pair: each level with the dates it held and its sources. */
    private static List<NetworkEdge.HistoryItem> history(List<Partnership> spells) {
        List<NetworkEdge.HistoryItem> out = new ArrayList<>();
        List<PartnershipNetwork.EffectiveSpell> eff = PartnershipNetwork.effective(spells);
        for (int i = 0; i < eff.size(); i++) {
            PartnershipNetwork.EffectiveSpell e = eff.get(i);
            Partnership p = e.spell();
            Locale locale = I18n.locale();
            String from = p.from().display(locale);
            String period;
            if (e.ongoing()) period = I18n.t("network.tie.since", from);
            else if (i + 1 < eff.size() && eff.get(i + 1).startDay() == e.endDay())
                period = I18n.t("network.tie.period", from, eff.get(i + 1).spell().from().display(locale));
            else period = I18n.t("network.tie.period", from,
                    p.until() == null ? NetworkViewModel.dateText(LocalDate.ofEpochDay(e.endDay())) : p.until().display(locale));
            // The pair's own wording of its level, when it differs from the level's name in the library
            String level = p.officialName() != null && !p.officialName().equalsIgnoreCase(p.level().label())
                    ? I18n.t("network.tie.level-named", Names.level(p.level()), p.officialName()) : Names.level(p.level());
            String sources = String.join("; ", p.sources().stream().map(c -> c.source().citation()).toList());
            out.add(new NetworkEdge.HistoryItem(period, level, sources));
        }
        return out;
    }
}
