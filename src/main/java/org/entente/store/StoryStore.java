package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.model.Slide;
import org.entente.model.Story;

/**
 * The library's stories and their slides. Every change is one transaction; a slide's position is
 * its index in the story, kept dense (0, 1, 2, …) by every change that moves or removes a slide.
 */
public final class StoryStore {
    private final Library library;

    StoryStore(Library library) { this.library = library; }

    /** Every story with its slides, by title then id. */
    public List<Story> all() {
        return library.read(c -> {
            Map<Long, String> titles = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, title FROM story ORDER BY title COLLATE NOCASE, id")) {
                while (rs.next()) titles.put(rs.getLong(1), rs.getString(2));
            }
            Map<Long, List<Slide>> slides = slides(c, null);
            List<Story> out = new ArrayList<>();
            titles.forEach((id, title) -> out.add(new Story(id, title, slides.getOrDefault(id, List.of()))));
            return out;
        });
    }

    /** The story with {@code id}, if there is one. */
    public Optional<Story> byId(long id) {
        return library.read(c -> byId(c, id));
    }

    /** A new, empty story. */
    public Story create(String title) { return add(new Story(0, title, List.of())); }

    /** Adds a whole story (a bundle's) with its slides, in order: all or nothing. */
    public Story add(Story story) {
        return library.write(c -> {
            String now = Instant.now().toString();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO story (title, created, updated) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, story.title());
                ps.setString(2, now);
                ps.setString(3, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (int i = 0; i < story.slides().size(); i++) insertSlide(c, id, i, story.slides().get(i));
            return byId(c, id).orElseThrow();
        });
    }

    /** Gives a story another title. */
    public void rename(long storyId, String title) {
        String kept = new Story(storyId, title, List.of()).title();
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE story SET title = ?, updated = ? WHERE id = ?")) {
                ps.setString(1, kept);
                ps.setString(2, Instant.now().toString());
                ps.setLong(3, storyId);
                return requireOne(ps.executeUpdate(), "story", storyId);
            }
        });
    }

    /** Deletes a story and its slides. */
    public void delete(long storyId) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM story WHERE id = ?")) {
                ps.setLong(1, storyId);
                return requireOne(ps.executeUpdate(), "story", storyId);
            }
        });
    }

    /**
     * Inserts {@code slide} into a story at {@code index} (the end when out of range) and returns
     * it with its id.
     */
    public Slide addSlide(long storyId, int index, Slide slide) {
        return library.write(c -> {
            int count = count(c, storyId);
            int at = index < 0 || index > count ? count : index;
            try (PreparedStatement ps = c.prepareStatement("UPDATE slide SET position = position + 1 WHERE story_id = ? AND position >= ?")) {
                ps.setLong(1, storyId);
                ps.setInt(2, at);
                ps.executeUpdate();
            }
            long id = insertSlide(c, storyId, at, slide);
            touch(c, storyId);
            return new Slide(id, slide.title(), slide.notes(), slide.state());
        });
    }

    /** Replaces a slide's title, notes and state (its place stays). */
    public void updateSlide(Slide slide) {
        library.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE slide SET title = ?, notes = ? WHERE id = ?")) {
                ps.setString(1, slide.title());
                ps.setString(2, slide.notes());
                ps.setLong(3, slide.id());
                requireOne(ps.executeUpdate(), "slide", slide.id());
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM slide_state WHERE slide_id = ?")) {
                ps.setLong(1, slide.id());
                ps.executeUpdate();
            }
            insertState(c, slide.id(), slide.state());
            touch(c, storyOf(c, slide.id()));
            return null;
        });
    }

    /** Moves a slide to {@code index} within its story, the others closing up around it. */
    public void moveSlide(long slideId, int index) {
        library.write(c -> {
            long storyId = storyOf(c, slideId);
            List<Long> order = order(c, storyId);
            order.remove(slideId);
            order.add(Math.max(0, Math.min(index, order.size())), slideId);
            renumber(c, order);
            touch(c, storyId);
            return null;
        });
    }

    /** Deletes a slide; the story's others close up. */
    public void deleteSlide(long slideId) {
        library.write(c -> {
            long storyId = storyOf(c, slideId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM slide WHERE id = ?")) {
                ps.setLong(1, slideId);
                ps.executeUpdate();
            }
            renumber(c, order(c, storyId));
            touch(c, storyId);
            return null;
        });
    }

    private static Optional<Story> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM story WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Story(id, rs.getString(1), slides(c, id).getOrDefault(id, List.of())));
            }
        }
    }

    /** The slides of one story ({@code storyId}) or of all (null), by story, in order. */
    private static Map<Long, List<Slide>> slides(Connection c, Long storyId) throws SQLException {
        String where = storyId == null ? "" : " WHERE s.story_id = " + storyId;
        Map<Long, Map<String, String>> states = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT x.slide_id, x.name, x.value FROM slide_state x JOIN slide s ON s.id = x.slide_id" + where)) {
            while (rs.next()) states.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        }
        Map<Long, List<Slide>> out = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.story_id, s.id, s.title, s.notes FROM slide s" + where + " ORDER BY s.story_id, s.position")) {
            while (rs.next()) {
                long id = rs.getLong(2);
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Slide(id, rs.getString(3), rs.getString(4), states.getOrDefault(id, Map.of())));
            }
        }
        return out;
    }

    private static long insertSlide(Connection c, long storyId, int position, Slide slide) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO slide (story_id, position, title, notes) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, storyId);
            ps.setInt(2, position);
            ps.setString(3, slide.title());
            ps.setString(4, slide.notes());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertState(c, id, slide.state());
        return id;
    }

    private static void insertState(Connection c, long slideId, Map<String, String> state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO slide_state (slide_id, name, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : state.entrySet()) {
                if (e.getValue() == null) continue;
                ps.setLong(1, slideId);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int count(Connection c, long storyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM slide WHERE story_id = ?), (SELECT count(*) FROM story WHERE id = ?)")) {
            ps.setLong(1, storyId);
            ps.setLong(2, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                requireOne(rs.getInt(2), "story", storyId);
                return rs.getInt(1);
            }
        }
    }

    private static long storyOf(Connection c, long slideId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM slide WHERE id = ?")) {
            ps.setLong(1, slideId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new LibraryException(LibraryException.Reason.INVALID_DATA, null, "No slide " + slideId + " in the library (deleted elsewhere?)");
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> order(Connection c, long storyId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM slide WHERE story_id = ? ORDER BY position, id")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void renumber(Connection c, List<Long> order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE slide SET position = ? WHERE id = ?")) {
            for (int i = 0; i < order.size(); i++) {
                ps.setInt(1, i);
                ps.setLong(2, order.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void touch(Connection c, long storyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE story SET updated = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, storyId);
            ps.executeUpdate();
        }
    }

    private static int requireOne(int rows, String what, long id) {
        if (rows != 1) throw new LibraryException(LibraryException.Reason.INVALID_DATA, null, "No " + what + " " + id + " in the library (deleted elsewhere?)");
        return rows;
    }
}
