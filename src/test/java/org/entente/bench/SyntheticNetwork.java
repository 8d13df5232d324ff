package org.entente.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;

/**
 * A deterministic synthetic partnership network for benchmarks: {@code actors} countries and
 * {@code pairs} distinct pairs, each tied from a day in 1990–2023, a third of them upgraded later,
 * so that all pairs are in force at the end of 2024.
 */
final class SyntheticNetwork {
    private SyntheticNetwork() {}

    static List<Actor> actors(int n) {
        List<Actor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String iso = "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            out.add(new Actor(i + 1, "Country " + iso, ActorKind.COUNTRY, iso, null));
        }
        return out;
    }

    static List<Partnership> spells(List<Actor> actors, int pairs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<Long> used = new HashSet<>();
        List<Partnership> out = new ArrayList<>();
        long first = LocalDate.of(1990, 1, 1).toEpochDay(), last = LocalDate.of(2023, 12, 31).toEpochDay();
        PartnershipLevel[] levels = {PartnershipLevel.COMPREHENSIVE, PartnershipLevel.STRATEGIC, PartnershipLevel.COMPREHENSIVE_STRATEGIC};
        long id = 1;
        // Hubs: a few actors take part in many ties, as real diplomatic networks do.
        while (used.size() < pairs) {
            int a = r.nextInt(10) < 3 ? r.nextInt(Math.min(20, actors.size())) : r.nextInt(actors.size());
            int b = r.nextInt(actors.size());
            if (a == b) continue;
            long key = (long) Math.min(a, b) * 1_000_000 + Math.max(a, b);
            if (!used.add(key)) continue;
            long start = first + r.nextLong(last - first);
            int level = r.nextInt(2);
            out.add(new Partnership(id++, actors.get(a), actors.get(b), levels[level], null,
                    EventDate.of(LocalDate.ofEpochDay(start)), null, List.of(), null));
            if (r.nextInt(3) == 0) {
                long up = start + 1 + r.nextLong(Math.max(1, last - start));
                out.add(new Partnership(id++, actors.get(a), actors.get(b), levels[level + 1], null,
                        EventDate.of(LocalDate.ofEpochDay(up)), null, List.of(), null));
            }
        }
        return out;
    }

    /** The network's data as the view reads it from a library: partnerships only, 1990 to the end of 2024. */
    static org.entente.app.network.NetworkData data(List<Actor> actors, List<Partnership> spells) {
        java.util.Map<Long, Actor> byId = new java.util.LinkedHashMap<>();
        for (Actor a : actors) byId.put(a.id(), a);
        return new org.entente.app.network.NetworkData(spells, List.of(), List.of(), byId, LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2024, 12, 31).toEpochDay(), java.util.Map.of());
    }
}
