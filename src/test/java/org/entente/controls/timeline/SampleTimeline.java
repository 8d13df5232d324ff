package org.entente.controls.timeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.DatePrecision;
import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.entente.model.PartnershipLevel;

/**
 * Sample content for the control's tests and screenshots, read from the project's reference facts
 * ({@code src/test/resources/reference/events.csv} and {@code partnerships.csv}), so that nothing drawn is invented.
 */
public final class SampleTimeline {
    public final List<TimelineItem> items = new ArrayList<>();
    public final List<TimelineLane> lanes = new ArrayList<>();
    public final List<TimelinePeriod> periods = new ArrayList<>();
    public final List<TimelineLink> links = new ArrayList<>();

    public static Path reference() {
        return org.entente.TestFiles.reference();
    }

    /** The reference events in lanes per Vietnam pair, with partnership tiers. */
    public static SampleTimeline reference(Path dir) throws IOException {
        SampleTimeline s = new SampleTimeline();
        Map<String, TimelineLane> lanes = new LinkedHashMap<>();
        for (String partner : List.of("China", "Russia", "USA", "Japan", "South Korea", "India", "Australia", "France", "Malaysia")) {
            lanes.put(partner, new TimelineLane(laneKey(partner), "Vietnam–" + partner));
        }
        lanes.put("UN", new TimelineLane("un", "Vietnam at the UN"));
        lanes.put("", new TimelineLane("domestic", "Vietnam (domestic)"));
        long id = 1;
        Map<String, Long> idsByTitle = new LinkedHashMap<>();
        for (CSVRecord r : read(dir.resolve("events.csv"))) {
            DateRange range = DateRange.parse(r.get("date"));
            String partner = r.get("country_b");
            String type = r.get("type");
            String category = type.contains("partnership") ? "partnership-change" : type.contains("state visit") ? "state-visit"
                    : type.contains("vote") ? "un-vote" : type.contains("leadership") ? "leadership-change" : "meeting";
            int importance = type.contains("partnership") ? 5 : type.contains("state visit") ? 4 : type.contains("meeting") ? 2 : 3;
            TimelineLane lane = lanes.get(partner);
            EventDate start = range.start();
            long end = range.end() == null ? start.endDay() : range.end().endDay();
            String title = r.get("event");
            int semi = title.indexOf(';');
            if (semi > 0) title = title.substring(0, semi);
            s.items.add(new SimpleTimelineItem(id, title, start.firstDay(), end, start.precision(),
                    range.end() == null ? start.precision() : range.end().precision(), start.approximate(), false,
                    lane == null ? "domestic" : lane.getKey(), category, importance, false));
            idsByTitle.put(r.get("event"), id);
            id++;
        }
        // partnership spells as ribbons: each level holds until the next one of the same pair
        Map<String, List<CSVRecord>> byPartner = new LinkedHashMap<>();
        for (CSVRecord r : read(dir.resolve("partnerships.csv"))) byPartner.computeIfAbsent(r.get("country_b"), k -> new ArrayList<>()).add(r);
        for (var e : byPartner.entrySet()) {
            TimelineLane lane = lanes.get(e.getKey());
            if (lane == null) continue;
            List<CSVRecord> rs = e.getValue();
            for (int i = 0; i < rs.size(); i++) {
                EventDate from = EventDate.parse(rs.get(i).get("date"));
                long end = i + 1 < rs.size() ? EventDate.parse(rs.get(i + 1).get("date")).firstDay() : TimelineItem.ONGOING_END;
                String level = rs.get(i).get("level");
                lane.getTiers().add(new TierSpan(from.firstDay(), end, rankOf(level).rank(), level));
            }
        }
        for (TimelineLane l : lanes.values()) {
            boolean used = s.items.stream().anyMatch(it -> l.getKey().equals(it.laneKey())) || !l.getTiers().isEmpty();
            if (used) s.lanes.add(l);
        }
        s.periods.add(new TimelinePeriod("Russia's full-scale war on Ukraine", EventDate.ofYear(2022).firstDay(), TimelineItem.ONGOING_END, "war"));
        s.periods.add(new TimelinePeriod("Leadership turmoil in Hanoi", EventDate.parse("2024-03-20").firstDay(),
                EventDate.parse("2024-10-21").endDay(), "crisis"));
        s.periods.add(new TimelinePeriod("Tô Lâm, State President", EventDate.parse("2024-05-22").firstDay(),
                EventDate.parse("2024-10-21").firstDay(), "term"));
        Long thuongResigns = find(idsByTitle, "Vo Van Thuong's resignation");
        Long lamPresident = find(idsByTitle, "To Lam elected State President");
        Long lamSecretary = find(idsByTitle, "To Lam elected CPV General Secretary");
        Long trongDies = find(idsByTitle, "Nguyen Phu Trong dies");
        if (thuongResigns != null && lamPresident != null) s.links.add(new TimelineLink(thuongResigns, lamPresident, "led to"));
        if (trongDies != null && lamSecretary != null) s.links.add(new TimelineLink(trongDies, lamSecretary, "led to"));
        return s;
    }

    private static Long find(Map<String, Long> ids, String part) {
        return ids.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    static String laneKey(String partner) {
        return "vn-" + partner.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The ladder position of a level as the pair worded it. */
    static PartnershipLevel rankOf(String wording) {
        String w = wording.toLowerCase(Locale.ROOT);
        if (w.contains("comprehensive strategic") || w.contains("community with a shared future")) return PartnershipLevel.COMPREHENSIVE_STRATEGIC;
        if (w.contains("strategic")) return PartnershipLevel.STRATEGIC;
        return PartnershipLevel.COMPREHENSIVE;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /**
     * Synthetic items for load tests: {@code n} items over {@code years} years from 1900 in {@code laneCount}
     * lanes, a fifth of them spans, importance 1–5; deterministic.
     */
    public static List<TimelineItem> synthetic(int n, int laneCount, int years, long seed) {
        Random rnd = new Random(seed);
        long from = EventDate.ofYear(1900).firstDay();
        long span = years * 365L;
        String[] categories = {"state-visit", "meeting", "agreement", "partnership-change", "un-vote", "leadership-change", "statement", "economic", "military"};
        List<TimelineItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long start = from + (long) (rnd.nextDouble() * span);
            boolean bar = rnd.nextInt(5) == 0;
            long end = bar ? start + 2 + rnd.nextInt(400) : start + 1;
            out.add(new SimpleTimelineItem(i + 1, "Synthetic event " + (i + 1) + " of lane " + (i % laneCount), start, end,
                    DatePrecision.DAY, DatePrecision.DAY, rnd.nextInt(20) == 0, false, "lane-" + (i % laneCount),
                    categories[rnd.nextInt(categories.length)], 1 + rnd.nextInt(5), false));
        }
        return out;
    }

    public static List<TimelineLane> syntheticLanes(int laneCount) {
        List<TimelineLane> out = new ArrayList<>();
        for (int l = 0; l < laneCount; l++) out.add(new TimelineLane("lane-" + l, "Lane " + (l + 1)));
        return out;
    }
}
