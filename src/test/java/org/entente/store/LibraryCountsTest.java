package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event total of {@link Library#counts()} (status bar, Events view, export progress, backups)
 * comes from the lane_block summary's category cells, not a pass over every event (issue #15):
 * exact through every kind of write, and counted from the rows where the summary cannot be trusted.
 */
class LibraryCountsTest {
    @TempDir Path dir;
    Path file;
    Library lib;

    @BeforeEach
    void open() {
        file = dir.resolve("counts.entente");
        lib = Library.open(file);
    }

    @AfterEach
    void close() { lib.close(); }

    private static Event event(String title, String when, Category category) {
        return new Event(0, title, DateRange.parse(when), category, List.of(), null, null, 3, List.of(), List.of());
    }

    private long rows() {
        return lib.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM event")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void outside(String... sql) throws SQLException {
        lib.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
        lib = Library.open(file);
    }

    @Test
    void theEventTotalStaysExactThroughSavesMovesDeletesBulkLoadsAndWritesOutsideTheApp() throws SQLException {
        assertThat(lib.counts().events()).isZero();
        Event a = lib.events().save(event("Summit", "2024-06-19", Category.MEETING));
        Event b = lib.events().save(event("Treaty", "1066-10-14", Category.AGREEMENT));
        lib.events().save(event("Visit", "1815-12-10/1852-11-27", Category.STATE_VISIT));
        assertThat(lib.counts().events()).isEqualTo(3).isEqualTo(rows());

        lib.events().save(new Event(a.id(), "Summit", DateRange.of(EventDate.parse("1990-01-01")), Category.AGREEMENT, List.of(), null, null, 5,
                List.of(), List.of()));
        lib.events().delete(b.id());
        assertThat(lib.counts().events()).isEqualTo(2).isEqualTo(rows());

        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) many.add(event("Loaded " + i, (1900 + i % 120) + "-01-01", i % 2 == 0 ? Category.MEETING : Category.STATEMENT));
        lib.bulkInsert(many.iterator(), many.size(), "test", null, null);
        assertThat(lib.counts().events()).isEqualTo(502).isEqualTo(rows());

        // The sqlite3 shell or another program: the schema's triggers keep the counts (only tops go stale).
        outside("DELETE FROM event WHERE title LIKE 'Loaded 1%'",
                "UPDATE event SET category = 'statement', start_day = start_day + 9000, end_day = end_day + 9000 WHERE title = 'Loaded 2'");
        assertThat(lib.counts().events()).isEqualTo(rows()).isEqualTo(502 - 111);
    }

    @Test
    void theTotalIsReadFromTheSummaryAndFromTheRowsWhenItsTriggersAreGone() throws SQLException {
        for (int i = 0; i < 5; i++) lib.events().save(event("Event " + i, "2000-01-0" + (i + 1), Category.MEETING));
        // A summary that says otherwise than the rows shows which one is read (a full count was a
        // pass over an index of every event: seconds at ten million).
        outside("UPDATE lane_block SET events = events + 1000 WHERE lane = 'category:meeting'");
        assertThat(lib.counts().events()).isEqualTo(1005);

        // Without the category triggers the summary cannot be trusted: the rows are counted.
        outside("DROP TRIGGER lane_block_category_delete");
        assertThat(lib.counts().events()).isEqualTo(5);
    }

    @Test
    void aBackupIsCountedTheSameWay() throws SQLException {
        for (int i = 0; i < 3; i++) lib.events().save(event("Event " + i, "2000-01-0" + (i + 1), Category.MEETING));
        lib.close();
        Path copy = dir.resolve("backup.entente");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy + "'");
        }
        lib = Library.open(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            assertThat(LaneBlocks.eventCount(c)).isEqualTo(3);
            st.execute("UPDATE lane_block SET events = events + 7");
            assertThat(LaneBlocks.eventCount(c)).isEqualTo(10);
            st.execute("DROP TABLE lane_block"); // as a backup taken before V93
            assertThat(LaneBlocks.eventCount(c)).isEqualTo(3);
        }
    }
}
