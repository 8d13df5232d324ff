package org.entente.analysis.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;

/** Series maths on figures from src/test/resources/reference/trade.csv, written out so every expected number is visible. */
class TradeAnalysisTest {
    static final Actor VN = Actor.country("Vietnam", "VNM");
    static final Actor CN = Actor.country("China", "CHN");
    static final Actor RU = Actor.country("Russia", "RUS");
    static final Source MOIT = new Source(0, "Vietnam–Russia trade", "Dien dan Doanh nghiep", null, null, "https://example.org/moit", null, null);
    static final Source RUSTAT = new Source(0, "Russian statistics", "VietnamPlus", null, null, null, null, null);

    static TradeFigure f(Actor r, Actor p, int year, TradeFlow flow, long usd, DataQuality q, Source s) {
        return new TradeFigure(0, r, p, year, flow, usd, q, Citation.of(s));
    }

    static TradeFigure t(Actor r, Actor p, int year, long usd) { return f(r, p, year, TradeFlow.TOTAL, usd, DataQuality.REPORTED, MOIT); }

    static final List<TradeFigure> FIGURES = new ArrayList<>(List.of(
            f(VN, RU, 2011, TradeFlow.TOTAL, 2_000_000_000L, DataQuality.APPROXIMATE, MOIT),
            f(VN, RU, 2012, TradeFlow.TOTAL, 2_500_000_000L, DataQuality.APPROXIMATE, MOIT),
            t(VN, RU, 2014, 2_500_000_000L),
            t(VN, RU, 2016, 2_700_000_000L),
            t(VN, RU, 2021, 5_500_000_000L),
            t(VN, RU, 2023, 3_630_000_000L),
            f(RU, VN, 2011, TradeFlow.TOTAL, 3_060_000_000L, DataQuality.REPORTED, RUSTAT),
            f(RU, VN, 2011, TradeFlow.EXPORT, 1_330_000_000L, DataQuality.REPORTED, RUSTAT),
            f(RU, VN, 2011, TradeFlow.IMPORT, 1_720_000_000L, DataQuality.REPORTED, RUSTAT),
            f(RU, VN, 2021, TradeFlow.TOTAL, 7_100_000_000L, DataQuality.REPORTED, RUSTAT),
            f(VN, RU, 2018, TradeFlow.EXPORT, 2_100_000_000L, DataQuality.REPORTED, MOIT),
            f(VN, RU, 2018, TradeFlow.IMPORT, 2_440_000_000L, DataQuality.REPORTED, MOIT),
            f(VN, RU, 2011, TradeFlow.IMPORT, 1_000_000_000L, DataQuality.UNSURE, MOIT),
            t(VN, CN, 2008, 20_180_000_000L),
            t(VN, CN, 2014, 58_640_000_000L),
            t(VN, CN, 2016, 71_900_000_000L),
            t(VN, CN, 2021, 165_800_000_000L),
            t(VN, CN, 2023, 171_200_000_000L),
            f(VN, CN, 2023, TradeFlow.EXPORT, 61_200_000_000L, DataQuality.REPORTED, MOIT),
            f(VN, CN, 2023, TradeFlow.IMPORT, 110_600_000_000L, DataQuality.REPORTED, MOIT),
            f(VN, CN, 2017, TradeFlow.EXPORT, 35_460_000_000L, DataQuality.REPORTED, MOIT)));

    @Test
    void aSeriesKeepsItsGapsAndEachPointItsFigure() {
        TradeSeries ru = TradeAnalysis.total(FIGURES, VN, RU);
        assertThat(ru.points()).extracting(TradePoint::year).containsExactly(2011, 2012, 2014, 2016, 2021, 2023);
        assertThat(ru.missingYears()).containsExactly(2013, 2015, 2017, 2018, 2019, 2020, 2022);
        assertThat(ru.at(2013)).isEmpty();
        assertThat(ru.at(2023).orElseThrow().value()).isEqualTo(3_630_000_000d);
        TradePoint p2011 = ru.at(2011).orElseThrow();
        assertThat(p2011.quality()).isEqualTo(DataQuality.APPROXIMATE);
        assertThat(p2011.flagged()).isTrue();
        assertThat(p2011.reporters()).isEqualTo("Vietnam");
        assertThat(p2011.sources()).isEqualTo("Dien dan Doanh nghiep, “Vietnam–Russia trade” https://example.org/moit");
        assertThat(ru.at(2014).orElseThrow().flagged()).isFalse();
        assertThat(ru.label()).isEqualTo("Vietnam–Russia total (reported by Vietnam)");
        assertThat(ru.unit()).isEqualTo(SeriesUnit.USD);
    }

