package org.entente.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.analysis.PartnershipNetwork;
import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineItem;
import org.entente.model.Partnership;
import org.entente.store.LaneKeys;
import org.entente.ui.common.Names;

/** Partnership spells turned into the tier ribbon of each actor pair lane. Pure. */
public final class PartnershipTiers {
    private PartnershipTiers() {}

    /**
     * Tier spans per pair lane key. A spell ends at its recorded end, or where the pair's next
     * spell begins (an upgrade recorded without closing the old level), or runs on when ongoing.
     */
    public static Map<String, List<TierSpan>> byPair(List<Partnership> spells) {
        Map<String, List<Partnership>> grouped = new HashMap<>();
        for (Partnership p : spells) grouped.computeIfAbsent(LaneKeys.pairKey(p.a().id(), p.b().id()), k -> new ArrayList<>()).add(p);
        Map<String, List<TierSpan>> out = new HashMap<>();
        for (var e : grouped.entrySet()) {
            List<TierSpan> spans = new ArrayList<>();
            // the spells as they held (the network's rule): a spell superseded on its first day is left out
            for (PartnershipNetwork.EffectiveSpell held : PartnershipNetwork.effective(e.getValue())) {
                Partnership p = held.spell();
                long end = held.ongoing() ? TimelineItem.ONGOING_END : held.endDay();
                String label = p.officialName() != null ? p.officialName() : Names.level(p.level());
                spans.add(new TierSpan(held.startDay(), end, p.level().rank(), label));
            }
            out.put(e.getKey(), List.copyOf(spans));
        }
        return out;
    }
}
