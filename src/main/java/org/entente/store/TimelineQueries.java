package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.entente.model.EventHeader;
import org.entente.model.EventLink;
import org.entente.model.LinkKind;

/**
 * The reads a timeline needs on a library of any size: the events of a time window with filters
 * pushed into SQL, and, when a window holds too many events to draw one by one, counts per lane
 * and time bucket with each bucket's most important event (level of detail).
 */
public final class TimelineQueries {
    private final Library library;
    private final java.util.function.BooleanSupplier cancelled;

    public TimelineQueries(Library library) { this(library, null); }

    /**
     * Reads that stop inside SQLite as soon as {@code cancelled} turns true, throwing
     * {@link java.util.concurrent.CancellationException} ({@link Library#read(SqlWork, java.util.function.BooleanSupplier)}):
     * for the timeline's window loads, which a new zoom or pan replaces.
     */
    public TimelineQueries(Library library, java.util.function.BooleanSupplier cancelled) {
        this.library = library;
        this.cancelled = cancelled;
    }

    private <T> T read(SqlWork<T> work) { return cancelled == null ? library.read(work) : library.read(work, cancelled); }

    /** Events in a window, and whether that is all of them or the limit cut the list short. */
    public record Window(List<EventHeader> events, boolean complete) {}

    /** The SQL expression of {@link LaneKeys#pairKey} over an event_lane row aliased {@code l}. */
    static String pairKeySql(String l) {
        String a = l + ".actor_a", b = l + ".actor_b";
        return "(CASE WHEN " + a + " IS NULL THEN 'pair:" + LaneKeys.NO_COUNTRY + "' WHEN " + b + " IS NULL THEN 'pair:' || " + a
                + " ELSE 'pair:' || min(" + a + ", " + b + ") || '-' || max(" + a + ", " + b + ") END)";
    }

    // ---- events --------------------------------------------------------------------------------

    /**
     * Events overlapping [fromDay, toDay) that pass {@code filter}, in start order: the first
     * {@code limit} of them. SQLite stops after {@code limit + 1} rows of the start-ordered index,
     * so a zoomed-out window over a million events costs a few thousand rows.
     */
    public Window inWindow(long fromDay, long toDay, EventFilter filter, int limit) {
        long from = Math.max(fromDay, filter.fromDay()), to = Math.min(toDay, filter.toDay());
        if (from >= to) return new Window(List.of(), true);
        List<Object> args = new ArrayList<>();
        String where = conditions(filter, "e", args);
        List<EventHeader> rows = read(c -> EventStore.window(c, from, to, where, args, limit));
        boolean complete = rows.size() <= limit;
        return new Window(List.copyOf(complete ? rows : rows.subList(0, limit)), complete);
    }

