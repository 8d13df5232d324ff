package org.entente.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

    /**
     * Gathers shared events one event at a time. Ten million events pass through {@link #add} in the
     * network's read, so it works on primitive tables: each actor met gets a small index (in order of
     * first appearance) and each pair of indices its growing arrays of days, without boxing an id or
     * making a key per event.
     */
    public static final class Builder {
        private static final int EMPTY = -2, NOT_KEPT = -1;
        private final LongPredicate kept;
        /** Actor id → its index among the kept actors met, or NOT_KEPT; open addressing, EMPTY slots. */
        private long[] idKeys = new long[64];
        private int[] idIndex = filled(64);
        private int idCount;
        /** Index → actor id of the kept actors, in order of first appearance: the view adds its nodes in this order (as when it read the headers). */
        private long[] keptActors = new long[16];
        private int keptCount;
        /** (low index << 32 | high index) → that pair's days; open addressing, null slots empty. */
        private long[] pairKeys = new long[256];
        private PairDays[] pairDays = new PairDays[256];
        private int pairCount;
        /** The kept participants' indices of the event being added (reused). */
        private int[] eventIndices = new int[8];

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
            if (eventIndices.length < count) eventIndices = new int[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                int index = index(ids[i]);
                if (index != NOT_KEPT) eventIndices[n++] = index;
            }
            if (n < 2) return this;
            int start = Math.toIntExact(startDay), end = Math.toIntExact(endDay);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int a = eventIndices[i], b = eventIndices[j];
                    if (a != b) days(a < b ? (long) a << 32 | b : (long) b << 32 | a).add(start, end);
                }
            }
            return this;
        }

        /** The actor's index among the kept ones, NOT_KEPT if it is not kept; an actor met for the first time is asked about and placed. */
        private int index(long id) {
            int mask = idKeys.length - 1, slot = (int) (mix(id) & mask);
            while (idIndex[slot] != EMPTY) {
                if (idKeys[slot] == id) return idIndex[slot];
                slot = (slot + 1) & mask;
            }
            int index = NOT_KEPT;
            if (kept.test(id)) {
                if (keptCount == keptActors.length) keptActors = Arrays.copyOf(keptActors, keptCount * 2);
                keptActors[keptCount] = id;
                index = keptCount++;
            }
            idKeys[slot] = id;
            idIndex[slot] = index;
            if (++idCount * 2 > idKeys.length) growIds();
            return index;
        }

        private void growIds() {
            long[] keys = idKeys;
            int[] indices = idIndex;
            idKeys = new long[keys.length * 2];
            idIndex = filled(keys.length * 2);
            int mask = idKeys.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (indices[i] == EMPTY) continue;
                int slot = (int) (mix(keys[i]) & mask);
                while (idIndex[slot] != EMPTY) slot = (slot + 1) & mask;
                idKeys[slot] = keys[i];
                idIndex[slot] = indices[i];
            }
        }

        /** The days of the pair {@code key}, new if it had none. */
        private PairDays days(long key) {
            int mask = pairKeys.length - 1, slot = (int) (mix(key) & mask);
            while (pairDays[slot] != null) {
                if (pairKeys[slot] == key) return pairDays[slot];
                slot = (slot + 1) & mask;
            }
            PairDays days = new PairDays();
            pairKeys[slot] = key;
            pairDays[slot] = days;
            if (++pairCount * 2 > pairKeys.length) growPairs();
            return days;
        }

        private void growPairs() {
            long[] keys = pairKeys;
            PairDays[] values = pairDays;
            pairKeys = new long[keys.length * 2];
            pairDays = new PairDays[keys.length * 2];
            int mask = pairKeys.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (values[i] == null) continue;
                int slot = (int) (mix(keys[i]) & mask);
                while (pairDays[slot] != null) slot = (slot + 1) & mask;
                pairKeys[slot] = keys[i];
                pairDays[slot] = values[i];
            }
        }

        private static long mix(long x) {
            x *= 0x9E3779B97F4A7C15L;
            return x ^ (x >>> 29);
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, EMPTY);
            return a;
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
            Map<Tie.PairKey, int[][]> out = new HashMap<>(pairCount * 2);
            for (int i = 0; i < pairKeys.length; i++) {
                PairDays days = pairDays[i];
                if (days == null) continue;
                pairDays[i] = null;
                int[] starts = trimmed(days.starts, days.size), ends = trimmed(days.ends, days.size);
                Arrays.sort(starts);
                Arrays.sort(ends);
                out.put(new Tie.PairKey(keptActors[(int) (pairKeys[i] >>> 32)], keptActors[(int) pairKeys[i]]), new int[][] {starts, ends});
            }
            Set<Long> actors = new LinkedHashSet<>();
            for (int i = 0; i < keptCount; i++) actors.add(keptActors[i]);
            SharedEvents built = new SharedEvents(Collections.unmodifiableMap(out), Collections.unmodifiableSet(actors));
            pairKeys = new long[256];
            pairDays = new PairDays[256];
            pairCount = 0;
            idKeys = new long[64];
            idIndex = filled(64);
            idCount = keptCount = 0;
            return built;
        }

        private static int[] trimmed(int[] days, int n) { return n == days.length ? days : Arrays.copyOf(days, n); }
    }
}
