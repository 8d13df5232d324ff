package org.entente.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.entente.model.Category;
import org.entente.model.EventHeader;

/**
 * The events that tie actors by taking part in them together, kept as little as the co-participation
 * ties need: for each pair of actors, the start days and the end days of its shared events, each
 * sorted. The events of a pair overlapping a period are then counted by two binary searches, and no
 * event is held whole: at ten million events the headers did not fit in 512 MB (issue #15).
 * Immutable once built.
 */
public final class SharedEvents {
    /** No events. */
    public static final SharedEvents NONE = new Builder(id -> true).build();

    /** Per pair: [0] the start days, [1] the end days (exclusive), each sorted on its own. */
    private final Map<Tie.PairKey, int[][]> pairs;
    private final Set<Long> actors;

    private SharedEvents(Map<Tie.PairKey, int[][]> pairs, Set<Long> actors) {
        this.pairs = pairs;
        this.actors = actors;
    }

    /**
     * The shared events among {@code events}, leaving out UN votes: a roll call's 150-odd voters are
     * no shared event (they tie through UN vote agreement instead).
     */
    public static SharedEvents of(List<EventHeader> events) {
        Builder b = new Builder(id -> true);
        events.forEach(b::add);
        return b.build();
    }

    /** Every actor that took part in one of the events, in the order they were first met. */
    public Set<Long> actors() { return actors; }

    /** The pairs with at least one shared event. */
    public Set<Tie.PairKey> pairs() { return Collections.unmodifiableSet(pairs.keySet()); }

    /** How many events of the pair overlap the days {@code fromDay} (inclusive) to {@code toDay} (exclusive). */
    public int overlapping(Tie.PairKey pair, long fromDay, long toDay) {
        int[][] days = pairs.get(pair);
        if (days == null) return 0;
        // Overlapping: start < toDay and end > fromDay. Every event ending by fromDay also starts
        // before toDay, so it is the events starting before toDay less those ending by fromDay.
        return below(days[0], toDay) - below(days[1], fromDay + 1);
    }

    /** How many of the sorted {@code days} are below {@code day}. */
    private static int below(int[] days, long day) {
        if (day > Integer.MAX_VALUE) return days.length;
        if (day <= Integer.MIN_VALUE) return 0;
        int key = (int) day, lo = 0, hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Gathers shared events one event at a time. */
    public static final class Builder {
        private final Map<Tie.PairKey, int[][]> pairs = new HashMap<>();
        private final Map<Tie.PairKey, int[]> sizes = new HashMap<>();
        /** In order of first appearance: the view adds its nodes in this order (as when it read the headers). */
        private final Set<Long> actors = new LinkedHashSet<>();
        private final LongPredicate kept;

        /** @param kept the actors whose pairs are kept (the others' ties are never drawn) */
        public Builder(LongPredicate kept) { this.kept = kept; }

        /** An event: its kept participants and each pair of them, unless it is a UN vote. */
        public Builder add(EventHeader e) {
            if (Category.UN_VOTE.key().equals(e.category())) return this;
            long[] ids = e.actorIds();
            for (int i = 0; i < ids.length; i++) {
                if (!kept.test(ids[i])) continue;
                actors.add(ids[i]);
                for (int j = i + 1; j < ids.length; j++)
                    if (ids[i] != ids[j] && kept.test(ids[j])) pair(ids[i], ids[j], e.startDay(), e.endDay());
            }
            return this;
        }

        /** An event from {@code startDay} to {@code endDay} (exclusive) that actors {@code a} and {@code b} took part in. */
        private void pair(long a, long b, long startDay, long endDay) {
            Tie.PairKey key = new Tie.PairKey(a, b);
            int[][] days = pairs.computeIfAbsent(key, k -> new int[][] {new int[4], new int[4]});
            int[] size = sizes.computeIfAbsent(key, k -> new int[1]);
            int n = size[0];
            if (n == days[0].length) {
                int grown = n + (n >> 1) + 1;
                days[0] = Arrays.copyOf(days[0], grown);
                days[1] = Arrays.copyOf(days[1], grown);
            }
            days[0][n] = Math.toIntExact(startDay);
            days[1][n] = Math.toIntExact(endDay);
            size[0] = n + 1;
        }

        /** The shared events gathered; the builder is left empty (each pair's arrays are let go as they are trimmed). */
        public SharedEvents build() {
            Map<Tie.PairKey, int[][]> out = new HashMap<>(pairs.size() * 2);
            for (Iterator<Map.Entry<Tie.PairKey, int[][]>> it = pairs.entrySet().iterator(); it.hasNext(); ) {
                var en = it.next();
                int n = sizes.remove(en.getKey())[0];
                int[] starts = trimmed(en.getValue()[0], n), ends = trimmed(en.getValue()[1], n);
                it.remove();
                Arrays.sort(starts);
                Arrays.sort(ends);
                out.put(en.getKey(), new int[][] {starts, ends});
            }
            SharedEvents built = new SharedEvents(Collections.unmodifiableMap(out), Collections.unmodifiableSet(new LinkedHashSet<>(actors)));
            actors.clear();
            return built;
        }

        private static int[] trimmed(int[] days, int n) { return n == days.length ? days : Arrays.copyOf(days, n); }
    }
}
