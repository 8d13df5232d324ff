package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DatePrecision;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.TextFolding;

/** Events: whole records for the detail pane and editing, headers in bulk for views. */
public final class EventStore {
    /**
     * The header of an event as one packed text (V70's generated column {@code window_header},
     * kept in the covering index {@code event_window}): one column read per row instead of nine.
     * Read it with {@link #header(ResultSet)}; then the query's own columns start at 2.
     */
    static final String HEADER_COLUMNS = "e.window_header";
    /** Separators inside and between packed headers (U+001F, U+001E); titles hold no control characters. */
    static final char FIELD = '\u001f', RECORD = '\u001e';

    private final Library library;

    EventStore(Library library) { this.library = library; }

    // ---- writes --------------------------------------------------------------------------------

    /** Inserts a new event (id 0) or replaces a stored one, with its participants, tags and citations. */
    public Event save(Event event) { return library.write(c -> save(c, event, "user")); }

    static Event save(Connection c, Event event, String origin) throws SQLException {
        long id = event.id();
        DateRange when = event.when();
        ensureCategory(c, event.category()); // before the row that refers to it (foreign key)
        if (id == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (title, when_text, start_day, end_day, ongoing, category,"
                    + " place, summary, importance, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                bindEvent(ps, event);
                ps.setString(10, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE event SET title = ?, when_text = ?, start_day = ?, end_day = ?,"
                    + " ongoing = ?, category = ?, place = ?, summary = ?, importance = ?,"
                    + " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")) {
                bindEvent(ps, event);
                ps.setLong(10, id);
                if (ps.executeUpdate() != 1) throw new SQLException("no event with id " + id);
            }
            unindex(c, id);
        }
        List<Participant> participants = replaceParticipants(c, id, event.participants(), origin);
        try (PreparedStatement ps = c.prepareStatement("UPDATE event SET actor_ids = ? WHERE id = ?")) {
            ps.setString(1, actorIds(participants));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        replaceTags(c, id, event.tags());
        List<Citation> citations = SourceStore.replaceCitations(c, RecordKind.EVENT, id, event.sources(), origin);
        Event stored = new Event(id, event.title(), when, event.category(), participants, event.place(), event.summary(),
                event.importance(), event.tags(), citations);
        index(c, stored, notesText(c, id));
        return stored;
    }

    /**
     * The {@code actor_ids} column: distinct participant ids in position order, comma-separated
     * (a repeated participant is stored once, by {@code INSERT OR IGNORE}).
     */
    static String actorIds(List<Participant> participants) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Participant p : participants) {
            if (!seen.add(p.actor().id())) continue;
            if (sb.length() > 0) sb.append(',');
            sb.append(p.actor().id());
        }
        return sb.toString();
    }

    private static void bindEvent(PreparedStatement ps, Event e) throws SQLException {
        DateRange when = e.when();
        ps.setString(1, e.title());
        ps.setString(2, when.toString());
        ps.setLong(3, when.firstDay());
        ps.setLong(4, when.ongoing() ? EventHeader.ONGOING_END : when.endDay());
        ps.setInt(5, when.ongoing() ? 1 : 0);
        ps.setString(6, e.category().key());
        ps.setString(7, e.place());
        ps.setString(8, e.summary());
        ps.setInt(9, e.importance());
    }

    /** Deletes an event with its participants, tags, citations, links and notes. */
    public void delete(long id) {
        library.write(c -> {
            delete(c, id);
            return null;
        });
    }

    static void delete(Connection c, long id) throws SQLException {
        unindex(c, id);
        SourceStore.deleteCitations(c, RecordKind.EVENT, id);
        Sql.update(c, "DELETE FROM note WHERE record_kind = 'EVENT' AND record_id = ?", id);
        Sql.update(c, "DELETE FROM event WHERE id = ?", id);
    }

    private static void ensureCategory(Connection c, Category category) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO category (key, label) VALUES (?, ?)")) {
            ps.setString(1, category.key());
            ps.setString(2, category.label());
            ps.executeUpdate();
        }
    }

    private static List<Participant> replaceParticipants(Connection c, long eventId, List<Participant> participants, String origin)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM event_actor WHERE event_id = ?")) {
            del.setLong(1, eventId);
            del.executeUpdate();
        }
        List<Participant> stored = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO event_actor (event_id, actor_id, role, position) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Participant p : participants) {
                Actor actor = ActorStore.resolve(c, p.actor(), origin);
                ps.setLong(1, eventId);
                ps.setLong(2, actor.id());
                ps.setString(3, p.role());
                ps.setInt(4, position++);
                ps.addBatch();
                stored.add(new Participant(actor, p.role()));
            }
            ps.executeBatch();
        }
        return stored;
    }

    private static void replaceTags(Connection c, long eventId, List<String> tags) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM event_tag WHERE event_id = ?")) {
            del.setLong(1, eventId);
            del.executeUpdate();
        }
        if (tags.isEmpty()) return;
        try (PreparedStatement tag = c.prepareStatement("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id");
             PreparedStatement link = c.prepareStatement("INSERT OR IGNORE INTO event_tag (event_id, tag_id) VALUES (?, ?)")) {
            for (String t : tags) {
                if (t.isBlank()) continue;
                tag.setString(1, t.strip());
                long tagId;
                try (ResultSet rs = tag.executeQuery()) {
                    rs.next();
                    tagId = rs.getLong(1);
                }
                link.setLong(1, eventId);
                link.setLong(2, tagId);
                link.executeUpdate();
            }
        }
    }

    // ---- full-text index -----------------------------------------------------------------------

    static void index(Connection c, Event e, String notes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts (rowid, title, summary, participants, notes) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.id());
            ps.setString(2, TextFolding.fold(e.title()));
            ps.setString(3, TextFolding.fold(e.summary()));
            ps.setString(4, TextFolding.fold(e.participantNames()));
            ps.setString(5, TextFolding.fold(notes));
            ps.executeUpdate();
        }
    }

    static void unindex(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Re-indexes one event after its notes changed. */
    static void reindex(Connection c, long id) throws SQLException {
        Optional<Event> e = byId(c, id);
        unindex(c, id);
        if (e.isPresent()) index(c, e.get(), notesText(c, id));
    }

    private static String notesText(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + notesTextSql("?1"))) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * The SQL expression of what the search index keeps in its notes column for the event whose id
     * is the SQL expression {@code id}: its notes' text and tags, and the user's annotation tags
     * (searchable like the notes). One definition for single saves and for re-indexing many.
     */
    static String notesTextSql(String id) {
        return "nullif(trim(coalesce((SELECT group_concat(n.text || ' ' || n.tags, ' ') FROM note n WHERE n.record_kind = 'EVENT'"
                + " AND n.record_id = " + id + "), '') || ' ' || coalesce((SELECT an.tags FROM annotation an WHERE an.record_kind = 'EVENT'"
                + " AND an.record_id = " + id + "), '')), '')";
    }

    /**
     * Above this many matches a search is not ranked by relevance but returns the most recently
     * added matches first. Ranking (bm25) costs a few microseconds per match, all matches
     * included, so a word found in most of a million events took seconds; and a word that common
     * carries almost no relevance signal anyway (docs/bench/foundation.md).
     */
    static final int RANKED_MATCH_LIMIT = 20_000;

    /**
     * Events matching a search, best first. The query is folded like the index ("To Lam" finds
     * "Tô Lâm"); every word must match, the last one as a prefix, so results narrow while typing.
     * When more than {@value #RANKED_MATCH_LIMIT} events match, the most recently added matches
     * come first instead, unranked ({@link SearchHit#UNRANKED}).
     */
    public List<SearchHit> search(String query, int limit) { return search(query, limit, RANKED_MATCH_LIMIT); }

    List<SearchHit> search(String query, int limit, int rankedMatchLimit) {
        if (ftsQuery(query).isEmpty()) return List.of();
        return library.read(c -> {
            String match = matchExpression(c, query);
            boolean broad;
            // Counting stops at the limit: cheap even for a word in every event.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM (SELECT rowid FROM event_fts WHERE event_fts MATCH ? LIMIT ?)")) {
                ps.setString(1, match);
                ps.setInt(2, rankedMatchLimit + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    broad = rs.next() && rs.getLong(1) > rankedMatchLimit;
                }
            }
            // A broad search asks for no rank at all: bm25 weighs each word by the number of events
            // holding it, which FTS5 counts by reading the word's whole document list (2.7 million
            // entries for "nam" at ten million events), however few hits are wanted.
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HEADER_COLUMNS + (broad ? "" : ", f.rank") + " FROM event_fts f"
                    + " JOIN event e ON e.id = f.rowid WHERE event_fts MATCH ? ORDER BY " + (broad ? "f.rowid DESC" : "f.rank")
                    + " LIMIT ?")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                List<SearchHit> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new SearchHit(header(rs), broad ? SearchHit.UNRANKED : rs.getDouble(2)));
                }
                return out;
            }
        });
    }

    /** Builds an FTS5 query from what a person typed: words quoted, the last one a prefix. */
    static String ftsQuery(String typed) {
        List<String> words = words(typed);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) q.append(' ');
            q.append(quoted(words.get(i)));
            if (i == words.size() - 1) q.append('*');
        }
        return q.toString();
    }

    /** At most this many completions of the last word are spelled out; beyond, the prefix query is used as is. */
    static final int PREFIX_EXPANSION_LIMIT = 32;

    /**
     * The FTS5 query for what a person typed, like {@link #ftsQuery} but with the last word's
     * prefix replaced by its completions found in the index's vocabulary: {@code "viet" "nam"*}
     * becomes {@code "viet" AND "nam"} when "nam" is the only indexed word starting so. Same matches;
     * but FTS5 answers a prefix query by first merging the whole document list of every
     * completion (measured: 75 ms for a word in most of a million events, even when only the
     * first hits are wanted), while plain terms are read lazily.
     */
    static String matchExpression(Connection c, String typed) throws SQLException {
        List<String> words = words(typed);
        String last = words.get(words.size() - 1);
        List<String> completions = completions(c, last, PREFIX_EXPANSION_LIMIT + 1);
        StringBuilder q = new StringBuilder();
        // Explicit ANDs: FTS5 accepts implicit AND between phrases only, not next to a parenthesis.
        for (int i = 0; i < words.size() - 1; i++) q.append(quoted(words.get(i))).append(" AND ");
        if (completions.isEmpty() || completions.size() > PREFIX_EXPANSION_LIMIT) {
            q.append(quoted(last)).append('*');
        } else if (completions.size() == 1) {
            q.append(quoted(completions.get(0)));
        } else {
            q.append('(');
            for (int i = 0; i < completions.size(); i++) q.append(i > 0 ? " OR " : "").append(quoted(completions.get(i)));
            q.append(')');
        }
        return q.toString();
    }

    /**
     * The first {@code limit} indexed words that start with {@code prefix}, in order. Read from the
     * vocabulary's {@code instance} table one word at a time, each the first occurrence after the
     * previous word: a seek in each index segment. Not from its {@code row} table: a row's
     * document count reads the word's whole document list, which at ten million events was
     * 2.7 million entries for "nam" (BENCHMARKS.md, "Ten million events").
     */
    static List<String> completions(Connection c, String prefix, int limit) throws SQLException {
        List<String> words = new ArrayList<>();
        String end = prefix + "\uDBFF\uDFFF"; // U+10FFFF: sorts after every completion of prefix
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM temp.event_fts_terms WHERE term >= ? AND term < ? LIMIT 1")) {
            String from = prefix;
            while (words.size() < limit) {
                ps.setString(1, from);
                ps.setString(2, end);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) break;
                    String word = rs.getString(1);
                    words.add(word);
                    // The smallest string after word: its occurrences are skipped by the seek, not read.
                    from = word + "\u0000";
                }
            }
        }
        return words;
    }

    private static String quoted(String term) { return '"' + term.replace("\"", "\"\"") + '"'; }

    /** The folded words of what a person typed. */
    static List<String> words(String typed) {
        String folded = TextFolding.fold(typed == null ? "" : typed);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) word.append(ch);
            else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        return words;
    }

    // ---- reads ---------------------------------------------------------------------------------

    /**
     * Hands every event, whole, to {@code sink} in id order, holding one at a time (for exports
     * of any size). Runs under the library's lock: the sink must not use the library.
     *
     * @return the number of events
     */
    public long forEach(java.util.function.Consumer<Event> sink) {
        return library.read(c -> EventStream.forEach(c, sink));
    }

    /**
     * As {@link #forEach}, with each event's title, place and summary in UTF-8, as stored: for
     * exports that write them out. Each event is handed over as what it is made of, read from the
     * library; {@code get()} makes it (date parsed, texts tidied), on whichever thread calls it.
     */
    public long forEachUtf8(java.util.function.Consumer<java.util.function.Supplier<org.entente.model.Utf8Event>> sink) {
        return library.read(c -> EventStream.forEachUtf8(c, sink));
    }

    public Optional<Event> byId(long id) { return library.read(c -> byId(c, id)); }

    static Optional<Event> byId(Connection c, long id) throws SQLException {
        Event base;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, when_text, category, place, summary, importance, (SELECT label FROM category k WHERE k.key = event.category)"
                        + " FROM event WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                base = new Event(rs.getLong(1), rs.getString(2), DateRange.parse(rs.getString(3)),
                        new Category(rs.getString(4), rs.getString(8)), List.of(), rs.getString(5), rs.getString(6), rs.getInt(7),
                        List.of(), List.of());
            }
        }
        List<Participant> participants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.name, a.kind, a.iso3, a.colour, ea.role"
                + " FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = ? ORDER BY ea.position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) participants.add(new Participant(ActorStore.read(rs, 1), rs.getString(6)));
            }
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id WHERE et.event_id = ? ORDER BY t.name COLLATE NOCASE")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.add(rs.getString(1));
            }
        }
        List<Citation> sources = SourceStore.citationsOf(c, RecordKind.EVENT, id);
        return Optional.of(new Event(base.id(), base.title(), base.when(), base.category(), participants, base.place(),
                base.summary(), base.importance(), tags, sources));
    }

    /** Headers of events overlapping the window [fromDay, toDay) of epoch days, in start order. */
    public List<EventHeader> inWindow(long fromDay, long toDay) {
        return library.read(c -> window(c, fromDay, toDay, "", List.of(), Integer.MAX_VALUE));
    }

    /**
     * Events overlapping [fromDay, toDay) that meet {@code conditions} (" AND …" over {@code e},
     * with {@code args}), in start order, at most {@code limit} + 1 of them (so a caller can tell
     * that the limit cut the list short).
     * <p>Two reads, each one string: the few events that began before the window and reach into
     * it, from the R*Tree (the stabbing query at {@code fromDay}; since V80 it holds only events
     * longer than a day, as one-day events never reach past their day), then those starting inside it,
     * an index range scan of {@code event_window} in start order. SQLite joins each read's packed
     * headers into one text with {@code group_concat}, so ~8,000 events cross JDBC in one call.
     */
    static List<EventHeader> window(Connection c, long fromDay, long toDay, String conditions, List<Object> args, int limit)
            throws SQLException {
        if (fromDay >= toDay) return List.of();
        List<EventHeader> out = new ArrayList<>();
        String earlier = "SELECT group_concat(window_header, char(30)) FROM (SELECT " + HEADER_COLUMNS
                + " FROM event_span s JOIN event e ON e.id = s.id WHERE s.first_day < ?1 AND s.last_day >= ?1"
                + renumber(conditions, 3) + " LIMIT ?2)";
        try (PreparedStatement ps = c.prepareStatement(earlier)) {
            ps.setLong(1, clampDay(fromDay));
            ps.setLong(2, limit == Integer.MAX_VALUE ? -1 : limit + 1L);
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 3, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) parseHeaders(rs.getString(1), out);
            }
        }
        out.sort(START_ORDER);
        if (out.size() > limit) return out;
        String inside = "SELECT group_concat(window_header, char(30)) FROM (SELECT " + HEADER_COLUMNS
                + " FROM event e WHERE e.start_day >= ?1 AND e.start_day < ?2" + renumber(conditions, 4)
                + " ORDER BY e.start_day, e.id LIMIT ?3)";
        try (PreparedStatement ps = c.prepareStatement(inside)) {
            ps.setLong(1, fromDay);
            ps.setLong(2, toDay);
            ps.setLong(3, limit == Integer.MAX_VALUE ? -1 : limit + 1L - out.size());
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 4, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                int first = out.size();
                if (rs.next()) parseHeaders(rs.getString(1), out);
                // group_concat keeps the subquery's order in practice, but SQLite does not promise it.
                if (!sortedFrom(out, first)) out.subList(first, out.size()).sort(START_ORDER);
            }
        }
        return out;
    }

    /** Numbers the plain {@code ?} of {@code conditions} from {@code first} on ({@code ?N} parameters may not mix with plain ones). */
    private static String renumber(String conditions, int first) {
        StringBuilder sb = new StringBuilder(conditions.length() + 8);
        int n = first;
        for (int i = 0; i < conditions.length(); i++) {
            char ch = conditions.charAt(i);
            sb.append(ch);
            if (ch == '?') sb.append(n++);
        }
        return sb.toString();
    }

    private static boolean sortedFrom(List<EventHeader> list, int first) {
        for (int i = first + 1; i < list.size(); i++) {
            if (START_ORDER.compare(list.get(i - 1), list.get(i)) > 0) return false;
        }
        return true;
    }

    static final java.util.Comparator<EventHeader> START_ORDER =
            java.util.Comparator.comparingLong(EventHeader::startDay).thenComparingLong(EventHeader::id);

    /**
     * The R*Tree of spans holds only events longer than this many days (V80__long_spans.sql,
     * whose triggers use the same number): a one-day event that began before a window cannot
     * reach into it, so the stabbing query never needs it.
     */
    static final int SPANS_LONGER_THAN = 1;

    /** The R*Tree holds 32-bit days; windows reaching past them are clamped (ongoing ends sit at the top). */
    static long clampDay(long day) { return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day)); }

    /**
     * Rows for the events table, in date order: all events, or those matching {@code text} (the
     * same folded full-text search as {@link #search}) and {@code categoryKey} when given; at most
     * {@code limit} rows so a million-event library stays responsive.
     */
    public List<ListedEvent> listing(String text, String categoryKey, int limit) { return listing(text, categoryKey, false, limit); }

    /** As {@link #listing(String, String, int)}, keeping only annotated events when {@code annotatedOnly} ("my annotations"). */
    public List<ListedEvent> listing(String text, String categoryKey, boolean annotatedOnly, int limit) {
        String match = text == null ? "" : ftsQuery(text);
        StringBuilder sql = new StringBuilder("SELECT " + HEADER_COLUMNS + ", (SELECT group_concat(a.name, ', ' ORDER BY ea.position)"
                + " FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id),"
                + " (SELECT label FROM category k WHERE k.key = e.category) FROM event e");
        List<Object> args = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (!match.isEmpty()) {
            where.add("e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)");
            args.add(match);
        }
        if (categoryKey != null) {
            where.add("e.category = ?");
            args.add(categoryKey);
        }
        if (annotatedOnly) where.add("e.id IN (SELECT record_id FROM annotated_record WHERE record_kind = 'EVENT')");
        if (!where.isEmpty()) sql.append(" WHERE ").append(String.join(" AND ", where));
        sql.append(" ORDER BY e.start_day, e.id LIMIT ?");
        args.add(limit);
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                List<ListedEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String packed = rs.getString(1);
                        String names = rs.getString(2);
                        out.add(new ListedEvent(parseHeader(packed, 0, packed.length()), DateRange.parse(whenText(packed)),
                                names == null ? "" : names, rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Every event's header, in start order (for the events table). */
    public List<EventHeader> allHeaders() { return headersInStartOrder(" FROM event e"); }

    /**
     * Hands every event's header to {@code sink} in start order, holding one at a time: for readers
     * that keep less than the headers (ten million headers do not fit in 512 MB). Runs under the
     * library's lock: the sink must not use the library.
     */
    public void forEachHeader(java.util.function.Consumer<EventHeader> sink) {
        library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HEADER_COLUMNS + " FROM event e ORDER BY e.start_day, e.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(header(rs));
            }
            return null;
        });
    }

    /** What the network's shared-event ties take of an event (issue #15). */
    @FunctionalInterface
    public interface ParticipationSink {
        /**
         * An event from {@code startDay} to {@code endDay} (exclusive; {@link EventHeader#ONGOING_END}
         * when ongoing) and its participants' actor ids, {@code actorIds[0, count)} in position order.
         * The array is reused for the next event: copy what you keep.
         */
        void event(long id, long startDay, long endDay, long[] actorIds, int count);
    }

    /**
     * Hands every event but the UN votes to {@code sink} as its days and participants, in start order
     * (start day, then id): the order and the events {@link #forEachHeader} gives, without titles or
     * header objects, in blocks of thousands of events per JDBC call (at ten million events the
     * headers one by one took 27 s). Stops as soon as {@code cancelled} turns true, inside SQLite or
     * between blocks, with a {@link java.util.concurrent.CancellationException}. Runs under the
     * library's lock: the sink must not use the library.
     */
    public void forEachParticipation(ParticipationSink sink, java.util.function.BooleanSupplier cancelled) {
        library.read(c -> {
            new ParticipationReader(sink, cancelled).run(c);
            return null;
        }, cancelled);
    }

    /**
     * Headers, in id order, of the events that start on {@code startDay} and end on {@code endDay}
     * (exclusive; {@link EventHeader#ONGOING_END} for ongoing ones) with ids up to {@code maxId}:
     * what an import checks a row against (issue #15). Read from the event_window index alone, one
     * seek however big the library: the end day is compared inside the packed header (it follows
     * the id and the start day, see {@link #parseHeader}), so SQLite neither reads the table's rows
     * nor hands over the day's other events. Measured at 1,000,000 events, reading the end_day
     * column instead cost three page reads per event of the day.
     */
    public List<EventHeader> withDays(long startDay, long endDay, long maxId) {
        String days = Long.toString(startDay) + FIELD + endDay + FIELD;
        return library.read(c -> Sql.list(c, "SELECT " + HEADER_COLUMNS + " FROM event e WHERE e.start_day = ? AND e.id <= ?"
                + " AND substr(e.window_header, length(e.id) + 2, ?) = ? ORDER BY e.start_day, e.id", EventStore::header,
                startDay, maxId, days.length(), days));
    }

    /** The highest event id, 0 when there is none: an event added later gets a higher one. */
    public long maxId() {
        return library.read(c -> Sql.list(c, "SELECT ifnull(max(id), 0) FROM event", rs -> rs.getLong(1)).get(0));
    }

    /** Whether the library holds more than {@code n} events; reads at most {@code n + 1} index entries, not all. */
    public boolean moreThan(long n) {
        return library.read(c -> Sql.list(c, "SELECT count(*) FROM (SELECT 1 FROM event LIMIT ?)", rs -> rs.getLong(1), n + 1).get(0)) > n;
    }

    /** Headers of the events the user annotated, in start order (the network's "My annotations"). */
    public List<EventHeader> annotatedHeaders() {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + HEADER_COLUMNS + " FROM annotated_record r JOIN event e ON e.id = r.record_id"
                    + " WHERE r.record_kind = 'EVENT' ORDER BY e.start_day, e.id")) {
                return headers(ps);
            }
        });
    }

    /** Headers of events an actor took part in, in start order. */
    public List<EventHeader> byActor(long actorId) {
        return headersInStartOrder(" FROM event_actor x JOIN event e ON e.id = x.event_id WHERE x.actor_id = ?", actorId);
    }

    public List<EventHeader> byCategory(String categoryKey) {
        return headersInStartOrder(" FROM event e WHERE e.category = ?", categoryKey);
    }

    /**
     * At most {@code limit} events of a category, the most important first (then the latest), returned
     * in start order: for what draws one mark per event (the trade chart's visit markers), where a
     * library of millions must not hand over every one.
     */
    public List<EventHeader> mostImportantInCategory(String categoryKey, int limit) {
        List<EventHeader> top = library.read(c -> Sql.list(c, "SELECT " + HEADER_COLUMNS + " FROM event e WHERE e.category = ?"
                + " ORDER BY e.importance DESC, e.start_day DESC, e.id DESC LIMIT ?", EventStore::header, categoryKey, limit));
        List<EventHeader> inStartOrder = new ArrayList<>(top);
        inStartOrder.sort(Comparator.comparingLong(EventHeader::startDay).thenComparingLong(EventHeader::id));
        return inStartOrder;
    }

    public List<EventHeader> byTag(String tag) {
        return headersInStartOrder(" FROM tag t JOIN event_tag et ON et.tag_id = t.id JOIN event e ON e.id = et.event_id WHERE t.name = ?", tag);
    }

    /** The headers of the events {@code fromWhere} selects (event aliased e; its ? bound to {@code args}), in start order. */
    private List<EventHeader> headersInStartOrder(String fromWhere, Object... args) {
        return library.read(c -> Sql.list(c, "SELECT " + HEADER_COLUMNS + fromWhere + " ORDER BY e.start_day, e.id", EventStore::header, args));
    }

    /** The categories in use or known, with their labels. */
    public List<Category> categories() {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, label FROM category ORDER BY label");
                 ResultSet rs = ps.executeQuery()) {
                List<Category> out = new ArrayList<>();
                while (rs.next()) out.add(new Category(rs.getString(1), rs.getString(2)));
                return out;
            }
        });
    }

    /** All tag names, sorted. */
    public List<String> tags() {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM tag ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        });
    }

    /** The first and last start day, from the two ends of an index. */
    static final String EXTENT_STARTS = "SELECT (SELECT min(start_day) FROM event), (SELECT max(start_day) FROM event)";
    /** The latest end of a closed event that runs past the given day (events longer than a day are in the R*Tree). */
    static final String EXTENT_LONG_END = "SELECT max(s.last_day) + 1 FROM event_span s JOIN event e ON e.id = s.id"
            + " WHERE s.last_day > ? AND e.ongoing = 0";

    /**
     * The first and last day covered by any event, or empty for an empty library: the first
     * start day, and the latest of the (exclusive) end days, counting an ongoing event as ending
     * the day after it began.
     * <p>Read without visiting every event (one aggregate over the whole table took seconds at
     * ten million events, on every opening of the timeline): the first and last start come from
     * the ends of the {@code event_window} index; every event ends by the day after the last start
     * unless it is longer than a day, and those are in the R*Tree, which finds the few that run
     * past the last start (ongoing ones among them, left out here) by their last day.
     */
    public Optional<long[]> extent() {
        return library.read(c -> {
            long first, lastStart;
            try (PreparedStatement ps = c.prepareStatement(EXTENT_STARTS);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getObject(1) == null) return Optional.empty();
                first = rs.getLong(1);
                lastStart = rs.getLong(2);
            }
            long end = lastStart + 1;
            try (PreparedStatement ps = c.prepareStatement(EXTENT_LONG_END)) {
                ps.setLong(1, clampDay(lastStart));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) end = Math.max(end, rs.getLong(1));
                }
            }
            return Optional.of(new long[] {first, end});
        });
    }

    static List<EventHeader> headers(PreparedStatement ps) throws SQLException {
        List<EventHeader> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(header(rs));
        }
        return out;
    }

    /** The header packed in column 1 of {@code rs} (see {@link #HEADER_COLUMNS}). */
    static EventHeader header(ResultSet rs) throws SQLException {
        String packed = rs.getString(1);
        return parseHeader(packed, 0, packed.length());
    }

    /** Appends the headers of a {@code group_concat(window_header, char(30))} (null when no rows). */
    static void parseHeaders(String packed, List<EventHeader> out) {
        if (packed == null || packed.isEmpty()) return;
        int start = 0;
        while (start <= packed.length()) {
            int end = packed.indexOf(RECORD, start);
            if (end < 0) end = packed.length();
            out.add(parseHeader(packed, start, end));
            start = end + 1;
        }
    }

    /**
     * One packed header, {@code packed[from, to)}: id, start day, end day, ongoing, importance,
     * category, actor ids, when text, title — separated by {@link #FIELD} (V70__window_headers.sql).
     */
    static EventHeader parseHeader(String packed, int from, int to) {
        int[] cut = new int[8];
        int k = 0;
        for (int i = from; i < to && k < 8; i++) if (packed.charAt(i) == FIELD) cut[k++] = i;
        if (k < 8) throw new IllegalStateException("damaged event header: " + packed.substring(from, to));
        long id = number(packed, from, cut[0]);
        long startDay = number(packed, cut[0] + 1, cut[1]);
        long endDay = number(packed, cut[1] + 1, cut[2]);
        boolean ongoing = packed.charAt(cut[2] + 1) == '1';
        int importance = (int) number(packed, cut[3] + 1, cut[4]);
        String category = packed.substring(cut[4] + 1, cut[5]);
        long[] actorIds = ids(packed, cut[5] + 1, cut[6]);
        boolean approximate = packed.charAt(cut[6] + 1) == '~';
        DatePrecision precision = startPrecision(packed, cut[6] + 1, cut[7]);
        String title = packed.substring(cut[7] + 1, to);
        return new EventHeader(id, title, startDay, endDay, precision, approximate, ongoing, category, importance, actorIds);
    }

    /** The stored date text (e.g. "~2012-07/..") inside one packed header. */
    static String whenText(String packed) {
        int field = 0, start = -1;
        for (int i = 0; i < packed.length(); i++) {
            if (packed.charAt(i) != FIELD) continue;
            if (++field == 7) start = i + 1;
            else if (field == 8) return packed.substring(start, i);
        }
        throw new IllegalStateException("damaged event header: " + packed);
    }

    private static long number(String s, int from, int to) {
        boolean negative = s.charAt(from) == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) value = value * 10 + (s.charAt(i) - '0');
        return negative ? -value : value;
    }

    /** Precision of a stored range's start, read from its text without a full parse (hot path). */
    static DatePrecision startPrecision(String whenText) { return startPrecision(whenText, 0, whenText.length()); }

    private static DatePrecision startPrecision(String s, int from, int to) {
        int i = from, dashes = 0;
        if (i < to && s.charAt(i) == '~') i++;
        if (i < to && s.charAt(i) == '-') i++;
        for (; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '/') break;
            if (ch == '-') dashes++;
        }
        return dashes == 0 ? DatePrecision.YEAR : dashes == 1 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    private static long[] ids(String s, int from, int to) {
        if (from >= to) return new long[0];
        int count = 1;
        for (int i = from; i < to; i++) if (s.charAt(i) == ',') count++;
        long[] out = new long[count];
        int k = 0;
        long value = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == ',') {
                out[k++] = value;
                value = 0;
            } else value = value * 10 + (ch - '0');
        }
        out[k] = value;
        return out;
    }
}
