package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntenteCsvTest {
    @TempDir Path dir;

    static LibraryContent sample() {
        Actor vn = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", "#da251d");
        Actor ru = new Actor(0, "Russia", ActorKind.COUNTRY, "RUS", null);
        Actor toLam = new Actor(0, "Tô Lâm", ActorKind.PERSON, null, null);
        Actor putin = new Actor(0, "Путин", ActorKind.PERSON, null, null);
        Actor asean = new Actor(0, "ASEAN | bloc", ActorKind.BLOC, null, null);
        Source dw = new Source(0, "Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?", "DW", "David Hutt",
                EventDate.ofDay(2024, 5, 18), "https://www.dw.com/en/a-69118421", LocalDate.of(2024, 6, 20), "para. 3, \"quoted\"");
        Source mof = new Source(0, "习近平 visit, Xinhua", "Xinhua", null, EventDate.ofMonth(2023, 12), null, null, null);
        Event visit = new Event(0, "Putin's state visit to Hanoi", DateRange.of(EventDate.ofDay(2024, 6, 19), EventDate.ofDay(2024, 6, 20)),
                Category.STATE_VISIT, List.of(new Participant(vn, "host"), new Participant(ru, "guest"), new Participant(putin, null)),
                "Hà Nội", "Talks with Tô Lâm;\nsigned 11 agreements, \"new\" era", 4, List.of("bamboo diplomacy", "2024"),
                List.of(new Citation(dw, "para. 2"), Citation.of(mof)));
        Event approx = new Event(0, "Early contact", DateRange.ongoingFrom(new EventDate(-44, 3, 0, org.entente.model.DatePrecision.MONTH, true)),
                new Category("custom-kind", "Custom kind"), List.of(new Participant(toLam, null), new Participant(asean, null)),
                null, null, 1, null, null);
        Partnership p = new Partnership(0, vn, ru, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "Comprehensive Strategic Partnership",
                EventDate.ofMonth(2012, 7), null, List.of(Citation.of(dw)), "upgraded during Sang's visit");
        Partnership old = new Partnership(0, vn, ru, PartnershipLevel.STRATEGIC, null, EventDate.ofYear(2001), EventDate.ofMonth(2012, 7),
                null, null);
        TradeFigure t = new TradeFigure(0, vn, ru, 2023, TradeFlow.TOTAL, 3_630_000_000L, DataQuality.APPROXIMATE, new Citation(mof, "table 2"));
        return new LibraryContent(List.of(vn, ru, toLam, putin, asean), List.of(dw, mof), List.of(visit, approx), List.of(old, p), List.of(t), null);
    }

    @Test
    void writeThenReadGivesEqualRecords() throws IOException {
        LibraryContent c = sample();
        EntenteCsvWriter.write(c, dir);
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv"), dir.resolve("partnerships.csv"), dir.resolve("trade.csv")));
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().actors()).containsExactlyElementsOf(c.actors());
        assertThat(r.content().sources()).containsExactlyElementsOf(c.sources());
        assertThat(r.content().events().get(0)).isEqualTo(c.events().get(0));
        // A | inside a name survives as \| in a multi-value cell.
        assertThat(r.content().events().get(1)).isEqualTo(c.events().get(1));
        assertThat(r.content().events().get(1).when().toString()).isEqualTo("~-0044-03/..");
        assertThat(r.content().partnerships()).containsExactlyElementsOf(c.partnerships());
        assertThat(r.content().trade()).containsExactlyElementsOf(c.trade());
    }

    @Test
    void badDateNamesFileLineColumnAndReason() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "title,start,end\nFirst,2024-06-19,\nSecond,2024-13-40,\n");
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.problems()).extracting(Problem::toString)
                .containsExactly("events.csv line 3, column \"start\": \"2024-13-40\" is not a date: month 13");
        assertThat(r.content().events()).extracting(Event::title).containsExactly("First");
    }

    @Test
    void lineNumbersCountNewLinesInsideCells() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "title,start,summary\nA,2020,\"one\ntwo\nthree\"\nB,2020-02-30,\n");
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).line()).isEqualTo(5);
        assertThat(r.problems().get(0).message()).contains("day 30", "February 2020 has 29 days");
    }

    @Test
    void byteOrderMarkIsTolerated() throws IOException {
        Files.write(dir.resolve("events.csv"), ("\uFEFFtitle,start,participants\nVisit,2024-06,Vietnam|Russia\n").getBytes(StandardCharsets.UTF_8));
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.problems()).isEmpty();
        Event e = r.content().events().get(0);
        assertThat(e.when().start()).isEqualTo(EventDate.ofMonth(2024, 6));
        assertThat(e.participants()).extracting(p -> p.actor().isoCode()).containsExactly("VNM", "RUS");
    }

    @Test
    void wrongColumnsAreOneClearProblem() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "name,date\nVisit,2024\n");
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).toString())
                .startsWith("events.csv line 1: the header row lacks the columns \"title\", \"start\"; found \"name\", \"date\"");
        assertThat(r.content().size()).isZero();
    }

    @Test
    void emptyFileAndNonUtf8AreProblems() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "");
        assertThat(EntenteCsvReader.read(List.of(dir.resolve("events.csv"))).problems().get(0).message()).startsWith("the file is empty");
        // The bad byte is met when its row is read (after a complete header), on line 2.
        Files.write(dir.resolve("trade.csv"), new byte[] {'r', 'e', 'p', 'o', 'r', 't', 'e', 'r', ',', 'p', 'a', 'r', 't', 'n', 'e', 'r', ',',
                'y', 'e', 'a', 'r', ',', 'f', 'l', 'o', 'w', ',', 'v', 'a', 'l', 'u', 'e', '_', 'u', 's', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("trade.csv")));
        assertThat(r.problems()).extracting(Problem::toString).contains("trade.csv line 2: the file is not UTF-8 text (save it as \"CSV UTF-8\")");
    }

    @Test
    void unknownSourceKeyAndBadImportanceAreErrors() throws IOException {
        Files.writeString(dir.resolve("events.csv"), "title,start,importance,sources\nA,2020,9,\nB,2020,2,S77\nC,2020,2,https://example.org/x\n");
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "events.csv line 2, column \"importance\": \"9\" is not an importance from 1 to 5",
                "events.csv line 3, column \"sources\": no source with the key \"S77\" in sources.csv (nor is it a URL)");
        assertThat(r.content().events().get(0).sources().get(0).source().url()).isEqualTo("https://example.org/x");
    }

    @Test
    void millionsOfBadRowsKeepOnlyAThousandProblems() throws IOException {
        StringBuilder sb = new StringBuilder("title,start\n");
        for (int i = 0; i < 5000; i++) sb.append("x,notadate\n");
        Files.writeString(dir.resolve("events.csv"), sb);
        ImportResult r = EntenteCsvReader.read(List.of(dir.resolve("events.csv")));
        assertThat(r.problems()).hasSize(Problems.LIMIT + 1);
        assertThat(r.problems().get(Problems.LIMIT).message()).isEqualTo("… and 4000 more problems not listed");
    }
}
