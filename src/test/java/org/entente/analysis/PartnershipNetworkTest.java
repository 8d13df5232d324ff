package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.junit.jupiter.api.Test;

class PartnershipNetworkTest {
    static final Actor VN = new Actor(1, "Việt Nam", ActorKind.COUNTRY, "VNM", null);
    static final Actor RU = new Actor(2, "Россия", ActorKind.COUNTRY, "RUS", null);
    static final Actor CN = new Actor(3, "中国", ActorKind.COUNTRY, "CHN", null);
    static final Actor DE = new Actor(4, "Germany", ActorKind.COUNTRY, "DEU", null);

    static Partnership spell(long id, Actor a, Actor b, PartnershipLevel level, String from, String until) {
        return new Partnership(id, a, b, level, null, EventDate.parse(from), until == null ? null : EventDate.parse(until), List.of(), null);
    }

    static long day(String iso) { return LocalDate.parse(iso).toEpochDay(); }

    final List<Partnership> spells = List.of(
            spell(1, VN, RU, PartnershipLevel.STRATEGIC, "2001-03", null),
            spell(2, VN, RU, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "2012-07", null),
            spell(3, CN, VN, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "2008-06-01", null),
            spell(4, VN, DE, PartnershipLevel.STRATEGIC, "2011-10-11", "2015"));
    final PartnershipNetwork net = new PartnershipNetwork(spells);

    private static Map<Tie.PairKey, Tie> ties(GraphSnapshot s) {
        return s.ties().stream().collect(java.util.stream.Collectors.toMap(Tie::key, t -> t));
    }

    @Test
    void anEdgeExistsExactlyWhileItsPartnershipIsInForce() {
        Tie.PairKey vnDe = new Tie.PairKey(1, 4);
        assertThat(ties(net.asOf(day("2011-10-10")))).doesNotContainKey(vnDe);
        assertThat(ties(net.asOf(day("2011-10-11")))).containsKey(vnDe);
        assertThat(ties(net.asOf(day("2014-12-31")))).containsKey(vnDe);
        assertThat(ties(net.asOf(day("2015-01-01")))).doesNotContainKey(vnDe);
        // A month-precise start counts from the first of the month.
        assertThat(ties(net.asOf(day("2001-02-28")))).isEmpty();
        assertThat(ties(net.asOf(day("2001-03-01")))).containsOnlyKeys(new Tie.PairKey(1, 2));
    }

    @Test
    void anUpgradeChangesTheLevelOnItsDate() {
        Tie.PairKey vnRu = new Tie.PairKey(2, 1);
        assertThat(ties(net.asOf(day("2012-06-30"))).get(vnRu).level()).isEqualTo(PartnershipLevel.STRATEGIC);
        assertThat(ties(net.asOf(day("2012-07-01"))).get(vnRu).level()).isEqualTo(PartnershipLevel.COMPREHENSIVE_STRATEGIC);
        assertThat(ties(net.asOf(day("2012-07-01"))).get(vnRu).spell().id()).isEqualTo(2);
        assertThat(net.asOf(day("2013-01-01")).ties()).hasSize(3);
    }

    @Test
    void everyActorIsANodeOnEveryDateSoNodesDoNotVanish() {
        assertThat(net.asOf(day("1990-01-01")).actors()).hasSize(4);
        assertThat(net.asOf(day("1990-01-01")).ties()).isEmpty();
        assertThat(net.asOf(day("2013-01-01")).connected()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void effectiveSpellsEndWhereTheNextLevelBegins() {
        List<PartnershipNetwork.EffectiveSpell> eff = PartnershipNetwork.effective(net.history(2, 1));
        assertThat(eff).hasSize(2);
        assertThat(eff.get(0).startDay()).isEqualTo(day("2001-03-01"));
        assertThat(eff.get(0).endDay()).isEqualTo(day("2012-07-01"));
        assertThat(eff.get(1).ongoing()).isTrue();
        assertThat(net.changeDays()).contains(day("2015-01-01"), day("2008-06-01"));
    }

    @Test
    void theReferenceDataGivesVietnamItsTiesOfMid2024() {
        PartnershipNetwork ref = new PartnershipNetwork(ReferencePartnerships.read());
        GraphSnapshot mid2024 = ref.asOf(day("2024-07-01"));
        Map<Long, Double> degree = NetworkMetrics.degree(mid2024);
        long vietnam = ref.actors().values().stream().filter(a -> a.name().equals("Vietnam")).findFirst().orElseThrow().id();
        // Partners in the CSV with a start on or before 1 July 2024: all but Malaysia (Nov 2024).
        assertThat(degree.get(vietnam)).isEqualTo(ref.actors().size() - 2);
        Actor france = ref.actors().values().stream().filter(a -> a.name().equals("France")).findFirst().orElseThrow();
        Tie vnFr = ties(mid2024).get(new Tie.PairKey(vietnam, france.id()));
        assertThat(vnFr.level()).isEqualTo(PartnershipLevel.STRATEGIC); // the upgrade came in October 2024
    }
}