    /** Headers of the given events, in start order (the representatives of density cells, search hits). */
    public List<EventHeader> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<EventHeader> rows = read(c -> query(c, "SELECT " + EventStore.HEADER_COLUMNS
                + " FROM event e WHERE e.id IN (SELECT value FROM json_each(?))", List.of(jsonNumbers(ids))));
        List<EventHeader> out = new ArrayList<>(rows);
        out.sort(EventStore.START_ORDER);
        return out;
    }

    /**
     * Events starting in [fromDay, toDay) that pass {@code filter}, counted per lane of
     * {@code grouping} and per bucket of {@code bucketDays}, each cell with its most important
     * event. Events that started before the window are not counted (they belong to earlier buckets).
     */
    public List<DensityCell> density(long fromDay, long toDay, long bucketDays, LaneGrouping grouping, EventFilter filter) {
        return density(fromDay, toDay, bucketDays, grouping, filter, null);
    }

    /**
     * As {@link #density(long, long, long, LaneGrouping, EventFilter)}, with every lane not in
     * {@code namedLanes} counted together as {@link LaneKeys#OTHER} inside SQL (a library with sixty
     * countries has hundreds of pairs; the view names a dozen). Null names every lane.
     */
    public List<DensityCell> density(long fromDay, long toDay, long bucketDays, LaneGrouping grouping, EventFilter filter,
                                     Collection<String> namedLanes) {
        if (bucketDays < 1) throw new IllegalArgumentException("a bucket is at least one day, not " + bucketDays);
        long from = Math.max(fromDay, filter.fromDay()), to = Math.min(toDay, filter.toDay());
        if (from >= to) return List.of();
        if (answeredBySummary(from, to, filter) && bucketDays % SUMMARY_BLOCK_DAYS == 0) {
            List<DensityCell> cells = read(c -> LaneBlocks.density(c, from >> LaneBlocks.BLOCK_SHIFT, to >> LaneBlocks.BLOCK_SHIFT,
                    bucketDays >> LaneBlocks.BLOCK_SHIFT, to, grouping, namedLanes));
            if (cells != null) return cells;
        }
        List<Object> laneArgs = new ArrayList<>();
        String lane;
        StringBuilder joins = new StringBuilder();
        boolean pairCodes = grouping == LaneGrouping.ACTOR_PAIR;
        switch (grouping) {
            // Pairs are grouped by an integer code (lower id × 10⁶ + higher id): far cheaper per row than a text key.
            case ACTOR_PAIR -> lane = "(CASE WHEN l.actor_b IS NULL THEN ifnull(l.actor_a, 0) * " + LaneKeys.PAIR_CODE
                    + " ELSE min(l.actor_a, l.actor_b) * " + LaneKeys.PAIR_CODE + " + max(l.actor_a, l.actor_b) END)";
            case COUNTRY -> {
                joins.append(" LEFT JOIN (SELECT x.event_id, x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id"
                        + " WHERE a.kind = 'country') ca ON ca.event_id = l.event_id");
                lane = "('country:' || ifnull(ca.actor_id, '" + LaneKeys.NO_COUNTRY + "'))";
            }
            case CATEGORY -> lane = "('category:' || e.category)";
            default -> lane = "'" + LaneKeys.ALL + "'";
        }
        if (namedLanes != null) {
            if (pairCodes) {
                List<Long> codes = new ArrayList<>();
                for (String key : namedLanes) {
                    long code = LaneKeys.pairCode(key);
                    if (code >= 0) codes.add(code);
                }
                lane = "(CASE WHEN " + lane + " IN (SELECT value FROM json_each(?)) THEN " + lane + " ELSE -1 END)";
                laneArgs.add(jsonNumbers(codes));
            } else {
                lane = "(CASE WHEN " + lane + " IN (SELECT value FROM json_each(?)) THEN " + lane + " ELSE '" + LaneKeys.OTHER + "' END)";
                laneArgs.add(jsonStrings(namedLanes));
            }
        }
        List<Object> args = new ArrayList<>(laneArgs);
        args.addAll(List.of(from, bucketDays, from, to));
        boolean needsEvent = grouping == LaneGrouping.CATEGORY || filter.restrictsRows();
        if (needsEvent) joins.insert(0, " JOIN event e ON e.id = l.event_id");
        String where = needsEvent ? conditions(filter, "e", args) : "";
        String sql = "SELECT " + lane + " AS lane, (l.start_day - ?) / ? AS bucket, count(*), max(l.importance), l.event_id"
                + " FROM event_lane l" + joins + " WHERE l.start_day >= ? AND l.start_day < ?" + where
                + " GROUP BY lane, bucket ORDER BY lane, bucket";
        return read(c -> {
            List<DensityCell> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long start = from + rs.getLong(2) * bucketDays;
                        String key = pairCodes ? LaneKeys.pairKeyOfCode(rs.getLong(1)) : rs.getString(1);
                        out.add(new DensityCell(key, start, Math.min(start + bucketDays, to), rs.getInt(3), rs.getLong(5), rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /** How many events start in [fromDay, toDay) and pass {@code filter}. */
    public long countStarting(long fromDay, long toDay, EventFilter filter) {
        long from = Math.max(fromDay, filter.fromDay()), to = Math.min(toDay, filter.toDay());
        if (from >= to) return 0;
        if (answeredBySummary(from, to, filter))
            return read(c -> LaneBlocks.countStarting(c, from >> LaneBlocks.BLOCK_SHIFT, to >> LaneBlocks.BLOCK_SHIFT));
        List<Object> args = new ArrayList<>(List.of(from, to));
        String join = filter.restrictsRows() ? " JOIN event e ON e.id = l.event_id" : "";
        String where = filter.restrictsRows() ? conditions(filter, "e", args) : "";
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM event_lane l" + join
                    + " WHERE l.start_day >= ? AND l.start_day < ?" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    // ---- from the lane summary ----------------------------------------------------------------------

    /**
     * Days in a block of the lane summary ({@code lane_block}, V93): an unfiltered overview whose
     * window and buckets are whole blocks, aligned on multiples of this from 1970-01-01, is read
     * from the summary (a few rows per lane and block) instead of every event's lane row.
     */
    public static final long SUMMARY_BLOCK_DAYS = LaneBlocks.BLOCK_DAYS;

    /** Whether the summary holds what {@code filter} keeps: every event, with no date bounds. */
    public static boolean summarises(EventFilter filter) {
        return !filter.restrictsRows() && filter.fromDay() == Long.MIN_VALUE && filter.toDay() == Long.MAX_VALUE;
    }

    private static boolean answeredBySummary(long from, long to, EventFilter filter) {
        return summarises(filter) && Math.floorMod(from, SUMMARY_BLOCK_DAYS) == 0 && Math.floorMod(to, SUMMARY_BLOCK_DAYS) == 0;
    }

    /**
     * Events per lane of {@code grouping} in the whole library, unfiltered, read from the summary
     * (not one event row): what {@link #density} over the library's extent in one bucket counts.
     */
    public java.util.Map<String, Long> laneCounts(LaneGrouping grouping) {
        return read(c -> LaneBlocks.laneCounts(c, grouping));
    }

    /** The actor pair lane key of each given event (for events loaded by id, e.g. search hits). */
    public java.util.Map<Long, String> pairKeys(Collection<Long> ids) {
        if (ids.isEmpty()) return java.util.Map.of();
        return read(c -> {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.event_id, " + pairKeySql("l")
                    + " FROM event_lane l WHERE l.event_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, jsonNumbers(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Links whose both ends are among {@code eventIds} (the arrows between drawn items). */
    public List<EventLink> linksAmong(Collection<Long> eventIds) {
        if (eventIds.size() < 2) return List.of();
        String ids = jsonNumbers(eventIds);
        return read(c -> {
            List<EventLink> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, from_event, to_event, kind FROM event_link"
                    + " WHERE from_event IN (SELECT value FROM json_each(?1)) AND to_event IN (SELECT value FROM json_each(?1)) ORDER BY id")) {
                ps.setString(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new EventLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), LinkKind.of(rs.getString(4))));
                }
            }
            return out;
        });
    }

    // ---- SQL building --------------------------------------------------------------------------


    /** " AND …" conditions of {@code filter} over the event table aliased {@code e}, appending their arguments. */
    private static String conditions(EventFilter f, String e, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (f.minImportance() > 1 || f.maxImportance() < 5) {
            sql.append(" AND ").append(e).append(".importance BETWEEN ? AND ?");
            args.add(f.minImportance());
            args.add(f.maxImportance());
        }
        if (!f.categories().isEmpty()) {
            sql.append(" AND ").append(e).append(".category IN (SELECT value FROM json_each(?))");
            args.add(jsonStrings(f.categories()));
        }
        if (!f.actorIds().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actor fa WHERE fa.event_id = ").append(e)
                    .append(".id AND fa.actor_id IN (SELECT value FROM json_each(?)))");
            args.add(jsonNumbers(f.actorIds()));
        }
        if (!f.tags().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_tag ft JOIN tag t ON t.id = ft.tag_id WHERE ft.event_id = ").append(e)
                    .append(".id AND t.name IN (SELECT value FROM json_each(?)))");
            args.add(jsonStrings(f.tags()));
        }
        if (!f.pairKeys().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_lane fl WHERE fl.event_id = ").append(e).append(".id AND ")
                    .append(pairKeySql("fl")).append(" IN (SELECT value FROM json_each(?)))");
            args.add(jsonStrings(f.pairKeys()));
        }
        if (f.annotatedOnly()) {
            sql.append(" AND ").append(e).append(".id IN (SELECT record_id FROM annotated_record WHERE record_kind = 'EVENT')");
        }
        if (f.votedApartApplies()) {
            // Roll calls both voted on, with different votes; a country absent from a roll call did not vote.
            java.util.Iterator<Long> two = f.actorIds().iterator();
            sql.append(" AND ").append(e).append(".category = '").append(org.entente.model.Category.UN_VOTE.key()).append("'")
                    .append(" AND EXISTS (SELECT 1 FROM event_actor va JOIN event_actor vb ON vb.event_id = va.event_id WHERE va.event_id = ")
                    .append(e).append(".id AND va.actor_id = ? AND vb.actor_id = ? AND lower(va.role) IN ('yes', 'no', 'abstain')")
                    .append(" AND lower(vb.role) IN ('yes', 'no', 'abstain') AND lower(va.role) <> lower(vb.role))");
            args.add(two.next());
            args.add(two.next());
        }
        return sql.toString();
    }

    private static List<EventHeader> query(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return EventStore.headers(ps);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    static String jsonNumbers(Collection<Long> ids) {
        StringBuilder b = new StringBuilder("[");
        for (Long id : ids) {
            if (b.length() > 1) b.append(',');
            b.append(id.longValue());
        }
        return b.append(']').toString();
    }

    static String jsonStrings(Collection<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) b.append(',');
            b.append('"');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    default -> {
                        if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                        else b.append(ch);
                    }
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