    @Test
    void theReporterMattersAndAnEmptySeriesSaysWhy() {
        assertThat(TradeAnalysis.total(FIGURES, RU, VN).points()).extracting(TradePoint::value).containsExactly(3_060_000_000d, 7_100_000_000d);
        TradeSeries none = TradeAnalysis.total(FIGURES, CN, VN);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.note()).isEqualTo("China reports no total figures for its trade with Vietnam");
    }

    @Test
    void twoFiguresForOneYearAreRefused() {
        List<TradeFigure> doubled = List.of(t(VN, RU, 2014, 1), t(VN, RU, 2014, 2));
        assertThatThrownBy(() -> TradeAnalysis.total(doubled, VN, RU)).hasMessageContaining("two total figures for Vietnam–Russia in 2014");
    }

    @Test
    void indexSetsTheBaseYearTo100AndKeepsGaps() {
        TradeSeries cn = TradeAnalysis.indexed(TradeAnalysis.total(FIGURES, VN, CN), 2008);
        assertThat(cn.unit()).isEqualTo(SeriesUnit.INDEX);
        assertThat(cn.points()).extracting(TradePoint::year).containsExactly(2008, 2014, 2016, 2021, 2023);
        assertThat(cn.at(2008).orElseThrow().value()).isEqualTo(100.0);
        assertThat(cn.at(2023).orElseThrow().value()).isCloseTo(848.3647175421209, within(1e-9)); // 171.2 / 20.18 × 100
        assertThat(cn.at(2014).orElseThrow().value()).isCloseTo(290.5847373637264, within(1e-9)); // 58.64 / 20.18 × 100
        // An indexed point rests on its own figure and the base year's.
        assertThat(cn.at(2023).orElseThrow().basis()).extracting(TradeFigure::year).containsExactly(2023, 2008);
        assertThat(cn.at(2008).orElseThrow().basis()).hasSize(1);
    }

    @Test
    void indexIsUndefinedWhenTheBaseYearIsAGap() {
        TradeSeries ru = TradeAnalysis.indexed(TradeAnalysis.total(FIGURES, VN, RU), 2013);
        assertThat(ru.isEmpty()).isTrue();
        assertThat(ru.note()).isEqualTo("Vietnam–Russia total (reported by Vietnam) has no figure for 2013, so it cannot be indexed to 2013");
    }

    @Test
    void indexedApproximateBaseMakesEveryPointApproximate() {
        TradeSeries ru = TradeAnalysis.indexed(TradeAnalysis.total(FIGURES, VN, RU), 2011);
        assertThat(ru.at(2021).orElseThrow().value()).isCloseTo(275.0, within(1e-9));
        assertThat(ru.at(2021).orElseThrow().quality()).isEqualTo(DataQuality.APPROXIMATE);
    }

    @Test
    void shareExistsOnlyWhereBothSeriesHaveTheYear() {
        TradeSeries share = TradeAnalysis.share(TradeAnalysis.total(FIGURES, VN, RU), TradeAnalysis.total(FIGURES, VN, CN));
        assertThat(share.unit()).isEqualTo(SeriesUnit.PERCENT);
        assertThat(share.points()).extracting(TradePoint::year).containsExactly(2014, 2016, 2021, 2023);
        assertThat(share.at(2023).orElseThrow().value()).isCloseTo(2.1203271028037385, within(1e-12)); // 3.63 / 171.2 × 100
        assertThat(share.at(2014).orElseThrow().value()).isCloseTo(4.263301500682128, within(1e-12)); // 2.5 / 58.64 × 100
        assertThat(share.at(2023).orElseThrow().basis()).extracting(f -> f.partner().name()).containsExactly("Russia", "China");
        assertThat(share.label()).isEqualTo("Vietnam–Russia total (reported by Vietnam) as % of Vietnam–China total (reported by Vietnam)");
    }

    @Test
    void shareWithNoCommonYearIsEmptyAndSaysSo() {
        // Russia reports 2011 and 2021; Vietnam reports exports to China for 2017 and 2023.
        TradeSeries share = TradeAnalysis.share(TradeAnalysis.total(FIGURES, RU, VN), TradeAnalysis.series(FIGURES, VN, CN, TradeFlow.EXPORT));
        assertThat(share.isEmpty()).isTrue();
        assertThat(share.note()).contains("no year in common");
    }

    @Test
    void balanceIsExportsMinusImportsWhereBothExist() {
        PairFlows cn = TradeAnalysis.flows(FIGURES, VN, CN);
        assertThat(cn.exports().points()).extracting(TradePoint::year).containsExactly(2017, 2023);
        assertThat(cn.imports().points()).extracting(TradePoint::year).containsExactly(2023);
        assertThat(cn.balance().points()).extracting(TradePoint::year).containsExactly(2023);
        assertThat(cn.balance().at(2023).orElseThrow().value()).isEqualTo(-49_400_000_000d);
        PairFlows ru = TradeAnalysis.flows(FIGURES, VN, RU);
        assertThat(ru.balance().at(2018).orElseThrow().value()).isEqualTo(-340_000_000d);
        assertThat(ru.balance().at(2011)).isEmpty(); // import only, no export that year
    }

    @Test
    void mirrorPutsBothReportersSideBySideWithTheGap() {
        MirrorComparison m = TradeAnalysis.mirror(FIGURES, VN, RU, TradeFlow.TOTAL);
        assertThat(m.byFirst().points()).hasSize(6);
        assertThat(m.bySecond().points()).extracting(TradePoint::year).containsExactly(2011, 2021);
        assertThat(m.bySecond().label()).isEqualTo("Vietnam–Russia total (reported by Russia)");
        assertThat(m.gap().points()).extracting(TradePoint::year).containsExactly(2011, 2021);
        assertThat(m.gap().at(2021).orElseThrow().value()).isEqualTo(1_600_000_000d);
        assertThat(m.gap().at(2011).orElseThrow().value()).isEqualTo(1_060_000_000d);
        assertThat(m.relativeGap().at(2021).orElseThrow().value()).isCloseTo(29.09090909090909, within(1e-12));
        assertThat(m.relativeGap().at(2011).orElseThrow().value()).isCloseTo(53.0, within(1e-12));
        TradePoint g2011 = m.gap().at(2011).orElseThrow();
        assertThat(g2011.quality()).isEqualTo(DataQuality.APPROXIMATE); // Vietnam's 2011 figure is approximate
        assertThat(g2011.reporters()).isEqualTo("Vietnam; Russia");
    }

    /**
     * Issue #17: 2023 as both sides put it. Vietnam gives a level (3.63 bn), a level for 2022 (3.55 bn,
     * reference trade.csv) and reports +2.3 %; Russia gives no 2023 level, only +8 %.
     */
    @Test
    void mirrorYearsPutLevelsComputedAndReportedGrowthSideBySide() {
        List<TradeFigure> figures = new ArrayList<>(FIGURES);
        figures.add(t(VN, RU, 2022, 3_550_000_000L));
        List<org.entente.model.TradeChange> changes = List.of(
                new org.entente.model.TradeChange(0, VN, RU, 2023, TradeFlow.TOTAL, new java.math.BigDecimal("2.3"), null, Citation.of(MOIT)),
                new org.entente.model.TradeChange(0, RU, VN, 2023, TradeFlow.TOTAL, new java.math.BigDecimal("8"), null, Citation.of(RUSTAT)),
                new org.entente.model.TradeChange(0, RU, VN, 2023, TradeFlow.EXPORT, new java.math.BigDecimal("99"), null, null));
        MirrorComparison m = TradeAnalysis.mirror(figures, changes, VN, RU, TradeFlow.TOTAL);
        assertThat(m.years()).extracting(MirrorYear::year).containsExactly(2011, 2012, 2014, 2016, 2021, 2022, 2023);

        MirrorYear y2023 = m.years().get(6);
        GrowthClaim vn = y2023.byFirst(), ru = y2023.bySecond();
        assertThat(vn.reporter()).isEqualTo(VN);
        assertThat(vn.level().valueUsd()).isEqualTo(3_630_000_000L);
        assertThat(vn.previousLevel().valueUsd()).isEqualTo(3_550_000_000L);
        // (3.63 - 3.55) / 3.55 = 2.2535 %: Vietnam's own levels agree with its reported +2.3 % once rounded.
        assertThat(vn.computedPercent()).isEqualByComparingTo("2.2535");
        assertThat(vn.reported().changePercent()).isEqualByComparingTo("2.3");
        assertThat(vn.reportedMinusComputed()).isEqualByComparingTo("0.0465");
        assertThat(ru.reporter()).isEqualTo(RU);
        assertThat(ru.level()).isNull();
        assertThat(ru.computedPercent()).isNull();
        assertThat(ru.reported().changePercent()).isEqualByComparingTo("8"); // the total, not the export claim
        assertThat(ru.reportedMinusComputed()).isNull();

        // 2021: both give levels, neither a level for 2020: no growth computed over a gap.
        MirrorYear y2021 = m.years().get(4);
        assertThat(y2021.byFirst().level().valueUsd()).isEqualTo(5_500_000_000L);
        assertThat(y2021.byFirst().computedPercent()).isNull();
        assertThat(y2021.bySecond().level().valueUsd()).isEqualTo(7_100_000_000L);
        // 2012 from 2011, Vietnam's own levels only: +25 %; Russia says nothing of 2012.
        assertThat(m.years().get(1).byFirst().computedPercent()).isEqualByComparingTo("25");
        assertThat(m.years().get(1).bySecond().isEmpty()).isTrue();
        // Without changes the comparison is as before, its years holding levels only.
        assertThat(TradeAnalysis.mirror(figures, VN, RU, TradeFlow.TOTAL).years()).allSatisfy(y -> {
            assertThat(y.byFirst().reported()).isNull();
            assertThat(y.bySecond().reported()).isNull();
        });
    }

    @Test
    void mirrorFlipsTheFlow() {
        // Vietnam's imports from Russia are Russia's exports to Vietnam.
        MirrorComparison m = TradeAnalysis.mirror(FIGURES, VN, RU, TradeFlow.IMPORT);
        assertThat(m.byFirst().at(2011).orElseThrow().value()).isEqualTo(1_000_000_000d);
        assertThat(m.bySecond().at(2011).orElseThrow().figure().flow()).isEqualTo(TradeFlow.EXPORT);
        assertThat(m.gap().at(2011).orElseThrow().value()).isEqualTo(330_000_000d);
        assertThat(m.gap().at(2011).orElseThrow().quality()).isEqualTo(DataQuality.UNSURE);
    }

    @Test
    void storedActorsMatchById() {
        Actor vn1 = VN.withId(1), vnRenamed = new Actor(1, "Việt Nam", VN.kind(), "VNM", null), ru2 = RU.withId(2);
        List<TradeFigure> stored = List.of(new TradeFigure(5, vn1, ru2, 2023, TradeFlow.TOTAL, 3_630_000_000L, DataQuality.REPORTED, null));
        TradeSeries s = TradeAnalysis.total(stored, vnRenamed, ru2);
        assertThat(s.points()).hasSize(1);
        assertThat(s.at(2023).orElseThrow().sources()).isEqualTo("no source");
    }

    @Test
    void aSeriesRefusesYearsOutOfOrder() {
        TradePoint a = TradePoint.of(t(VN, RU, 2014, 1)), b = TradePoint.of(t(VN, RU, 2012, 1));
        assertThatThrownBy(() -> new TradeSeries("x", SeriesUnit.USD, List.of(a, b))).hasMessageContaining("2014 is followed by 2012");
    }
}
