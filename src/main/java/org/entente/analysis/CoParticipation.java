package org.entente.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.EventHeader;

/**
 * Ties derived from events: two actors are tied by how many events in a period they both took part
 * in. An event counts for the period when it overlaps it.
 */
public final class CoParticipation {
    private CoParticipation() {}

    /**
     * @param actors  the nodes to show (participants not among them are ignored)
     * @param events  event headers (their {@code actorIds} are the participants)
     * @param fromDay first day of the period
     * @param toDay   day after the period (exclusive)
     */
    public static GraphSnapshot between(Map<Long, Actor> actors, List<EventHeader> events, long fromDay, long toDay) {
        Map<Tie.PairKey, Integer> counts = new HashMap<>();
        for (EventHeader e : events) {
            if (e.startDay() >= toDay || e.endDay() <= fromDay) continue;
            long[] ids = e.actorIds();
            for (int i = 0; i < ids.length; i++) {
                if (!actors.containsKey(ids[i])) continue;
                for (int j = i + 1; j < ids.length; j++) {
                    if (ids[j] == ids[i] || !actors.containsKey(ids[j])) continue;
                    counts.merge(new Tie.PairKey(ids[i], ids[j]), 1, Integer::sum);
                }
            }
        }
        return snapshot(actors, counts, toDay);
    }

    /**
     * The same ties from shared events kept by pair: two binary searches per pair, whatever the
     * number of events.
     *
     * @param actors  the nodes to show (pairs with an actor not among them are ignored)
     * @param events  the shared events
     * @param fromDay first day of the period
     * @param toDay   day after the period (exclusive)
     */
    public static GraphSnapshot between(Map<Long, Actor> actors, SharedEvents events, long fromDay, long toDay) {
        Map<Tie.PairKey, Integer> counts = new HashMap<>();
        for (Tie.PairKey pair : events.pairs()) {
            if (!actors.containsKey(pair.low()) || !actors.containsKey(pair.high())) continue;
            int n = events.overlapping(pair, fromDay, toDay);
            if (n > 0) counts.put(pair, n);
        }
        return snapshot(actors, counts, toDay);
    }

    private static GraphSnapshot snapshot(Map<Long, Actor> actors, Map<Tie.PairKey, Integer> counts, long toDay) {
        List<Tie> ties = new ArrayList<>(counts.size());
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingLong(Tie.PairKey::low).thenComparingLong(Tie.PairKey::high)))
                .forEach(en -> ties.add(new Tie(en.getKey().low(), en.getKey().high(), TieKind.CO_PARTICIPATION, null, en.getValue(), null)));
        return new GraphSnapshot(toDay - 1, TieKind.CO_PARTICIPATION, actors, ties);
    }
}
