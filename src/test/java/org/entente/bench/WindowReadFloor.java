package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.entente.store.TimelineQueries;
import org.entente.ui.timeline.TimelineViewModel;

/**
 * What a one-year window costs at the bottom (issue #15's "a one-year window under 10 ms" at
 * 10,000,000 events): the same year read ever less, through the app's own connection, in thread
 * CPU, median of the rounds after a warm-up. From the least to the most: counting the year's
 * entries of the start-ordered index {@code event_window}; reading their packed headers' text
 * ({@code sum(length(window_header))}, in characters: nearly all one byte each here); the headers joined into the one string that crosses JDBC;
 * {@code EventStore.inWindow} whole (that string parsed into {@code EventHeader}s); the timeline's
 * overview of the year by actor pair, its dozen busiest pairs named and the rest as "Other"; and what
 * the timeline does for a one-year view: its detail read (cut at 4,001 headers) and its whole load. And how
 * far a summary could shrink the overview's input: distinct (pair, day) and (pair, 16 days) cells
 * against the year's rows. Usage: {@code WindowReadFloor LIBRARY [YEAR [ROUNDS]]}.
 */
public final class WindowReadFloor {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final String PAIR = "CASE WHEN actor_b IS NULL THEN ifnull(actor_a, 0) * 1000000"
            + " ELSE min(actor_a, actor_b) * 1000000 + max(actor_a, actor_b) END";

    private WindowReadFloor() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int year = args.length > 1 ? Integer.parseInt(args[1]) : 2023;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        long from = LocalDate.of(year, 1, 1).toEpochDay(), to = LocalDate.of(year + 1, 1, 1).toEpochDay();
        try (Library library = Library.open(file)) {
            long rows = scalar(library, "SELECT count(*) FROM event WHERE start_day >= ? AND start_day < ?", from, to);
            System.out.printf(Locale.ROOT, "%s, %d: %,d events start in the year%n", file.getFileName(), year, rows);
            System.out.printf(Locale.ROOT, "  cells a summary would hold: (pair, day) %,d; (pair, 16 days) %,d; (pair, 64 days) %,d%n",
                    scalar(library, "SELECT count(*) FROM (SELECT DISTINCT " + PAIR + ", start_day FROM event_lane WHERE start_day >= ? AND start_day < ?)", from, to),
                    scalar(library, "SELECT count(*) FROM (SELECT DISTINCT " + PAIR + ", start_day >> 4 FROM event_lane WHERE start_day >= ? AND start_day < ?)", from, to),
                    scalar(library, "SELECT count(*) FROM (SELECT DISTINCT " + PAIR + ", start_day >> 6 FROM event_lane WHERE start_day >= ? AND start_day < ?)", from, to));
            TimelineQueries queries = new TimelineQueries(library);
            var named = queries.laneCounts(LaneGrouping.ACTOR_PAIR).entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).map(java.util.Map.Entry::getKey).toList();
            measure(rounds, "count of the index entries", () -> scalar(library,
                    "SELECT count(*) FROM event INDEXED BY event_window WHERE start_day >= ? AND start_day < ?", from, to));
            measure(rounds, "the headers' text read, lengths summed", () -> scalar(library,
                    "SELECT sum(length(window_header)) FROM event WHERE start_day >= ? AND start_day < ?", from, to));
            measure(rounds, "the headers as one string in Java", () -> library.read(c -> joined(c, from, to)));
            measure(rounds, "EventStore.inWindow (parsed)", () -> library.events().inWindow(from, to).size());
            measure(rounds, "overview by pair, 12 named + Other, 1-day buckets", () ->
                    queries.density(from, to, 1, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, named).size());
            measure(rounds, "the timeline's detail read (first 4,001 headers)", () ->
                    queries.inWindow(from, to, EventFilter.NONE, TimelineViewModel.DETAIL_LIMIT).events().size());
            TimelineLoader.Setup setup = TimelineLoader.setup(library);
            LaneCatalogue lanes = TimelineLoader.lanes(library, setup, LaneGrouping.ACTOR_PAIR, EventFilter.NONE, List.of());
            var request = new TimelineLoader.WindowRequest(from, to, lanes, EventFilter.NONE, TimelineViewModel.DETAIL_LIMIT,
                    TimelineViewModel.OVERVIEW_BUCKETS);
            measure(rounds, "the timeline's whole load of the year (items drawn)", () ->
                    TimelineLoader.window(library, request, () -> false).items().size());
        }
    }

    private static long joined(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(window_header, char(30)) FROM (SELECT window_header"
                + " FROM event e WHERE e.start_day >= ? AND e.start_day < ? ORDER BY e.start_day, e.id)")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).length();
            }
        }
    }

    private static void measure(int rounds, String what, LongSupplier work) {
        double[] ms = new double[rounds];
        long result = 0;
        work.getAsLong(); // warm-up
        for (int i = 0; i < rounds; i++) {
            long t = MX.getCurrentThreadCpuTime();
            result = work.getAsLong();
            ms[i] = (MX.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  %-52s %7.1f ms CPU median (%.1f–%.1f) → %,d%n", what, ms[rounds / 2], ms[0], ms[rounds - 1], result);
    }

    private static long scalar(Library library, String sql, long from, long to) {
        return library.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
