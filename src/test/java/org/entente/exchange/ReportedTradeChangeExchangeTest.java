package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleProblem;
import org.entente.exchange.bundle.BundleReader;
import org.entente.exchange.bundle.BundleWriter;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.LibraryContent;
import org.entente.model.Source;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17: reported changes of trade ("+2.3 % in 2023") go through every trade format exactly, and bad ones are refused where they are. */
class ReportedTradeChangeExchangeTest {
    static final Actor VIETNAM = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", null);
    static final Actor RUSSIA = new Actor(0, "Russia", ActorKind.COUNTRY, "RUS", null);
    static final Source MOIT = new Source(0, "New momentum for Vietnam–Russia trade cooperation", "Diễn đàn Doanh nghiệp", null, null,
            "https://en.diendandoanhnghiep.vn/new-momentum-fornbsp-vietnam-russia-trade-cooperation-n40991.html", null, null);
    static final Source NHAN_DAN = new Source(0, "Nhân Dân article: President Putin on Vietnam–Russia trade in 2023", "Nhân Dân", null, null,
            "https://theupdate.co.rw/?p=30339", null, null);

    @TempDir Path dir;

    static LibraryContent content() {
        TradeFigure level = new TradeFigure(0, VIETNAM, RUSSIA, 2023, TradeFlow.TOTAL, 3_630_000_000L, DataQuality.REPORTED, Citation.of(MOIT));
        List<TradeChange> changes = List.of(
                new TradeChange(0, VIETNAM, RUSSIA, 2023, TradeFlow.TOTAL, new BigDecimal("2.3"), DataQuality.REPORTED,
                        new Citation(MOIT, "VN MoIT European-American Market Dept")),
                new TradeChange(0, RUSSIA, VIETNAM, 2023, TradeFlow.TOTAL, new BigDecimal("8"), DataQuality.REPORTED,
                        new Citation(NHAN_DAN, "President Putin, citing Russian statistics")),
                new TradeChange(0, VIETNAM, RUSSIA, 2022, TradeFlow.EXPORT, new BigDecimal("-35.25"), DataQuality.APPROXIMATE, null),
                new TradeChange(0, VIETNAM, RUSSIA, 2021, TradeFlow.IMPORT, new BigDecimal("0.1"), DataQuality.UNSURE, null));
        return new LibraryContent(List.of(VIETNAM, RUSSIA), List.of(MOIT, NHAN_DAN), null, null, List.of(level), null, changes);
    }

    @Test
    void aBundleKeepsEveryChangeExactly() {
        LibraryContent in = content();
        String json = BundleWriter.toJson(new Bundle("t", null, in, null, null, null, null));
        assertThat(json).contains("\"changePercent\": 2.3,", "\"changePercent\": -35.25,", "\"changePercent\": 0.1,");
        Bundle back = BundleReader.read(json, "b.json").orElseThrow();
        assertThat(back.content().tradeChanges()).isEqualTo(in.tradeChanges());
        assertThat(back.content().trade()).isEqualTo(in.trade());
        assertThat(BundleWriter.toJson(back)).isEqualTo(json);
    }

    @Test
    void aBundleWithoutChangesIsWrittenAsBefore() {
        LibraryContent in = new LibraryContent(List.of(VIETNAM), null, null, null, null, null);
        assertThat(BundleWriter.toJson(new Bundle("t", null, in, null, null, null, null))).doesNotContain("tradeChanges");
    }

