package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Participant;

/**
 * Datasets a library holds as a whole, such as the UN General Assembly votes shipped with the app:
 * added in one transaction by the bulk path, and removable again as a whole, leaving the library
 * as it was before.
 *
 * <p>What a dataset added is known from its origin ({@code dataset:KEY} on the events, and on the
 * actors and sources it had to create) and from what it noted in {@code library_info} under
 * {@code dataset.KEY}: the tags it created and whether it created its category. Removing it
 * deletes its events and, of the actors, sources and tags it created, those nothing else uses
 * now (an actor the user has since given an event of their own stays).
 */
public final class DatasetStore {
    private static final String INFO_PREFIX = "dataset.";

    private final Library library;

    DatasetStore(Library library) { this.library = library; }

    /** The origin stored on what dataset {@code key} adds. */
    public static String origin(String key) { return "dataset:" + key; }

    /** Whether this library holds dataset {@code key}. */
    public boolean holds(String key) {
        return library.info(INFO_PREFIX + key).isPresent();
    }

    /** Keys of the datasets this library holds. */
    public List<String> held() {
        return library.read(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key FROM library_info WHERE key LIKE 'dataset.%' ORDER BY key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) keys.add(rs.getString(1).substring(INFO_PREFIX.length()));
            }
            return keys;
        });
    }

    /**
     * Adds dataset {@code key}'s events in one transaction, with progress and cancel as
     * {@link Library#bulkInsert}. Countries are matched to the library's own by ISO 3166 alpha-3
     * code first, then by name; the others are created.
     *
     * @throws IllegalStateException when the library holds the dataset already (nothing is added)
     */
    public BulkLoadResult add(String key, List<Event> events, BulkProgress progress, BooleanSupplier cancelled) {
        String origin = origin(key);
        return library.write(c -> {
            if (infoValue(c, INFO_PREFIX + key).isPresent())
                throw new IllegalStateException("this library holds the dataset " + key + " already");
            boolean categoryExisted = events.isEmpty() || exists(c, "SELECT 1 FROM category WHERE key = ?", events.get(0).category().key());
            Set<String> tagNames = new LinkedHashSet<>();
            for (Event e : events) tagNames.addAll(e.tags());
            List<Long> createdTags = new ArrayList<>();
            for (String name : tagNames) {
                if (exists(c, "SELECT 1 FROM tag WHERE name = ?", name.strip())) continue;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name) VALUES (?) RETURNING id")) {
                    ps.setString(1, name.strip());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        createdTags.add(rs.getLong(1));
                    }
                }
            }
            Map<Actor, Actor> stored = new HashMap<>();
            List<Event> resolved = new ArrayList<>(events.size());
            for (Event e : events) {
                List<Participant> participants = new ArrayList<>(e.participants().size());
                for (Participant p : e.participants()) {
                    Actor actor = stored.get(p.actor());
                    if (actor == null) {
                        actor = resolveCountry(c, p.actor(), origin);
                        stored.put(p.actor(), actor);
                    }
                    participants.add(new Participant(actor, p.role()));
                }
                resolved.add(new Event(0, e.title(), e.when(), e.category(), participants, e.place(), e.summary(), e.importance(),
                        e.tags(), e.sources()));
            }
            BulkLoadResult result = new EventBulkLoader(c, origin, progress, cancelled).load(resolved.iterator(), resolved.size());
            setInfo(c, INFO_PREFIX + key, "events=" + result.events() + ";category=" + (categoryExisted ? "kept" : "created")
                    + ";categoryKey=" + (events.isEmpty() ? "" : events.get(0).category().key())
                    + ";tags=" + String.join(",", createdTags.stream().map(String::valueOf).toList()));
            return result;
        });
    }

    /**
     * Removes everything dataset {@code key} added, in one transaction.
     *
     * @return the number of events removed (0 when the library does not hold it)
     */
    public long remove(String key) {
        String origin = origin(key);
        return library.write(c -> {
            Optional<String> info = infoValue(c, INFO_PREFIX + key);
            if (info.isEmpty()) return 0L;
            String events = "SELECT id FROM event WHERE origin = '" + origin.replace("'", "''") + "'";
            long removed;
            try (Statement st = c.createStatement()) {
                // Counted first: the count of a DELETE includes the rows its cascades and triggers removed.
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + events + ")")) {
                    rs.next();
                    removed = rs.getLong(1);
                }
                st.executeUpdate("DELETE FROM event_fts WHERE rowid IN (" + events + ")");
                st.executeUpdate("DELETE FROM citation WHERE record_kind = 'EVENT' AND record_id IN (" + events + ")");
                st.executeUpdate("DELETE FROM note WHERE record_kind = 'EVENT' AND record_id IN (" + events + ")");
                // The lane rows first: then the per-participant trigger that recomputes a lane finds none to update.
                st.executeUpdate("DELETE FROM event_lane WHERE event_id IN (" + events + ")");
                st.executeUpdate("DELETE FROM event WHERE origin = '" + origin.replace("'", "''") + "'");
                st.executeUpdate("DELETE FROM actor WHERE origin = '" + origin.replace("'", "''") + "'"
                        + " AND id NOT IN (SELECT actor_id FROM event_actor)"
                        + " AND id NOT IN (SELECT actor_a FROM partnership) AND id NOT IN (SELECT actor_b FROM partnership)"
                        + " AND id NOT IN (SELECT reporter_id FROM trade_figure) AND id NOT IN (SELECT partner_id FROM trade_figure)"
                        + " AND id NOT IN (SELECT reporter_id FROM trade_change) AND id NOT IN (SELECT partner_id FROM trade_change)");
                st.executeUpdate("DELETE FROM source WHERE origin = '" + origin.replace("'", "''") + "'"
                        + " AND id NOT IN (SELECT source_id FROM citation)"
                        + " AND id NOT IN (SELECT source_id FROM trade_figure WHERE source_id IS NOT NULL)"
                        + " AND id NOT IN (SELECT source_id FROM trade_change WHERE source_id IS NOT NULL)");
            }
            Map<String, String> fields = fields(info.get());
            String tags = fields.getOrDefault("tags", "");
            if (!tags.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM tag WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_tag WHERE tag_id = tag.id)")) {
                    for (String id : tags.split(",")) {
                        ps.setLong(1, Long.parseLong(id));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if ("created".equals(fields.get("category"))) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM category WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM event WHERE category = ?1)")) {
                    ps.setString(1, fields.getOrDefault("categoryKey", ""));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM library_info WHERE key = ?")) {
                ps.setString(1, INFO_PREFIX + key);
                ps.executeUpdate();
            }
            return removed;
        });
    }

    /** The stored country for a dataset's: the library's by ISO code, else by name, else a new one. */
    private static Actor resolveCountry(Connection c, Actor actor, String origin) throws SQLException {
        if (actor.isoCode() != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ActorStore.COLUMNS + " FROM actor WHERE iso3 = ?")) {
                ps.setString(1, actor.isoCode());
                List<Actor> found = ActorStore.list(ps);
                if (!found.isEmpty()) return found.get(0);
            }
        }
        Optional<Actor> byName = ActorStore.byName(c, actor.name());
        return byName.isPresent() ? byName.get() : ActorStore.save(c, actor, origin);
    }

    private static Map<String, String> fields(String value) {
        Map<String, String> out = new HashMap<>();
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<String> infoValue(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM library_info WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setInfo(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO library_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
