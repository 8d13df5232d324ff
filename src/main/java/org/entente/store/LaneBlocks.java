package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code lane_block} summary (V93__lane_blocks.sql, docs/decisions/0019-lane-block-summary.md):
 * events per timeline lane and block of {@link #BLOCK_DAYS} days, each cell with its most
 * important event. The schema's triggers keep the counts exact on every write; this class fills
 * it set-based after a bulk load, recomputes the tops the triggers left stale before each commit
 * ({@link #settle}), and answers the unfiltered lane counts and block-aligned overviews from it.
 */
final class LaneBlocks {
    private LaneBlocks() {}

    /** {@code block = start_day >> BLOCK_SHIFT}; the 9 in V93__lane_blocks.sql. */
    static final int BLOCK_SHIFT = 9;
    static final long BLOCK_DAYS = 1L << BLOCK_SHIFT;

    /** The summary's per-row insert triggers, suspended by the bulk loader, which calls {@link #fill} instead. */
    static final List<String> INSERT_TRIGGERS = List.of("lane_block_pair_insert", "lane_block_category_insert", "lane_block_country_insert");

    /** The three kinds of stored lanes: their key prefix, key expression and the join that gives it, over event_lane {@code l}. */
    private enum Family {
        PAIR(LaneKeys.PAIR, TimelineQueries.pairKeySql("l"), ""),
        CATEGORY(LaneKeys.CATEGORY, "'" + LaneKeys.CATEGORY + "' || e.category", " JOIN event e ON e.id = l.event_id"),
        COUNTRY(LaneKeys.COUNTRY, "'" + LaneKeys.COUNTRY + "' || x.actor_id",
                " JOIN event_actor x ON x.event_id = l.event_id JOIN actor a ON a.id = x.actor_id AND a.kind = 'country'");

        final String prefix, lane, joins;

        Family(String prefix, String lane, String joins) {
            this.prefix = prefix;
            this.lane = lane;
            this.joins = joins;
        }

        /** " lane >= 'pair:' AND lane < 'pair;'": the family's keys as a range of the primary key. */
        String range(String column) {
            String end = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
            return column + " >= '" + prefix + "' AND " + column + " < '" + end + "'";
        }

        /** The family's rows (lane, start_day, event_id, importance) under {@code where} over {@code l}. */
        String rows(String from, String where) {
            return "SELECT " + lane + " AS lane, l.start_day, l.event_id, l.importance FROM " + from + joins + " WHERE " + where;
        }
    }

    /**
     * Each (lane, block) of {@code rows} once, with its count and most important event (then the
     * earliest, then the lowest id): one GROUP BY whose top is the least of one packed rank,
     * (5 − importance) in bits 60–62, the day within the block in bits 51–59, the id below (ids
     * under 2^51). With window functions instead (a count and a row number over the same
     * partition, as the migration uses) adding the UN votes dataset (870,109 participants) took
     * 6.0–7.0 s, with this 5.4–5.9 s, without the summary 3.3–4.0 s (BENCHMARKS.md, "Lane counts
     * and wide overviews from a summary").
     */
    private static String cells(String rows) {
        long idMask = (1L << 51) - 1;
        return "SELECT lane, block, n, rank & " + idMask + ", 5 - (rank >> 60), (block << " + BLOCK_SHIFT + ") + ((rank >> 51) & "
                + (BLOCK_DAYS - 1) + ") FROM (SELECT lane, start_day >> " + BLOCK_SHIFT + " AS block, count(*) AS n,"
                + " min(((5 - importance) << 60) + ((start_day & " + (BLOCK_DAYS - 1) + ") << 51) + event_id) AS rank"
                + " FROM (" + rows + ") GROUP BY lane, block) WHERE true";
    }

    /** Whether {@code (importance, start, id)} of {@code x.} outranks the cell's top (a stale top is never outranked). */
    private static String outranks(String x) {
        return "top_event IS NOT NULL AND (-" + x + "top_importance, " + x + "top_start, " + x + "top_event)"
                + " < (-top_importance, top_start, top_event)";
    }

    /**
     * Adds events {@code [fromId, toId]} (just bulk-loaded with {@link #INSERT_TRIGGERS} suspended)
     * to the summary, set-based: what the triggers would have done one row at a time.
     */
    static void fill(Connection c, long fromId, long toId) throws SQLException {
        if (toId < fromId) return;
        String better = outranks("excluded.");
        for (Family f : Family.values()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start) "
                    + cells(f.rows("event_lane l", "l.event_id BETWEEN ? AND ?"))
                    + " ON CONFLICT (lane, block) DO UPDATE SET events = events + excluded.events,"
                    + " top_event = CASE WHEN " + better + " THEN excluded.top_event ELSE top_event END,"
                    + " top_importance = CASE WHEN " + better + " THEN excluded.top_importance ELSE top_importance END,"
                    + " top_start = CASE WHEN " + better + " THEN excluded.top_start ELSE top_start END")) {
                ps.setLong(1, fromId);
                ps.setLong(2, toId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Recomputes the tops the triggers left stale (their event left the cell) and drops the cells
     * left empty: once per write, before its commit ({@link Library#write}). Set-based over the
     * blocks concerned, so that removing a dataset of thousands of events costs one pass over
     * their blocks, not one per event. Nothing to do (one probe of a partial index) after most writes.
     */
    static void settle(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM lane_block WHERE top_event IS NULL LIMIT 1")) {
                if (!rs.next()) return;
            }
            st.executeUpdate("DELETE FROM lane_block WHERE top_event IS NULL AND events <= 0");
            for (Family f : Family.values()) {
                String blocks = "(SELECT DISTINCT block FROM lane_block WHERE top_event IS NULL AND " + f.range("lane") + ") s"
                        + " JOIN event_lane l ON l.start_day >= s.block << " + BLOCK_SHIFT + " AND l.start_day < (s.block + 1) << " + BLOCK_SHIFT;
                String rows = "SELECT * FROM (" + f.rows(blocks, "1") + ") WHERE (lane, start_day >> " + BLOCK_SHIFT
                        + ") IN (SELECT lane, block FROM lane_block WHERE top_event IS NULL AND " + f.range("lane") + ")";
                // The tops go through a temporary table: an UPDATE … FROM reading the table it updates is left to no chance.
                st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS lane_block_tops (lane TEXT, block INTEGER, n INTEGER, event_id INTEGER,"
                        + " importance INTEGER, start_day INTEGER, PRIMARY KEY (lane, block)) WITHOUT ROWID");
                st.executeUpdate("DELETE FROM temp.lane_block_tops");
                st.executeUpdate("INSERT INTO temp.lane_block_tops " + cells(rows));
                st.executeUpdate("UPDATE lane_block SET top_event = t.event_id, top_importance = t.importance, top_start = t.start_day"
                        + " FROM temp.lane_block_tops t WHERE lane_block.top_event IS NULL AND lane_block.lane = t.lane AND lane_block.block = t.block");
            }
            st.executeUpdate("DROP TABLE IF EXISTS temp.lane_block_tops");
        }
    }

    /** Events per lane of {@code grouping} in the whole library, as {@link TimelineQueries#density} counts them unfiltered. */
    static Map<String, Long> laneCounts(Connection c, LaneGrouping grouping) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(laneCountsSql(grouping))) {
            while (rs.next()) {
                long n = rs.getLong(2);
                if (n > 0) out.put(rs.getString(1), n);
            }
        }
        return out;
    }

    static String laneCountsSql(LaneGrouping grouping) {
        return switch (grouping) {
            case ACTOR_PAIR -> "SELECT lane, sum(events) FROM lane_block WHERE " + Family.PAIR.range("lane") + " GROUP BY lane";
            case COUNTRY -> "SELECT CASE WHEN lane = '" + noCountryPair() + "' THEN '" + LaneKeys.countryKey(0) + "' ELSE lane END, sum(events)"
                    + " FROM lane_block WHERE " + Family.COUNTRY.range("lane") + " OR lane = '" + noCountryPair() + "' GROUP BY lane";
            case CATEGORY -> "SELECT lane, sum(events) FROM lane_block WHERE " + Family.CATEGORY.range("lane") + " GROUP BY lane";
            case NONE -> "SELECT '" + LaneKeys.ALL + "', sum(events) FROM lane_block WHERE " + Family.CATEGORY.range("lane");
        };
    }

    private static String noCountryPair() { return LaneKeys.pairKey(0, 0); }

    /** The category triggers that keep the summary's category cells counting every event once. */
    private static final List<String> CATEGORY_TRIGGERS = List.of("lane_block_category_insert", "lane_block_category_delete",
            "lane_block_category_update");

    /**
     * How many events the library holds: the sum of the category cells (an event is in exactly one
     * category), a few thousand summary rows instead of a pass over an index of every event (issue
     * #15). The counts are kept by the schema's triggers, so writes outside {@link Library#write}
     * keep them exact too (only tops go stale); where the summary or its category triggers are
     * missing (a file of an older schema, or one whose triggers another tool dropped) the rows are counted.
     */
    static long eventCount(Connection c) throws SQLException {
        boolean kept;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE"
                + " (type = 'table' AND name = 'lane_block') OR (type = 'trigger' AND tbl_name = 'event' AND name IN ('"
                + String.join("', '", CATEGORY_TRIGGERS) + "'))")) {
            kept = rs.next() && rs.getInt(1) == CATEGORY_TRIGGERS.size() + 1;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(kept
                ? "SELECT ifnull(sum(events), 0) FROM lane_block WHERE " + Family.CATEGORY.range("lane") : "SELECT count(*) FROM event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many events start in blocks {@code [fromBlock, toBlock)}. */
    static long countStarting(Connection c, long fromBlock, long toBlock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ifnull(sum(events), 0) FROM lane_block WHERE "
                + Family.CATEGORY.range("lane") + " AND block >= ? AND block < ?")) {
            ps.setLong(1, fromBlock);
            ps.setLong(2, toBlock);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Bits of a cell's rank for its top's day within the window, and for its id (see {@link #density}). */
    private static final int DAY_BITS = 27, ID_BITS = 33;

    /**
     * Unfiltered density over blocks {@code [fromBlock, toBlock)} in buckets of {@code blocksPerBucket}
     * blocks, as {@link TimelineQueries#density} with buckets of whole blocks; null when a cell in
     * range has a stale top (a write that bypassed {@link Library#write}) or the window is too wide
     * or the ids too large for the rank below: then the rows must answer.
     *
     * <p>The cells are folded into shown lanes and buckets inside SQLite (a century of pair cells is
     * about 150,000 rows, which cost more to hand to Java than to group). The top of each group is
     * the cell of least rank, one integer: (5 − importance) in the top bits, then the top's day
     * within the window (27 bits: 367,000 years), then its id (33 bits).
     */
    static List<DensityCell> density(Connection c, long fromBlock, long toBlock, long blocksPerBucket, long toDay,
                                     LaneGrouping grouping, Collection<String> namedLanes) throws SQLException {
        long fromDay = fromBlock << BLOCK_SHIFT;
        if ((toBlock - fromBlock) << BLOCK_SHIFT >= 1L << DAY_BITS) return null;
        String where = switch (grouping) {
            case ACTOR_PAIR -> Family.PAIR.range("lane");
            case COUNTRY -> "(" + Family.COUNTRY.range("lane") + " OR lane = '" + noCountryPair() + "')";
            case CATEGORY, NONE -> Family.CATEGORY.range("lane");
        };
        String shown = switch (grouping) {
            case COUNTRY -> "(CASE WHEN lane = '" + noCountryPair() + "' THEN '" + LaneKeys.countryKey(0) + "' ELSE lane END)";
            case NONE -> "'" + LaneKeys.ALL + "'";
            default -> "lane";
        };
        List<Object> args = new ArrayList<>();
        if (namedLanes != null) {
            shown = "(CASE WHEN " + shown + " IN (SELECT value FROM json_each(?)) THEN " + shown + " ELSE '" + LaneKeys.OTHER + "' END)";
            args.add(TimelineQueries.jsonStrings(namedLanes));
        }
        args.addAll(List.of(fromBlock, blocksPerBucket, fromDay, fromBlock, toBlock));
        String sql = "SELECT " + shown + " AS shown, (block - ?) / ? AS bucket, sum(events),"
                + " min(((5 - top_importance) << " + (DAY_BITS + ID_BITS) + ") + ((top_start - ?) << " + ID_BITS + ") + top_event),"
                + " count(top_event) = count(*), max(top_event)"
                + " FROM lane_block WHERE " + where + " AND block >= ? AND block < ? AND events > 0 GROUP BY shown, bucket ORDER BY shown, bucket";
        List<DensityCell> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(5) || rs.getLong(6) >= 1L << ID_BITS) return null;
                    long rank = rs.getLong(4);
                    long start = (fromBlock + rs.getLong(2) * blocksPerBucket) << BLOCK_SHIFT;
                    long end = Math.min(start + (blocksPerBucket << BLOCK_SHIFT), toDay);
                    out.add(new DensityCell(rs.getString(1), start, end, Math.toIntExact(rs.getLong(3)),
                            rank & ((1L << ID_BITS) - 1), (int) (5 - (rank >>> (DAY_BITS + ID_BITS)))));
                }
            }
        }
        return out;
    }
}
