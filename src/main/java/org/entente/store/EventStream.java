package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.Source;
import org.entente.model.Utf8Event;

/**
 * Every event of a library as whole records, in id order, for exports. Four ordered cursors
 * (events, participants, tags, citations) are walked side by side, after categories and actors
 * are read once, so a million events cost six queries rather than millions, and only one event is
 * held at a time.
 */
final class EventStream {
    private EventStream() {}

    static long forEach(Connection c, Consumer<Event> sink) throws SQLException {
        return stream(c, (e, id, when, category, participants, tags, citations) -> new Event(id, e.getString(2), DateRange.parse(when),
                category, participants, e.getString(5), e.getString(6), e.getInt(7), tags, citations), sink);
    }

    /**
     * As {@link #forEach}, with the title, place and summary as the library's UTF-8 bytes
     * ({@code sqlite3_column_blob} of the text: the text as the file holds it, and Entente's files
     * are UTF-8, SQLite's default, since {@link Library} makes them and refuses files made by other
     * programs), which an export writes out as they are. Each event comes as what it is made of,
     * read here; its {@code get()} makes it (parses the date, tidies the texts) on the caller's
     * thread, so an export reading on one thread and writing on another shares that work out.
     */
    static long forEachUtf8(Connection c, Consumer<Supplier<Utf8Event>> sink) throws SQLException {
        return stream(c, (e, id, when, category, participants, tags, citations) -> {
            byte[] title = e.getBytes(2), place = e.getBytes(5), summary = e.getBytes(6);
            int importance = e.getInt(7);
            return (Supplier<Utf8Event>) () -> new Utf8Event(id, title, DateRange.parse(when), category, participants, place, summary,
                    importance, tags, citations);
        }, sink);
    }

    /** Makes one record of the event cursor's current row (id, title, when_text, category, place, summary, importance). */
    private interface RowReader<T> {
        T read(ResultSet event, long id, String when, Category category, List<Participant> participants, List<String> tags,
               List<Citation> citations) throws SQLException;
    }

    private static <T> long stream(Connection c, RowReader<T> rows, Consumer<T> sink) throws SQLException {
        Map<Long, Actor> actors = new HashMap<>();
        Map<Long, Source> sources = new HashMap<>();
        Map<String, String> categoryLabels = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, label FROM category"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) categoryLabels.put(rs.getString(1), rs.getString(2));
        }
        // Actors are few: read once, so the participants' cursor carries ids only (every column
        // read is a JNI call, and there are millions of participant rows in a big library).
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ActorStore.COLUMNS + " FROM actor"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Actor a = ActorStore.read(rs, 1);
                actors.put(a.id(), a);
            }
        }
        long count = 0;
        try (PreparedStatement ev = c.prepareStatement(
                "SELECT id, title, when_text, category, place, summary, importance FROM event ORDER BY id");
             // In the primary key's order (event, actor): ordering each event's few participants by
             // position here in Java is cheaper than SQLite's per-event temporary B-tree (4.1 s →
             // 2.8 s of CPU for the 2.5 million participant rows of a 1M library, sqlite3 shell).
             PreparedStatement pa = c.prepareStatement("SELECT event_id, actor_id, role, position FROM event_actor ORDER BY event_id");
             PreparedStatement tg = c.prepareStatement("SELECT et.event_id, t.name FROM event_tag et JOIN tag t ON t.id = et.tag_id"
                     + " ORDER BY et.event_id, t.name COLLATE NOCASE");
             PreparedStatement ci = c.prepareStatement("SELECT ci.record_id, " + SourceStore.COLUMNS + ", ci.locator FROM citation ci"
                     + " JOIN source s ON s.id = ci.source_id WHERE ci.record_kind = '" + RecordKind.EVENT.name() + "'"
                     + " ORDER BY ci.record_id, ci.position");
             ResultSet e = ev.executeQuery(); ResultSet p = pa.executeQuery(); ResultSet t = tg.executeQuery(); ResultSet s = ci.executeQuery()) {
            // The event id of each side cursor's current row (Long.MAX_VALUE once it is done),
            // read once per row rather than at every comparison.
            long pId = p.next() ? p.getLong(1) : Long.MAX_VALUE, tId = t.next() ? t.getLong(1) : Long.MAX_VALUE;
            long sId = s.next() ? s.getLong(1) : Long.MAX_VALUE;
            int[] positions = new int[8];
            while (e.next()) {
                long id = e.getLong(1);
                List<Participant> participants = new ArrayList<>(2);
                int n = 0;
                boolean inOrder = true;
                while (pId < id) pId = p.next() ? p.getLong(1) : Long.MAX_VALUE;
                while (pId == id) {
                    long actorId = p.getLong(2);
                    Actor a = actors.get(actorId);
                    if (a == null) { // added by another window after the actors were read
                        a = ActorStore.byId(c, actorId).orElseThrow(
                                () -> new SQLException("event " + id + " names actor " + actorId + ", which is not in the library"));
                        actors.put(actorId, a);
                    }
                    participants.add(new Participant(a, p.getString(3)));
                    if (n == positions.length) positions = java.util.Arrays.copyOf(positions, n * 2);
                    positions[n] = p.getInt(4);
                    inOrder &= n == 0 || positions[n - 1] <= positions[n];
                    n++;
                    pId = p.next() ? p.getLong(1) : Long.MAX_VALUE;
                }
                if (!inOrder) sortByPosition(participants, positions, n);
                List<String> tags = new ArrayList<>(0);
                while (tId < id) tId = t.next() ? t.getLong(1) : Long.MAX_VALUE;
                while (tId == id) {
                    tags.add(t.getString(2));
                    tId = t.next() ? t.getLong(1) : Long.MAX_VALUE;
                }
                List<Citation> citations = new ArrayList<>(1);
                while (sId < id) sId = s.next() ? s.getLong(1) : Long.MAX_VALUE;
                while (sId == id) {
                    long sourceId = s.getLong(2);
                    Source src = sources.get(sourceId);
                    if (src == null) {
                        src = SourceStore.read(s, 2);
                        sources.put(sourceId, src);
                    }
                    citations.add(new Citation(src, s.getString(10)));
                    sId = s.next() ? s.getLong(1) : Long.MAX_VALUE;
                }
                String key = e.getString(4);
                sink.accept(rows.read(e, id, e.getString(3), new Category(key, categoryLabels.get(key)), participants,
                        tags, citations));
                count++;
            }
        }
        return count;
    }

    /** Insertion sort of an event's few participants by their stored position. */
    private static void sortByPosition(List<Participant> participants, int[] positions, int n) {
        for (int i = 1; i < n; i++) {
            int pos = positions[i];
            Participant x = participants.get(i);
            int j = i - 1;
            while (j >= 0 && positions[j] > pos) {
                positions[j + 1] = positions[j];
                participants.set(j + 1, participants.get(j));
                j--;
            }
            positions[j + 1] = pos;
            participants.set(j + 1, x);
        }
    }
}
