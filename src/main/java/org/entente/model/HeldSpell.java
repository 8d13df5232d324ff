package org.entente.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A partnership spell with the days it actually held: from its start until its own end or the
 * start of the pair's next spell, whichever is first.
 *
 * @param spell    the spell
 * @param startDay its first day (epoch day)
 * @param endDay   the exclusive end day, or {@link Long#MAX_VALUE} while ongoing
 */
public record HeldSpell(Partnership spell, long startDay, long endDay) {
    public boolean ongoing() { return endDay == Long.MAX_VALUE; }

    /**
     * One pair's spells as they actually held, oldest first. A spell wholly superseded (same start
     * as a later one) is left out.
     */
    public static List<HeldSpell> of(List<Partnership> pairSpells) {
        List<Partnership> l = new ArrayList<>(pairSpells);
        l.sort(Comparator.comparingLong((Partnership p) -> p.from().firstDay()).thenComparingLong(Partnership::id));
        List<HeldSpell> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Partnership p = l.get(i);
            long start = p.from().firstDay();
            long end = p.until() == null ? Long.MAX_VALUE : p.until().firstDay();
            if (i + 1 < l.size()) end = Math.min(end, l.get(i + 1).from().firstDay());
            if (end > start) out.add(new HeldSpell(p, start, end));
        }
        return out;
    }
}
