package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

import org.entente.model.Category;
import org.entente.model.RollCallVotes;

/**
 * Reads the library's roll-call votes for the agreement measures: every event in category
 * "UN vote" with the participants whose role is yes, abstain or no (the UN votes dataset, and any
 * roll call a user records the same way).
 */
public final class RollCallStore {
    private static final String VOTE_CODE = "CASE lower(ea.role) WHEN 'yes' THEN 2 WHEN 'abstain' THEN 1 WHEN 'no' THEN 0 END";
    private static final String VOTES_WHERE = " FROM event e JOIN event_actor ea ON ea.event_id = e.id"
            + " WHERE e.category = '" + Category.UN_VOTE.key() + "' AND lower(ea.role) IN ('yes', 'abstain', 'no')";
    // Both find each roll call's votes through the partial index event_actor_vote (V94), whose WHERE
    // term is the one above, word for word: SQLite uses a partial index only for a query that repeats it.
    // Modular terms keep the sum exact in SQLite's 64-bit integers (870,109 votes × < 2^31).
    static final String FINGERPRINT_SQL = "SELECT count(*), coalesce(sum(((e.id * 1000003 + ea.actor_id * 7919"
            + " + e.start_day * 104729) * (" + VOTE_CODE + " + 3)) % 2147483647), 0)" + VOTES_WHERE;
    static final String READ_SQL = "SELECT e.id, e.start_day, ea.actor_id, " + VOTE_CODE + VOTES_WHERE + " ORDER BY e.id";

    private RollCallStore() {}

    /**
     * A checksum of every roll-call vote and date, read in one pass without loading them: a cache
     * of measures computed from {@link #read} stays valid while it is unchanged.
     */
    public static long fingerprint(Library library) {
        return library.read(RollCallStore::fingerprint);
    }

    static long fingerprint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FINGERPRINT_SQL); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) * 0x9E3779B97F4A7C15L + rs.getLong(2);
        }
    }

    /** Every roll-call vote, grouped by roll call in event order. */
    public static RollCallVotes read(Library library) {
        return library.read(c -> read(c, fingerprint(c)));
    }

    /**
     * Every roll-call vote as {@link #read}, unless their {@link #fingerprint} is {@code known} (a
     * cache's): then nothing. One pass for the fingerprint where a check and a read took two (at ten
     * million events a pass was 3 s of the network's read).
     */
    public static java.util.Optional<RollCallVotes> readUnless(Library library, Long known) {
        return library.read(c -> {
            long fingerprint = fingerprint(c);
            return known != null && known == fingerprint ? java.util.Optional.empty() : java.util.Optional.of(read(c, fingerprint));
        });
    }

    private static RollCallVotes read(Connection c, long fingerprint) throws SQLException {
        int[] year = new int[1024], start = new int[1025];
        long[] actor = new long[1 << 16];
        byte[] vote = new byte[1 << 16];
        int rollCalls = 0, votes = 0;
        long lastEvent = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement(READ_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long event = rs.getLong(1);
                if (event != lastEvent) {
                    if (rollCalls == year.length) {
                        year = Arrays.copyOf(year, rollCalls * 2);
                        start = Arrays.copyOf(start, rollCalls * 2 + 1);
                    }
                    year[rollCalls] = LocalDate.ofEpochDay(rs.getLong(2)).getYear();
                    start[rollCalls] = votes;
                    rollCalls++;
                    lastEvent = event;
                }
                if (votes == actor.length) {
                    actor = Arrays.copyOf(actor, votes * 2);
                    vote = Arrays.copyOf(vote, votes * 2);
                }
                actor[votes] = rs.getLong(3);
                vote[votes] = (byte) rs.getInt(4);
                votes++;
            }
        }
        start[rollCalls] = votes;
        return new RollCallVotes(Arrays.copyOf(year, rollCalls), Arrays.copyOf(start, rollCalls + 1), Arrays.copyOf(actor, votes),
                Arrays.copyOf(vote, votes), fingerprint);
    }
}
