package org.entente.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.entente.model.LinkKind;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRoundTripTest {
    @TempDir Path dir;

    static final Actor VNM = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", "#da251d");
    static final Actor RUS = Actor.country("Russia", "RUS");
    static final Actor EU = new Actor(0, "European Union", ActorKind.BLOC, null, null);
    static final Actor TO_LAM = new Actor(0, "Tô Lâm", ActorKind.PERSON, null, null);
    static final Actor PUTIN_RU = new Actor(0, "Владимир Путин", ActorKind.PERSON, null, null);
    static final Actor XI = new Actor(0, "习近平", ActorKind.PERSON, null, null);

    static final Source VNEXPRESS = new Source(0, "Russia to help Vietnam build nuclear science center", "VnExpress International",
            null, EventDate.parse("2024-06"), "https://e.vnexpress.net/news/x.html", LocalDate.of(2026, 11, 22), "read online");
    static final Source DW = new Source(0, "Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?", "DW", "David Hutt",
            EventDate.parse("2024-05-18"), null, null, null);

    static Bundle sample() {
        Category custom = new Category("summit", "Summit meeting");
        Event visit = new Event(0, "Putin's state visit to Vietnam", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                List.of(new Participant(VNM, Participant.HOST), new Participant(RUS, Participant.GUEST),
                        new Participant(TO_LAM, Participant.HOST), new Participant(PUTIN_RU, null)),
                "Hanoi", "Putin \"arrives\" early on 20 June; 11 documents.\nSecond line.", 5, List.of("russia", "nuclear"),
                List.of(new Citation(VNEXPRESS, "para. 3"), Citation.of(DW)));
        Event approx = new Event(0, "A summit of ~2009", DateRange.parse("~2009/.."), custom, List.of(new Participant(XI, null)),
                null, null, 1, null, List.of(Citation.of(DW)));
        Event bce = new Event(0, "Something in 44 BCE", DateRange.parse("-0044-03-15"), Category.OTHER, null, null, null, 3, null, null);
        Partnership p1 = new Partnership(0, VNM, RUS, PartnershipLevel.STRATEGIC, "Strategic Partnership", EventDate.parse("2001-03"),
                EventDate.parse("2012-07"), List.of(Citation.of(DW)), null);
        Partnership p2 = new Partnership(0, VNM, RUS, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null, EventDate.parse("2012-07"),
                null, List.of(), "upgraded during a visit");
        TradeFigure t1 = new TradeFigure(0, VNM, RUS, 2023, TradeFlow.TOTAL, 3_630_000_000L, DataQuality.REPORTED,
                new Citation(VNEXPRESS, "MoIT figures"));
        TradeFigure t2 = new TradeFigure(0, VNM, EU, 2012, TradeFlow.EXPORT, 20_000_000_000L, DataQuality.APPROXIMATE, null);
        Period war = new Period(0, "A period", DateRange.parse("2022-02-24/.."), "#cc0000", "a note");
        LibraryContent content = new LibraryContent(List.of(VNM, RUS, EU, TO_LAM, PUTIN_RU, XI), List.of(VNEXPRESS, DW),
                List.of(visit, approx, bce), List.of(p1, p2), List.of(t1, t2), List.of(war));
        Bundle b = new Bundle("Tést bundle", "Описание", content, null, null, null);
        return b.withNotesAndLinks(
                List.of(new BundleNote(b.eventKey(0), "Compare **Kremlin** count: 15", List.of("check"), "#ffe08a",
                        Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T11:30:00.123Z"))),
                List.of(new BundleLink(b.eventKey(1), b.eventKey(0), LinkKind.LED_TO)));
    }

    @Test
    void writeThenReadGivesEqualContent() throws Exception {
        Bundle original = sample();
        Path file = dir.resolve("sample.json");
        BundleWriter.write(original, file);
        BundleReadResult result = BundleReader.read(file);
        assertThat(result.problems()).isEmpty();
        Bundle read = result.bundle();
        assertThat(read.content()).isEqualTo(original.content());
        assertThat(read).isEqualTo(original);
    }

    @Test
    void writingIsStableUtf8WithUnixLineEnds() throws Exception {
        String once = BundleWriter.toJson(sample());
        String again = BundleWriter.toJson(BundleReader.read(once, "x.json").orElseThrow());
        assertThat(again).isEqualTo(once);
        assertThat(once).doesNotContain("\r").contains("\"name\": \"Tô Lâm\"").contains("习近平").contains("Владимир Путин")
                .endsWith("}\n");
        Path file = dir.resolve("b.json");
        BundleWriter.write(sample(), file);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(once);
    }

    @Test
    void keysAreReadableAndReferencesUseThem() {
        String json = BundleWriter.toJson(sample());
        assertThat(json).contains("\"key\": \"VNM\"", "\"key\": \"to-lam\"", "\"actor\": \"to-lam\"",
                "\"key\": \"e-2024-06-19-putin-s-state-visit-to-vietnam\"", "\"key\": \"s-dw-2024-05-18\"",
                "\"when\": \"2024-06-19/2024-06-20\"", "\"when\": \"~2009/..\"", "\"from\": \"2012-07\"");
    }

    @Test
    void theExampleInDocsFormatsReadsWithoutProblems() throws Exception {
        String doc = Files.readString(Path.of("docs/formats.md"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## Entente JSON bundle"));
        String json = section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
        BundleReadResult r = BundleReader.read(json, "formats.md");
        assertThat(r.problems()).isEmpty();
        assertThat(r.bundle().content().events().get(0).participants()).extracting(p -> p.actor().name()).contains("Tô Lâm");
        assertThat(r.bundle().notes()).extracting(BundleNote::eventKey).containsExactly("e-putin-2024");
    }

    @Test
    void actorsAndSourcesOnlyReferredToAreWrittenToo() {
        Event e = new Event(0, "Meeting", DateRange.parse("2023-10-17"), Category.MEETING,
                List.of(new Participant(Actor.country("Vietnam", "VNM"), null)), null, null, 3, null, List.of(Citation.of(DW)));
        Bundle b = Bundle.of(new LibraryContent(null, null, List.of(e), null, null, null));
        Bundle read = BundleReader.read(BundleWriter.toJson(b), "x.json").orElseThrow();
        assertThat(read.content().actors()).extracting(Actor::name).containsExactly("Vietnam");
        assertThat(read.content().sources()).containsExactly(DW);
        assertThat(read.content().events()).containsExactly(e);
    }
}
