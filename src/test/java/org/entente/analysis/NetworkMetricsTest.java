package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DatePrecision;
import org.entente.model.EventHeader;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;

class NetworkMetricsTest {

    static Map<Long, Actor> actors(int n) {
        Map<Long, Actor> m = new LinkedHashMap<>();
        for (long i = 1; i <= n; i++) m.put(i, new Actor(i, "A" + i, ActorKind.COUNTRY, null, null));
        return m;
    }

    static Tie tie(long a, long b, PartnershipLevel level) { return new Tie(a, b, TieKind.PARTNERSHIP, level, Tie.weightOf(level), null); }

    @Test
    void starCentreLiesOnEveryPathBetweenLeaves() {
        GraphSnapshot star = new GraphSnapshot(0, TieKind.PARTNERSHIP, actors(5), List.of(
                tie(1, 2, PartnershipLevel.STRATEGIC), tie(1, 3, PartnershipLevel.STRATEGIC),
                tie(1, 4, PartnershipLevel.COMPREHENSIVE), tie(1, 5, PartnershipLevel.COMPREHENSIVE_STRATEGIC)));
        Map<Long, Double> b = NetworkMetrics.betweenness(star);
        assertThat(b.get(1L)).isCloseTo(6.0, within(1e-9)); // C(4,2) leaf pairs
        assertThat(b.get(2L)).isZero();
        assertThat(NetworkMetrics.degree(star)).containsEntry(1L, 4.0).containsEntry(5L, 1.0);
        // Strengths: strategic 2 + 2, comprehensive 1, comprehensive-strategic 3.
        assertThat(NetworkMetrics.weightedDegree(star).get(1L)).isCloseTo(8.0, within(1e-9));
        assertThat(NetworkMetrics.weightedDegree(star).get(5L)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void pathBetweennessAndIsolatedNodes() {
        // 1–2–3–4, and 5 alone.
        GraphSnapshot path = new GraphSnapshot(0, TieKind.PARTNERSHIP, actors(5), List.of(
                tie(1, 2, PartnershipLevel.ALLIANCE), tie(2, 3, PartnershipLevel.COMPREHENSIVE), tie(3, 4, PartnershipLevel.STRATEGIC)));
        Map<Long, Double> b = NetworkMetrics.betweenness(path);
        assertThat(b.get(2L)).isCloseTo(2.0, within(1e-9)); // 1–3, 1–4
        assertThat(b.get(3L)).isCloseTo(2.0, within(1e-9)); // 1–4, 2–4
        assertThat(b.get(1L)).isZero();
        assertThat(b).containsEntry(5L, 0.0);
        assertThat(NetworkMetrics.degree(path)).containsEntry(5L, 0.0);
    }

    @Test
    void tradeVolumePrefersTheFocusCountrysOwnFiguresThenMirrors() {
        Map<Long, Actor> a = actors(5);
        Citation c = Citation.of(new Source(0, "Customs", null, null, null, null, null, null));
        List<TradeFigure> figures = List.of(
                new TradeFigure(0, a.get(1L), a.get(2L), 2023, TradeFlow.TOTAL, 100, DataQuality.REPORTED, c),
                new TradeFigure(0, a.get(2L), a.get(1L), 2023, TradeFlow.TOTAL, 150, DataQuality.REPORTED, c), // mirror, ignored
                new TradeFigure(0, a.get(1L), a.get(3L), 2023, TradeFlow.EXPORT, 3, DataQuality.REPORTED, c),
                new TradeFigure(0, a.get(1L), a.get(3L), 2023, TradeFlow.IMPORT, 4, DataQuality.APPROXIMATE, c),
                new TradeFigure(0, a.get(4L), a.get(1L), 2023, TradeFlow.TOTAL, 9, DataQuality.REPORTED, c),  // only the mirror exists
                new TradeFigure(0, a.get(1L), a.get(5L), 2022, TradeFlow.TOTAL, 1000, DataQuality.REPORTED, c)); // another year
        GraphSnapshot s = new GraphSnapshot(0, TieKind.PARTNERSHIP, a, List.of());
        Map<Long, Double> v = NetworkMetrics.tradeVolume(s, 1, 2023, figures);
        assertThat(v).containsEntry(2L, 100.0).containsEntry(3L, 7.0).containsEntry(4L, 9.0).containsEntry(5L, 0.0)
                .containsEntry(1L, 116.0);
    }

    @Test
    void coParticipationCountsSharedEventsInThePeriod() {
        Map<Long, Actor> a = actors(4);
        List<EventHeader> events = List.of(
                header(1, 100, 101, 1, 2, 3),
                header(2, 150, 160, 2, 1),
                header(3, 90, 120, 1, 2),      // overlaps the start of the period
                header(4, 300, 301, 1, 2, 3),  // after the period
                header(5, 110, 111, 1, 99));   // 99 is not a node
        GraphSnapshot s = CoParticipation.between(a, events, 100, 200);
        Map<Tie.PairKey, Double> w = new LinkedHashMap<>();
        for (Tie t : s.ties()) w.put(t.key(), t.weight());
        assertThat(w).containsOnly(Map.entry(new Tie.PairKey(1, 2), 3.0), Map.entry(new Tie.PairKey(1, 3), 1.0),
                Map.entry(new Tie.PairKey(2, 3), 1.0));
        assertThat(s.kind()).isEqualTo(TieKind.CO_PARTICIPATION);
        assertThat(NetworkMetrics.weightedDegree(s).get(1L)).isEqualTo(4.0);
    }

    @Test
    void sharedEventsKeptByPairCountWhatAScanOfTheEventsCounts() {
        Map<Long, Actor> a = actors(4);
        List<EventHeader> events = List.of(
                header(1, 100, 101, 1, 2, 3),
                header(2, 150, 160, 2, 1),
                header(3, 90, 120, 1, 2),
                header(4, 300, 301, 1, 2, 3),
                header(5, 110, 111, 1, 99),
                header(6, 99, 100, 1, 2),       // ends the day the period starts: not in it
                header(7, 199, 200, 2, 3),      // the period's last day
                new EventHeader(8, "ongoing", 50, EventHeader.ONGOING_END, DatePrecision.DAY, false, true, "meeting", 3, new long[] {3, 4}),
                new EventHeader(9, "roll call", 120, 121, DatePrecision.DAY, false, false, "un-vote", 3, new long[] {1, 2, 3, 4}));
        SharedEvents shared = SharedEvents.of(events);
        List<EventHeader> notVotes = events.subList(0, 8);
        for (long from = 40; from < 320; from += 7)
            for (long length : new long[] {1, 10, 100, 365})
                assertThat(CoParticipation.between(a, shared, from, from + length).ties()).as("%d + %d", from, length)
                        .isEqualTo(CoParticipation.between(a, notVotes, from, from + length).ties());
        assertThat(shared.overlapping(new Tie.PairKey(2, 1), 100, 200)).isEqualTo(3);
        assertThat(shared.overlapping(new Tie.PairKey(3, 4), 1_000_000, 1_000_001)).isEqualTo(1);
        assertThat(shared.actors()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 99L);
    }

    static EventHeader header(long id, long start, long end, long... actorIds) {
        return new EventHeader(id, "e" + id, start, end, DatePrecision.DAY, false, false, "meeting", 3, actorIds);
    }
}
