package org.entente.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            List<Partnership> ps = e.getValue();
            ps.sort(Comparator.comparingLong((Partnership p) -> p.from().firstDay()).thenComparingLong(Partnership::id));
            List<TierSpan> spans = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Partnership p = ps.get(i);
                long start = p.from().firstDay();
                long end = p.until() == null ? TimelineItem.ONGOING_END : p.until().firstDay();
                if (i + 1 < ps.size()) end = Math.min(end, ps.get(i + 1).from().firstDay());
                if (end <= start) continue; // superseded on its first day
                String label = p.officialName() != null ? p.officialName() : Names.level(p.level());
                spans.add(new TierSpan(start, end, p.level().rank(), label));
            }
            out.put(e.getKey(), List.copyOf(spans));
        }
        return out;
    }
}
