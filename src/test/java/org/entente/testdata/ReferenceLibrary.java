package org.entente.testdata;

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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.Library;

/**
 * A test library made straight from ../shared/reference (trade.csv, partnerships.csv, events.csv),
 * for trade tests while the starter library is not on this branch. Figures, dates and sources are
 * the reference files' own; quality comes from their APPROX / UNSURE / ESTIMATE flags.
 */
public final class ReferenceLibrary {
    public static final Path REFERENCE = Path.of("../shared/reference");
    private static final Map<String, String> ISO = Map.of("Vietnam", "VNM", "China", "CHN", "Russia", "RUS", "USA", "USA",
            "Japan", "JPN", "India", "IND", "South Korea", "KOR", "Australia", "AUS", "France", "FRA", "Malaysia", "MYS");

    private ReferenceLibrary() {}

    /** Creates a library at {@code file} holding the reference trade figures, partnerships and events. */
    public static Library create(Path file) throws IOException {
        Library library = Library.open(file);
        library.importContent(content(), "reference");
        return library;
    }

    public static LibraryContent content() throws IOException {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<TradeFigure> trade = new ArrayList<>();
        for (CSVRecord r : read("trade.csv")) {
            String src = r.get("source");
            trade.add(new TradeFigure(0, actor(actors, r.get("reporter")), actor(actors, r.get("partner")), Integer.parseInt(r.get("year")),
                    TradeFlow.of(r.get("flow")), Long.parseLong(r.get("value_usd")), quality(src), Citation.of(source(src))));
        }
        List<Partnership> partnerships = new ArrayList<>();
        for (CSVRecord r : read("partnerships.csv")) {
            PartnershipLevel level = level(r.get("level"));
            if (level == null || r.get("date").isBlank()) continue;
            partnerships.add(new Partnership(0, actor(actors, r.get("country_a")), actor(actors, r.get("country_b")), level,
                    r.get("level"), EventDate.parse(r.get("date")), null, List.of(Citation.of(source(r.get("source")))), null));
        }
        List<Event> events = new ArrayList<>();
        for (CSVRecord r : read("events.csv")) {
            String type = r.get("type").toLowerCase(Locale.ROOT);
            Category category = type.contains("partnership") ? Category.PARTNERSHIP_CHANGE
                    : type.contains("visit") ? Category.STATE_VISIT : Category.OTHER;
            List<Participant> who = new ArrayList<>();
            who.add(new Participant(actor(actors, r.get("country_a")), null));
            if (!r.get("country_b").isBlank()) who.add(new Participant(actor(actors, r.get("country_b")), null));
            events.add(new Event(0, r.get("event"), DateRange.parse(r.get("date")), category, who, null, null, 3, List.of(),
                    List.of(Citation.of(source(r.get("source"))))));
        }
        return new LibraryContent(new ArrayList<>(actors.values()), null, events, partnerships, trade, null);
    }

    static DataQuality quality(String source) {
        String s = source.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("UNSURE")) return DataQuality.UNSURE;
        if (s.startsWith("APPROX") || s.startsWith("ESTIMATE")) return DataQuality.APPROXIMATE;
        return DataQuality.REPORTED;
    }

    static Source source(String text) {
        String url = null;
        for (String token : text.split("\\s+")) if (token.startsWith("http")) { url = token; break; }
        String title = url == null ? text : text.substring(0, text.indexOf(url)).strip();
        if (title.isEmpty()) title = url;
        return new Source(0, title, null, null, null, url, null, null);
    }

    static PartnershipLevel level(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        if (l.contains("elevation within")) return null; // a change of wording, not of tier
        if (l.startsWith("comprehensive strategic")) return PartnershipLevel.COMPREHENSIVE_STRATEGIC;
        if (l.contains("strategic")) return PartnershipLevel.STRATEGIC;
        if (l.startsWith("comprehensive")) return PartnershipLevel.COMPREHENSIVE;
        return null;
    }

    private static Actor actor(Map<String, Actor> actors, String name) {
        return actors.computeIfAbsent(name, n -> new Actor(0, n, n.equals("EU") || n.equals("UN") ? ActorKind.ORGANISATION : ActorKind.COUNTRY,
                ISO.get(n), null));
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
