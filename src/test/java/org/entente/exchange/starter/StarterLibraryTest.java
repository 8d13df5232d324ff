package org.entente.exchange.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleWriter;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DatePrecision;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventHeader;
import org.entente.model.LibraryContent;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.Library;
import org.entente.store.LibraryCounts;
import org.entente.store.SearchHit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter library against the reference files it was built from, and loaded into a real library. */
class StarterLibraryTest {
    static final Path REFERENCE = org.entente.TestFiles.reference();
    static final Pattern URL = Pattern.compile("https?://[^\\s\";,]+");
    /** Events taken from the three seed articles rather than from events.csv. */
    static final int ARTICLE_EVENTS = 10;

    static LibraryContent content;
    static List<CSVRecord> events, partnerships, trade;

    @TempDir Path dir;

    @BeforeAll
    static void load() throws IOException {
        content = StarterLibrary.read();
        events = csv("events.csv");
        partnerships = csv("partnerships.csv");
        trade = csv("trade.csv");
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(REFERENCE.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static List<String> urls(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) out.add(m.group().replaceAll("\\)+$", ""));
        return out;
    }

    /** The reference files' country names as the starter's actor names. */
    static String actorName(String csvName) {
        return Map.of("USA", "United States", "EU", "European Union", "UN", "United Nations").getOrDefault(csvName, csvName);
    }

    static Set<String> citedUrls(List<Citation> citations) {
        return citations.stream().map(c -> c.source().url()).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @Test
    void countsMatchTheReferenceFiles() {
        assertThat(events).hasSize(27);
        assertThat(content.events()).hasSize(events.size() + ARTICLE_EVENTS);
        assertThat(content.partnerships()).hasSize(partnerships.size()).hasSize(29);
        assertThat(content.trade()).hasSize(trade.size()).hasSize(88);
    }

    @Test
    void everyRecordHasASource() {
        assertThat(content.events()).allSatisfy(e -> assertThat(e.sources()).as(e.title()).isNotEmpty());
        assertThat(content.partnerships()).allSatisfy(p -> assertThat(p.sources()).as(p.pairLabel() + " " + p.from()).isNotEmpty());
        assertThat(content.trade()).allSatisfy(t -> assertThat(t.source()).as(t.toString()).isNotNull());
        assertThat(content.sources()).allSatisfy(s -> assertThat(s.publisher()).as(s.title()).isNotBlank());
    }

    @Test
    void everyEventsCsvRowIsAnEventAtItsOwnPrecisionCitingItsUrls() {
        for (CSVRecord row : events) {
            DateRange when = DateRange.parse(row.get("date"));
            Set<String> rowUrls = Set.copyOf(urls(row.get("source")));
            List<Event> matches = content.events().stream()
                    .filter(e -> e.when().equals(when) && citedUrls(e.sources()).containsAll(rowUrls)).toList();
            assertThat(matches).as("events.csv row %s %s", row.get("date"), row.get("event")).hasSize(1);
            Event e = matches.get(0);
            assertThat(e.when().toString()).isEqualTo(row.get("date"));
            Set<String> names = e.participants().stream().map(p -> p.actor().name()).collect(Collectors.toSet());
            assertThat(names).contains(actorName(row.get("country_a")));
            if (!row.get("country_b").isEmpty()) assertThat(names).contains(actorName(row.get("country_b")));
        }
    }

    @Test
    void articleEventsCiteTheSeedArticlesAtThePrecisionTheTextSupports() {
        Map<String, String> expected = Map.of(
                "Putin's state visit to China", "2024-05-16/2024-05-17",
                "Putin in Pyongyang", "2024-06-18/2024-06-19",
                "EU sanctions envoy's talks in Hanoi postponed", "2024-05-13",
                "Putin at the APEC summit in Da Nang", "2017",
                "Vietnam ratifies the EU free-trade agreement", "2020",
                "Ukraine peace summit held without Vietnam", "2024-06",
                "BRICS summit in Kazan", "2024-10");
        Set<String> seedTitles = Set.of("Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?",
                "Putin in Hanoi: Bamboo Diplomacy or Shifting Priorities?", "What Did the Putin Vietnam Visit Achieve for Russia?");
        expected.forEach((title, when) -> {
            Event e = event(title);
            assertThat(e.when().toString()).as(title).isEqualTo(when);
            assertThat(e.sources()).as(title).anySatisfy(c -> assertThat(seedTitles).contains(c.source().title()));
        });
        List<Event> fromArticles = content.events().subList(events.size(), content.events().size());
        assertThat(fromArticles).hasSize(ARTICLE_EVENTS).allSatisfy(e ->
                assertThat(e.sources()).as(e.title()).anySatisfy(c -> assertThat(seedTitles).contains(c.source().title())));
        assertThat(event("Putin at the APEC summit in Da Nang").when().start().precision())
                .isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void everyPartnershipRowIsASpellEndingWhereThePairsNextLevelBegins() {
        for (int i = 0; i < partnerships.size(); i++) {
            CSVRecord row = partnerships.get(i);
            Partnership p = content.partnerships().get(i);
            String b = row.get("country_b");
            assertThat(p.a().name()).isEqualTo("Vietnam");
            assertThat(p.b().name()).isEqualTo(actorName(b));
            boolean unsure = row.get("source").contains("UNSURE");
            assertThat(p.from()).isEqualTo(EventDate.parse(row.get("date")).withApproximate(unsure));
            if (unsure) assertThat(p.note()).as("why %s %s is approximate", b, row.get("date")).containsIgnoringCase("unsure");
            assertThat(row.get("level")).startsWith(p.officialName());
            String level = row.get("level").toLowerCase();
            PartnershipLevel expected = level.contains("comprehensive strategic") || level.contains("shared future")
                    ? PartnershipLevel.COMPREHENSIVE_STRATEGIC
                    : level.contains("strategic") ? PartnershipLevel.STRATEGIC : PartnershipLevel.COMPREHENSIVE;
            assertThat(p.level()).as(row.toString()).isEqualTo(expected);
            assertThat(citedUrls(p.sources())).containsAll(urls(row.get("source")));
            String next = partnerships.subList(i + 1, partnerships.size()).stream()
                    .filter(r -> r.get("country_b").equals(b)).map(r -> r.get("date")).findFirst().orElse(null);
            assertThat(p.until()).as(p.pairLabel() + " " + p.from()).isEqualTo(next == null ? null : EventDate.parse(next));
        }
    }

    @Test
    void everyTradeRowIsAFigureWithItsValueQualityAndSource() {
        for (CSVRecord row : trade) {
            String reporter = actorName(row.get("reporter")), partner = actorName(row.get("partner"));
            int year = Integer.parseInt(row.get("year"));
            TradeFlow flow = TradeFlow.of(row.get("flow"));
            List<TradeFigure> matches = content.trade().stream().filter(t -> t.reporter().name().equals(reporter)
                    && t.partner().name().equals(partner) && t.year() == year && t.flow() == flow).toList();
            assertThat(matches).as(row.toString()).hasSize(1);
            TradeFigure t = matches.get(0);
            assertThat(t.valueUsd()).as(row.toString()).isEqualTo(Long.parseLong(row.get("value_usd")));
            String flags = URL.matcher(row.get("source")).replaceAll("").toUpperCase();
            DataQuality quality = flags.contains("UNSURE") ? DataQuality.UNSURE
                    : flags.contains("APPROX") || flags.contains("ESTIMATE") ? DataQuality.APPROXIMATE : DataQuality.REPORTED;
            assertThat(t.quality()).as(row.toString()).isEqualTo(quality);
            assertThat(t.source().source().url()).as(row.toString()).isEqualTo(urls(row.get("source")).get(0));
        }
        assertThat(content.trade()).filteredOn(t -> t.partner().name().equals("European Union"))
                .allSatisfy(t -> assertThat(t.partner().kind()).isEqualTo(ActorKind.BLOC)).isNotEmpty();
    }

    @Test
    void peopleHaveTheirVietnameseDiacriticsAndNoInventedScripts() {
        Set<String> people = content.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name)
                .collect(Collectors.toSet());
        assertThat(people).contains("Tô Lâm", "Nguyễn Phú Trọng", "Võ Văn Thưởng", "Vương Đình Huệ", "Trương Thị Mai",
                "Trần Thanh Mẫn", "Lương Cường", "Võ Thị Ánh Xuân", "Vladimir Putin", "Xi Jinping", "Joe Biden", "Narendra Modi");
        assertThat(content.actors()).filteredOn(a -> a.kind() == ActorKind.COUNTRY)
                .allSatisfy(a -> assertThat(a.isoCode()).as(a.name()).matches("[A-Z]{3}"));
        assertThat(String.join(" ", people)).doesNotContainPattern("[\\p{IsCyrillic}\\p{IsHan}]");
    }

    @Test
    void theShippedFileIsInCanonicalForm() throws IOException {
        Bundle bundle = StarterLibrary.readBundle();
        String file;
        try (InputStream in = StarterLibrary.class.getResourceAsStream(StarterLibrary.RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(BundleWriter.toJson(bundle)).isEqualTo(file);
        assertThat(bundle.title()).isEqualTo("Vietnam's bamboo diplomacy, 2008–2024");
        assertThat(bundle.links()).isNotEmpty();
    }

    /**
     * Issue #17: the two 2023 growth claims, both in the reference trade.csv's row for 2023
     * ("(+2.3%)" from Vietnam's trade ministry; "Putin cites +8% from Russian stats"), each by its
     * own reporter and cited.
     */
    @Test
    void bothReportedGrowthClaimsFor2023AreThereWithTheirSources() {
        CSVRecord row = trade.stream().filter(r -> r.get("reporter").equals("Vietnam") && r.get("partner").equals("Russia")
                && r.get("year").equals("2023") && r.get("flow").equals("total")).findFirst().orElseThrow();
        assertThat(row.get("source")).contains("(+2.3%)", "Putin cites +8% from Russian stats");
        assertThat(content.tradeChanges()).hasSize(2);
        assertThat(content.tradeChanges()).extracting(c -> c.reporter().name(), c -> c.partner().name(), c -> c.year(), c -> c.flow(),
                c -> c.changePercent().toPlainString(), c -> c.source().source().url()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vietnam", "Russia", 2023, org.entente.model.TradeFlow.TOTAL, "2.3", urls(row.get("source")).get(0)),
                org.assertj.core.groups.Tuple.tuple("Russia", "Vietnam", 2023, org.entente.model.TradeFlow.TOTAL, "8", "https://theupdate.co.rw/?p=30339"));
        try (Library library = Library.open(dir.resolve("claims.entente"))) {
            library.importContent(StarterLibrary.read(), StarterLibrary.ORIGIN);
            assertThat(library.trade().changes()).extracting(c -> c.reporter().name(), c -> c.changePercent().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Russia", "8"), org.assertj.core.groups.Tuple.tuple("Vietnam", "2.3"));
            assertThat(library.trade().all()).as("the claims are not levels").hasSize(88);
        }
    }

    @Test
    void loadsIntoARealLibraryWithItsSourcesAndFacts() {
        try (Library library = Library.open(dir.resolve("starter.entente"))) {
            library.importContent(StarterLibrary.read(), StarterLibrary.ORIGIN);

            LibraryCounts counts = library.counts();
            assertThat(counts.events()).isEqualTo(events.size() + ARTICLE_EVENTS);
            assertThat(counts.partnerships()).isEqualTo(29);
            assertThat(counts.tradeFigures()).isEqualTo(88);
            assertThat(counts.actors()).isEqualTo(content.actors().size());

            for (EventHeader h : library.events().allHeaders())
                assertThat(library.sources().citationsOf(RecordKind.EVENT, h.id())).as(h.title()).isNotEmpty();
            for (Partnership p : library.partnerships().all()) assertThat(p.sources()).as(p.pairLabel()).isNotEmpty();
            assertThat(library.trade().all()).allSatisfy(t -> assertThat(t.source()).isNotNull());

            Event putin = library.events().byId(idOf(library, "Putin's state visit to Vietnam")).orElseThrow();
            assertThat(putin.when()).isEqualTo(DateRange.parse("2024-06-19/2024-06-20"));
            assertThat(putin.participants()).extracting(p -> p.actor().name()).contains("Vladimir Putin", "Tô Lâm", "Russia");

            Actor vietnam = library.actors().byIsoCode("VNM").orElseThrow();
            Actor russia = library.actors().byIsoCode("RUS").orElseThrow();
            Actor china = library.actors().byIsoCode("CHN").orElseThrow();
            Actor usa = library.actors().byIsoCode("USA").orElseThrow();
            assertThat(value(library, vietnam, russia, 2023)).isEqualTo(Long.parseLong(csvValue("Vietnam", "Russia", "2023", "total")))
                    .isEqualTo(3_630_000_000L);
            assertThat(value(library, vietnam, china, 2023)).isEqualTo(Long.parseLong(csvValue("Vietnam", "China", "2023", "total")))
                    .isEqualTo(171_200_000_000L);
            // Mirror statistics kept apart by reporter: Russia's 2021 figure is not Vietnam's.
            assertThat(value(library, russia, vietnam, 2021)).isEqualTo(7_100_000_000L);
            assertThat(value(library, vietnam, russia, 2021)).isEqualTo(5_500_000_000L);

            Partnership usComprehensive = library.partnerships().history(vietnam.id(), usa.id()).get(0);
            assertThat(usComprehensive.level()).isEqualTo(PartnershipLevel.COMPREHENSIVE);
            assertThat(usComprehensive.from()).isEqualTo(EventDate.ofMonth(2013, 7));
            assertThat(usComprehensive.from().precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(usComprehensive.until()).isEqualTo(EventDate.ofDay(2023, 9, 10));

            List<Partnership> july2024 = library.partnerships().asOf(LocalDate.of(2024, 7, 1).toEpochDay());
            assertThat(july2024).anySatisfy(p -> {
                assertThat(p.b().name()).isEqualTo("Russia");
                assertThat(p.level()).isEqualTo(PartnershipLevel.COMPREHENSIVE_STRATEGIC);
            });
            // France's upgrade came in October 2024 and Malaysia's first recorded level in November.
            assertThat(july2024).filteredOn(p -> p.b().name().equals("France")).singleElement()
                    .extracting(Partnership::level).isEqualTo(PartnershipLevel.STRATEGIC);
            assertThat(july2024).noneSatisfy(p -> assertThat(p.b().name()).isEqualTo("Malaysia"));

            List<String> toLam = library.events().search("To Lam", 50).stream().map(h -> h.event().title()).toList();
            assertThat(toLam).contains("Tô Lâm elected State President", "Tô Lâm elected party General Secretary",
                    "Vietnam–France comprehensive strategic partnership");
            long withToLam = content.events().stream()
                    .filter(e -> e.participants().stream().anyMatch(p -> p.actor().name().equals("Tô Lâm"))).count();
            assertThat(toLam).hasSizeGreaterThanOrEqualTo((int) withToLam);
        }
    }

    private static Event event(String title) {
        return content.events().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + title));
    }

    private static long idOf(Library library, String title) {
        List<SearchHit> hits = library.events().search(title, 5);
        return hits.stream().filter(h -> h.event().title().equals(title)).findFirst().orElseThrow().event().id();
    }

    private static long value(Library library, Actor reporter, Actor partner, int year) {
        return library.trade().series(reporter.id(), partner.id(), TradeFlow.TOTAL).stream().filter(t -> t.year() == year)
                .findFirst().orElseThrow().valueUsd();
    }

    private static String csvValue(String reporter, String partner, String year, String flow) {
        return trade.stream().filter(r -> r.get("reporter").equals(reporter) && r.get("partner").equals(partner)
                && r.get("year").equals(year) && r.get("flow").equals(flow)).findFirst().orElseThrow().get("value_usd");
    }
}
