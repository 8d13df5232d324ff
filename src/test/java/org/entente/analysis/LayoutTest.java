package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.junit.jupiter.api.Test;

class LayoutTest {

    static double meanMovement(Map<Long, Point> a, Map<Long, Point> b) {
        double sum = 0;
        int n = 0;
        for (var e : a.entrySet()) {
            Point q = b.get(e.getKey());
            if (q == null) continue;
            sum += e.getValue().distanceTo(q);
            n++;
        }
        return sum / n;
    }

    @Test
    void nodesDoNotJumpBetweenConsecutiveDates() {
        PartnershipNetwork net = new PartnershipNetwork(ReferencePartnerships.read());
        GraphSnapshot before = net.asOf(LocalDate.parse("2008-01-01").toEpochDay());
        Map<Long, Point> previous = ForceLayout.layout(before, Map.of(), Set.of());
        List<Double> moves = new ArrayList<>(), unchangedMoves = new ArrayList<>();
        for (int year = 2009; year <= 2025; year++) {
            GraphSnapshot s = net.asOf(LocalDate.of(year, 1, 1).toEpochDay());
            Map<Long, Point> next = ForceLayout.layout(s, previous, Set.of());
            moves.add(meanMovement(previous, next));
            // Nodes whose own ties did not change this step (neither gained, lost nor changed level).
            Set<Long> changed = new java.util.HashSet<>();
            Set<Tie> was = new java.util.HashSet<>(before.ties()), now = new java.util.HashSet<>(s.ties());
            for (Tie t : s.ties()) if (!was.contains(t)) { changed.add(t.low()); changed.add(t.high()); }
            for (Tie t : before.ties()) if (!now.contains(t)) { changed.add(t.low()); changed.add(t.high()); }
            Map<Long, Point> prevKept = new HashMap<>(previous);
            prevKept.keySet().removeAll(changed);
            if (!prevKept.isEmpty()) unchangedMoves.add(meanMovement(prevKept, next));
            previous = next;
            before = s;
        }
        // Nodes that join or change level move to their new place; the others barely shift, and
        // the drawing as a whole moves by a small part of the frame.
        assertThat(unchangedMoves).allSatisfy(m -> assertThat(m).isLessThan(ForceLayout.FRAME * 0.05));
        assertThat(moves).allSatisfy(m -> assertThat(m).isLessThan(ForceLayout.FRAME * 0.12));
        GraphSnapshot last = net.asOf(LocalDate.of(2025, 1, 1).toEpochDay());
        Map<Long, Point> fresh = ForceLayout.layout(last, Map.of(), Set.of());
        Map<Long, Point> seeded = ForceLayout.layout(last, previous, Set.of());
        assertThat(meanMovement(previous, seeded)).isLessThan(meanMovement(previous, fresh));
    }

    @Test
    void tiedNodesEndUpCloserThanUntiedOnesAndStayInTheFrame() {
        // Two cliques of five, joined by one tie.
        Map<Long, Actor> actors = new java.util.LinkedHashMap<>();
        for (long i = 1; i <= 10; i++) actors.put(i, new Actor(i, "N" + i, ActorKind.COUNTRY, null, null));
        List<Tie> ties = new ArrayList<>();
        for (long a = 1; a <= 5; a++) for (long b = a + 1; b <= 5; b++) ties.add(NetworkMetricsTest.tie(a, b, PartnershipLevel.STRATEGIC));
        for (long a = 6; a <= 10; a++) for (long b = a + 1; b <= 10; b++) ties.add(NetworkMetricsTest.tie(a, b, PartnershipLevel.STRATEGIC));
        ties.add(NetworkMetricsTest.tie(5, 6, PartnershipLevel.COMPREHENSIVE));
        Map<Long, Point> p = ForceLayout.layout(new GraphSnapshot(0, TieKind.PARTNERSHIP, actors, ties), Map.of(), Set.of());
        double within = 0, across = 0;
        int nw = 0, na = 0;
        for (long a = 1; a <= 10; a++)
            for (long b = a + 1; b <= 10; b++) {
                double d = p.get(a).distanceTo(p.get(b));
                if ((a <= 5) == (b <= 5)) { within += d; nw++; } else { across += d; na++; }
            }
        assertThat(within / nw).isLessThan(0.7 * across / na);
        assertThat(p.values()).allSatisfy(q -> {
            assertThat(Math.abs(q.x())).isLessThanOrEqualTo(ForceLayout.FRAME / 2);
            assertThat(Math.abs(q.y())).isLessThanOrEqualTo(ForceLayout.FRAME / 2);
        });
    }

    @Test
    void pinnedNodesStayPutAndTheLayoutCanBeStopped() {
        PartnershipNetwork net = new PartnershipNetwork(ReferencePartnerships.read());
        GraphSnapshot s = net.asOf(LocalDate.parse("2020-01-01").toEpochDay());
        Map<Long, Point> seed = new HashMap<>(ForceLayout.layout(s, Map.of(), Set.of()));
        seed.put(1L, new Point(400, -400));
        ForceLayout layout = new ForceLayout();
        layout.init(s, seed, Set.of(1L));
        layout.step();
        layout.cancel();
        assertThat(layout.canStep()).isFalse();
        assertThat(layout.iteration()).isEqualTo(1);
        assertThat(layout.positions().get(1L)).isEqualTo(new Point(400, -400));
    }

    @Test
    void egoLayoutPutsTheFocusInTheCentreAndCloserLevelsOnInnerRings() {
        Actor vn = new Actor(1, "Vietnam", ActorKind.COUNTRY, "VNM", null);
        Actor cn = new Actor(2, "China", ActorKind.COUNTRY, "CHN", null);
        Actor de = new Actor(3, "Germany", ActorKind.COUNTRY, "DEU", null);
        Actor us = new Actor(4, "United States", ActorKind.COUNTRY, "USA", null);
        Actor jp = new Actor(5, "Japan", ActorKind.COUNTRY, "JPN", null);
        List<Partnership> spells = List.of(
                new Partnership(1, vn, cn, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null, EventDate.parse("2008"), null, null, null),
                new Partnership(2, vn, de, PartnershipLevel.STRATEGIC, null, EventDate.parse("2011"), null, null, null),
                new Partnership(3, vn, us, PartnershipLevel.COMPREHENSIVE, null, EventDate.parse("2013"), null, null, null),
                new Partnership(4, jp, cn, PartnershipLevel.STRATEGIC, null, EventDate.parse("2020"), null, null, null));
        GraphSnapshot s = new PartnershipNetwork(spells).asOf(LocalDate.parse("2021-01-01").toEpochDay());
        Map<Long, Point> p = EgoLayout.layout(s, 1, Map.of());
        Point centre = new Point(0, 0);
        assertThat(p.get(1L)).isEqualTo(centre);
        double rCn = p.get(2L).distanceTo(centre), rDe = p.get(3L).distanceTo(centre), rUs = p.get(4L).distanceTo(centre),
                rJp = p.get(5L).distanceTo(centre);
        assertThat(rCn).isLessThan(rDe);
        assertThat(rDe).isLessThan(rUs);
        assertThat(rUs).isLessThan(rJp); // Japan is not Vietnam's partner here: outer ring
    }
}
