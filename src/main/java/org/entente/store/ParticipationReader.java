package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.entente.model.Category;

/**
 * Reads every event but the UN votes as its days and participants only, in start order (start day,
 * then id): what the network's shared-event ties take of an event (issue #15).
 *
 * <p>Streaming whole headers row by row cost 2.7 µs an event at ten million events (27 s), nearly
 * all of it in the JDBC call per row and the header objects, not in SQLite. Here SQLite joins
 * {@link #BLOCK} packed headers of {@code event_window} at a time into one text (one JDBC crossing
 * for thousands of events, keyset by start day and id), and only the fields needed are parsed out of
 * it: the titles are skipped, not copied. No schema change: the covering index is the one the
 * timeline reads.
 */
final class ParticipationReader {
    /** Events per query: one text of about 350 KB; more saves nothing measurable, fewer costs crossings. */
    static final int BLOCK = 4_096;

    private static final String BLOCK_QUERY = "SELECT group_concat(window_header, char(30)) FROM (SELECT " + EventStore.HEADER_COLUMNS
            + " FROM event e WHERE (e.start_day, e.id) > (?1, ?2) ORDER BY e.start_day, e.id LIMIT ?3)";
    private static final String UN_VOTE = Category.UN_VOTE.key();

    private final EventStore.ParticipationSink sink;
    private final BooleanSupplier cancelled;
    // One block's events that are no UN vote, parsed: the participants of event i are actors[from[i], from[i + 1]).
    private long[] ids = new long[BLOCK], starts = new long[BLOCK], ends = new long[BLOCK], actors = new long[4 * BLOCK];
    private int[] from = new int[BLOCK + 1];
    private long[] one = new long[8];
    private int count;
    /** The last key read (start day, id): where the next block begins. */
    private long lastDay = Long.MIN_VALUE, lastId = Long.MIN_VALUE;

    ParticipationReader(EventStore.ParticipationSink sink, BooleanSupplier cancelled) {
        this.sink = sink;
        this.cancelled = cancelled;
    }

    void run(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BLOCK_QUERY)) {
            while (true) {
                if (cancelled.getAsBoolean()) throw new CancellationException("cancelled between blocks of events");
                ps.setLong(1, lastDay);
                ps.setLong(2, lastId);
                ps.setInt(3, BLOCK);
                // The text's UTF-8 bytes as SQLite holds them: the fields read are ASCII, and a title's
                // multi-byte characters never hold a byte below 0x80, so no text need be decoded.
                byte[] packed;
                try (ResultSet rs = ps.executeQuery()) {
                    packed = rs.next() ? rs.getBytes(1) : null;
                }
                if (packed == null || packed.length == 0) return;
                int rows = parse(packed);
                hand();
                if (rows < BLOCK) return;
            }
        }
    }

    /** Parses one block's headers (see {@link EventStore#parseHeader} for their fields); returns how many there were. */
    private int parse(byte[] s) {
        count = 0;
        int at = 0, rows = 0;
        int actorCount = 0;
        while (true) {
            rows++;
            int cut = next(s, FIELD, at);
            long id = number(s, at, cut);
            int afterStart = next(s, FIELD, cut + 1);
            long start = number(s, cut + 1, afterStart);
            int afterEnd = next(s, FIELD, afterStart + 1);
            long end = number(s, afterStart + 1, afterEnd);
            // Keyset: the greatest (start day, id) of the block, whatever order group_concat kept.
            if (start > lastDay || start == lastDay && id > lastId) {
                lastDay = start;
                lastId = id;
            }
            int category = next(s, FIELD, next(s, FIELD, afterEnd + 1) + 1) + 1; // past ongoing, importance
            int afterCategory = next(s, FIELD, category);
            int afterActors = next(s, FIELD, afterCategory + 1);
            if (!isUnVote(s, category, afterCategory)) {
                ensureRoom(actorCount + (afterActors - afterCategory) / 2 + 1);
                ids[count] = id;
                starts[count] = start;
                ends[count] = end;
                from[count] = actorCount;
                actorCount = actorIds(s, afterCategory + 1, afterActors, actorCount);
                count++;
                from[count] = actorCount;
            }
            int record = next(s, RECORD, afterActors); // past the date text and the title
            if (record >= s.length) return rows;
            at = record + 1;
        }
    }

    private static final byte FIELD = (byte) EventStore.FIELD, RECORD = (byte) EventStore.RECORD;
    private static final byte[] UN_VOTE_BYTES = UN_VOTE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The index of the next {@code b} in {@code s} from {@code from}, or the length when none. */
    private static int next(byte[] s, byte b, int from) {
        for (int i = from; i < s.length; i++) if (s[i] == b) return i;
        return s.length;
    }

    private static boolean isUnVote(byte[] s, int from, int to) {
        return to - from == UN_VOTE_BYTES.length && Arrays.equals(s, from, to, UN_VOTE_BYTES, 0, UN_VOTE_BYTES.length);
    }

    /** Hands the block's events to the sink in start order (group_concat keeps the subquery's order in practice, not by promise). */
    private void hand() {
        int[] order = null;
        for (int i = 1; i < count && order == null; i++) {
            if (starts[i] < starts[i - 1] || starts[i] == starts[i - 1] && ids[i] < ids[i - 1]) order = startOrder();
        }
        for (int k = 0; k < count; k++) {
            int i = order == null ? k : order[k];
            int n = from[i + 1] - from[i];
            if (one.length < n) one = new long[n];
            System.arraycopy(actors, from[i], one, 0, n);
            sink.event(ids[i], starts[i], ends[i], one, n);
        }
    }

    private int[] startOrder() {
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) boxed[i] = i;
        Arrays.sort(boxed, (x, y) -> starts[x] != starts[y] ? Long.compare(starts[x], starts[y]) : Long.compare(ids[x], ids[y]));
        int[] order = new int[count];
        for (int i = 0; i < count; i++) order[i] = boxed[i];
        return order;
    }

    private void ensureRoom(int actorsNeeded) {
        if (count + 1 >= ids.length) {
            int grown = ids.length * 2;
            ids = Arrays.copyOf(ids, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            from = Arrays.copyOf(from, grown + 1);
        }
        if (actorsNeeded > actors.length) actors = Arrays.copyOf(actors, Math.max(actorsNeeded, actors.length * 2));
    }

    /** The comma-separated ids in {@code s[from, to)} into {@link #actors} from {@code at}; returns the index after the last. */
    private int actorIds(byte[] s, int from, int to, int at) {
        if (from >= to) return at;
        long value = 0;
        for (int i = from; i < to; i++) {
            byte ch = s[i];
            if (ch == ',') {
                actors[at++] = value;
                value = 0;
            } else value = value * 10 + (ch - '0');
        }
        actors[at++] = value;
        return at;
    }

    private static long number(byte[] s, int from, int to) {
        boolean negative = s[from] == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) value = value * 10 + (s[i] - '0');
        return negative ? -value : value;
    }
}