    @Test
    void aBundleRefusesAChangeThatIsNotANumber() {
        String json = """
                {
                  "format": "entente-bundle",
                  "version": 1,
                  "actors": [{"key": "VNM", "name": "Vietnam", "kind": "country", "iso3": "VNM"},
                             {"key": "RUS", "name": "Russia", "kind": "country", "iso3": "RUS"}],
                  "tradeChanges": [
                    {"reporter": "VNM", "partner": "RUS", "year": 2023, "flow": "total", "changePercent": "2,3"},
                    {"reporter": "VNM", "partner": "RUS", "year": 2022, "flow": "total", "changePercent": -120}
                  ]
                }
                """;
        var r = BundleReader.read(json, "claims.json");
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(BundleProblem::line, BundleProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "changePercent"), org.assertj.core.groups.Tuple.tuple(8, null));
        assertThat(r.errors().get(0).message()).isEqualTo("expected a number, found a string");
        assertThat(r.errors().get(1).message()).isEqualTo("trade cannot fall by more than 100 %");
    }

    @Test
    void ententeCsvKeepsEveryChangeExactlyBesideTheLevels() throws Exception {
        LibraryContent in = content();
        EntenteCsvWriter.write(in, dir);
        List<String> lines = Files.readAllLines(dir.resolve("trade.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("reporter,partner,year,flow,value_usd,quality,source,change_percent");
        assertThat(lines).anyMatch(l -> l.startsWith("Vietnam,Russia,2023,total,,reported,") && l.endsWith("[VN MoIT European-American Market Dept],2.3"))
                .contains("Vietnam,Russia,2022,export,,approximate,,-35.25", "Vietnam,Russia,2021,import,,unsure,,0.1");
        ImportResult back = EntenteCsvReader.read(List.of(dir.resolve("actors.csv"), dir.resolve("sources.csv"), dir.resolve("trade.csv")));
        assertThat(back.problems()).isEmpty();
        assertThat(back.content().tradeChanges()).extracting(c -> c.reporter().name(), c -> c.partner().name(), TradeChange::year,
                TradeChange::flow, TradeChange::changePercent, TradeChange::quality, c -> c.source() == null ? null : c.source().locator(),
                c -> c.source() == null ? null : c.source().source().url())
                .containsExactlyElementsOf(in.tradeChanges().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.reporter().name(),
                        c.partner().name(), c.year(), c.flow(), c.changePercent(), c.quality(), c.source() == null ? null : c.source().locator(),
                        c.source() == null ? null : c.source().source().url())).toList());
        assertThat(back.content().trade()).extracting(TradeFigure::valueUsd).containsExactly(3_630_000_000L);
    }

    @Test
    void ententeCsvRefusesBadChangesNamingFileLineAndField() {
        String csv = """
                reporter,partner,year,flow,value_usd,quality,source,change_percent
                Vietnam,Russia,2023,total,,reported,,"2,3 %"
                Vietnam,Russia,2022,total,,reported,,abc%
                Vietnam,Russia,2021,total,5500000000,reported,,4
                Vietnam,Russia,2020,total,,reported,,+2.3 %
                """;
        Problems problems = new Problems();
        List<TradeChange> changes = new java.util.ArrayList<>();
        new EntenteCsvReader().readTrade(new StringReader(csv), "trade.csv", problems, f -> { }, changes::add);
        assertThat(problems.list()).extracting(Problem::toString).containsExactly(
                "trade.csv line 2, column \"change_percent\": \"2,3 %\" has a comma: write the percentage with a point (2.3); "
                        + "a comma is not read, as it could be a decimal or a thousands separator",
                "trade.csv line 3, column \"change_percent\": \"abc%\" is not a percentage like 2.3 or -35",
                "trade.csv line 4, column \"change_percent\": a row holds either value_usd (a level) or change_percent (a reported change), not both");
        assertThat(changes).extracting(TradeChange::year, TradeChange::changePercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2020, new BigDecimal("2.3")));
    }

    @Test
    void aTradeTableReadsAChangeColumnBesideOrWithoutAValue() {
        String csv = """
                reporter,partner,year,flow,value,unit,source,change_percent
                Vietnam,Russia,2023,total,3.63,billion USD,MoIT via Dien dan Doanh nghiep https://en.diendandoanhnghiep.vn/x,+2.3%
                Russia,Vietnam,2023,total,,billion USD,Putin (Nhan Dan) https://theupdate.co.rw/?p=30339,+8 %
                Russia,Vietnam,2022,total,,billion USD,,"8,5"
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "claims.csv");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "claims.csv line 4, column \"change_percent\": \"8,5\" has a comma: write the percentage with a point (8.5); "
                        + "a comma is not read, as it could be a decimal or a thousands separator");
        assertThat(r.content().trade()).extracting(TradeFigure::valueUsd).containsExactly(3_630_000_000L);
        assertThat(r.content().tradeChanges()).extracting(c -> c.reporter().name(), TradeChange::changePercent, c -> c.source().source().url())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vietnam", new BigDecimal("2.3"), "https://en.diendandoanhnghiep.vn/x"),
                        org.assertj.core.groups.Tuple.tuple("Russia", new BigDecimal("8"), "https://theupdate.co.rw/?p=30339"));
    }

    @Test
    void aPercentageIsKeptAsWrittenAndShownSigned() {
        assertThat(ChangePercent.parse("+2.3 %")).isEqualTo(new BigDecimal("2.3"));
        assertThat(ChangePercent.parse("\u22124.10%").toPlainString()).isEqualTo("-4.10");
        assertThat(new TradeChange(0, VIETNAM, RUSSIA, 2023, TradeFlow.TOTAL, ChangePercent.parse("2.30"), null, null).changePercent())
                .hasToString("2.3");
        assertThat(ChangePercent.show(new BigDecimal("2.3"))).isEqualTo("+2.3%");
        assertThat(ChangePercent.show(new BigDecimal("-35"))).isEqualTo("\u221235%");
    }
}
