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
        /** Per pair: its events' start and end days as added, growing. */
        private final Map<Tie.PairKey, PairDays> pairs = new HashMap<>();
        /** In order of first appearance: the view adds its nodes in this order (as when it read the headers). */
        private final Set<Long> actors = new LinkedHashSet<>();
        private final LongPredicate kept;
        /** The kept participants of the event being added (reused). */
        private long[] keptIds = new long[8];

        /** @param kept the actors whose pairs are kept (the others' ties are never drawn) */
        public Builder(LongPredicate kept) { this.kept = kept; }

        /** An event: its kept participants and each pair of them, unless it is a UN vote. */
        public Builder add(EventHeader e) {
            if (Category.UN_VOTE.key().equals(e.category())) return this;
            long[] ids = e.actorIds();
            return add(e.startDay(), e.endDay(), ids, ids.length);
        }

        /**
         * An event that is no UN vote, from {@code startDay} to {@code endDay} (exclusive), with the
         * participants {@code ids[0, count)} in position order (the array is not kept).
         */
        public Builder add(long startDay, long endDay, long[] ids, int count) {
            if (keptIds.length < count) keptIds = new long[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (!kept.test(ids[i])) continue;
                actors.add(ids[i]);
                keptIds[n++] = ids[i];
            }
            if (n < 2) return this;
            int start = Math.toIntExact(startDay), end = Math.toIntExact(endDay);
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++)
                    if (keptIds[i] != keptIds[j]) pairs.computeIfAbsent(new Tie.PairKey(keptIds[i], keptIds[j]), k -> new PairDays()).add(start, end);
            return this;
        }

        /** One pair's start and end days, in the order added. */
        private static final class PairDays {
            int[] starts = new int[4], ends = new int[4];
            int size;

            void add(int start, int end) {
                if (size == starts.length) {
                    int grown = size + (size >> 1) + 1;
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                }
                starts[size] = start;
                ends[size] = end;
                size++;
            }
        }

        /** The shared events gathered; the builder is left empty (each pair's arrays are let go as they are trimmed). */
        public SharedEvents build() {
            Map<Tie.PairKey, int[][]> out = new HashMap<>(pairs.size() * 2);
            for (Iterator<Map.Entry<Tie.PairKey, PairDays>> it = pairs.entrySet().iterator(); it.hasNext(); ) {
                var en = it.next();
                PairDays days = en.getValue();
                int[] starts = trimmed(days.starts, days.size), ends = trimmed(days.ends, days.size);
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
