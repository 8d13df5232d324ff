package org.entente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.entente.model.Actor;
import org.entente.model.HeldSpell;
import org.entente.model.Partnership;

/**
 * All partnership spells of a library, indexed by pair, answering "which ties were in force on this
 * day, at which level?" without going back to the database, so a time-slider step stays cheap.
 *
 * <p>A pair's spell in force on a day is its most recent spell (latest start) that has begun and not
 * ended by then: an upgrade recorded without closing the old level replaces it on the upgrade's
 * date, as {@code PartnershipStore.asOf} does in SQL.
 */
public final class PartnershipNetwork {
    private final Map<Long, Actor> actors = new LinkedHashMap<>();
    /** Each pair's spells, oldest start first (ties broken by id, as the store does). */
    private final Map<Tie.PairKey, List<Partnership>> byPair = new LinkedHashMap<>();
    private final long[] changeDays;

    public PartnershipNetwork(List<Partnership> spells) {
        List<Partnership> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparing((Partnership p) -> p.a().name()).thenComparing(p -> p.b().name()));
        Map<Long, Actor> seen = new HashMap<>();
        for (Partnership p : sorted) {
            if (p.a().id() == 0 || p.b().id() == 0) throw new IllegalArgumentException("partnership " + p.pairLabel() + " has unsaved actors");
            seen.putIfAbsent(p.a().id(), p.a());
            seen.putIfAbsent(p.b().id(), p.b());
            byPair.computeIfAbsent(new Tie.PairKey(p.a().id(), p.b().id()), k -> new ArrayList<>()).add(p);
        }
        seen.values().stream().sorted(Comparator.comparing(Actor::name)).forEach(a -> actors.put(a.id(), a));
        TreeSet<Long> days = new TreeSet<>();
        for (List<Partnership> l : byPair.values()) {
            l.sort(Comparator.comparingLong((Partnership p) -> p.from().firstDay()).thenComparingLong(Partnership::id));
            for (Partnership p : l) {
                days.add(p.from().firstDay());
                if (p.until() != null) days.add(p.until().firstDay());
            }
        }
        changeDays = days.stream().mapToLong(Long::longValue).toArray();
    }

    /** Every actor with at least one spell, by name. */
    public Map<Long, Actor> actors() { return java.util.Collections.unmodifiableMap(actors); }

    public boolean isEmpty() { return byPair.isEmpty(); }

    /** The ties in force on an epoch day; the nodes are all actors of the network. */
    public GraphSnapshot asOf(long day) {
        List<Tie> ties = new ArrayList<>();
        for (List<Partnership> spells : byPair.values()) {
            Partnership inForce = inForce(spells, day);
            if (inForce != null) ties.add(Tie.of(inForce));
        }
        return new GraphSnapshot(day, TieKind.PARTNERSHIP, actors, ties);
    }

    private static Partnership inForce(List<Partnership> spells, long day) {
        for (int i = spells.size() - 1; i >= 0; i--) {
            Partnership p = spells.get(i);
            if (p.inForceOn(day)) return p;
        }
        return null;
    }

    /** One pair's spells, oldest first; empty if the pair never had one. */
    public List<Partnership> history(long actorA, long actorB) {
        return List.copyOf(byPair.getOrDefault(new Tie.PairKey(actorA, actorB), List.of()));
    }

    /**
     * A pair's spells as they actually held: each ends at its own end or at the start of the next
     * spell, whichever is first. A spell wholly superseded (same start as a later one) is left out.
     * Each entry is {spell, first day, exclusive end day or Long.MAX_VALUE while ongoing}.
     */
    public static List<EffectiveSpell> effective(List<Partnership> pairSpells) {
        List<EffectiveSpell> out = new ArrayList<>();
        for (HeldSpell h : HeldSpell.of(pairSpells)) out.add(new EffectiveSpell(h.spell(), h.startDay(), h.endDay()));
        return out;
    }

    /** A spell with the days it actually held (end exclusive; {@link Long#MAX_VALUE} while ongoing). */
    public record EffectiveSpell(Partnership spell, long startDay, long endDay) {
        public boolean ongoing() { return endDay == Long.MAX_VALUE; }
    }

    /** Every pair's spells, for exporters. */
    public Map<Tie.PairKey, List<Partnership>> pairs() { return java.util.Collections.unmodifiableMap(byPair); }

    /** Days on which some tie begins, ends or changes level, ascending. */
    public long[] changeDays() { return changeDays.clone(); }

    /** First and last change day, or null for an empty network. */
    public long[] extent() {
        return changeDays.length == 0 ? null : new long[] {changeDays[0], changeDays[changeDays.length - 1]};
    }
}
