package org.entente.ui.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.analysis.CoParticipation;
import org.entente.analysis.CooperationConflict;
import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Measure;
import org.entente.analysis.NetworkMetrics;
import org.entente.analysis.SharedEvents;
import org.entente.analysis.Tie;
import org.entente.analysis.TieKind;
import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkNode;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.ui.common.Names;

/**
 * What the view's frames are made of: the library's network and the view's settings, fixed when
 * taken, so that {@link #frame} may run on any thread (the replay's export makes its frames in the
 * background) while the view goes on. One frame is the in-memory work of one slider step: the ties
 * in force on the date, the node measures, and the nodes and edges the control draws (no layout).
 *
 * @param graph the library's network
 * @param annotatedSpells partnership spells the user annotated
 * @param annotatedEvents the shared events among those the user annotated
 * @param mine "My annotations": only ties the user annotated
 * @param tieKind what the ties are
 * @param measure what the node sizes show
 * @param focusActor the focus country (trade volumes are with it), or null
 * @param agreementThreshold the lowest share of the same vote that makes a UN-agreement tie
 */
record NetworkFrames(NetworkGraph graph, Set<Long> annotatedSpells, SharedEvents annotatedEvents, boolean mine, TieKind tieKind,
                     Measure measure, Actor focusActor, double agreementThreshold) {

    /** The coded events' source, as its authors name it (the same in every language). */
    static final String GDELT_SOURCE = "The GDELT Project, GDELT 1.0/2.0 Event Database (CAMEO codes, Goldstein scale)";

    /** The UN votes' dataset, as its authors cite it (the same in every language). */
    static final String UN_VOTES_SOURCE = "Erik Voeten et al., United Nations General Assembly Voting Data (Harvard Dataverse)";

    NetworkViewModel.Frame frame(LocalDate day) {
        var data = graph.data();
        long d = day.toEpochDay();
        SharedEvents shared = mine ? annotatedEvents : data.shared();
        GraphSnapshot s = switch (tieKind) {
            case PARTNERSHIP -> graph.network().asOf(d);
            case CO_PARTICIPATION -> CoParticipation.between(graph.actors(), shared, day.minusYears(1).toEpochDay() + 1, d + 1);
            case UN_AGREEMENT -> data.agreement() == null ? new GraphSnapshot(d, TieKind.UN_AGREEMENT, graph.countries(), List.of())
                    : data.agreement().network(graph.countries(), day.getYear(), agreementThreshold, d);
            case GOLDSTEIN -> data.coded() == null ? new GraphSnapshot(d, TieKind.GOLDSTEIN, graph.countries(), List.of())
                    : data.coded().network(graph.countries(), day);
        };
        long focusId = focusActor == null ? -1 : focusActor.id();
        Map<Long, Double> m = NetworkMetrics.measure(s, measure, focusId, day.getYear(), data.trade());
        String measureName = NetworkViewModel.measureName(measure).toLowerCase(I18n.locale());
        String sizeLegend = measure == Measure.TRADE_VOLUME && focusActor != null
                ? I18n.t("network.legend.size.trade", measureName, focusActor.name(), Integer.toString(day.getYear()))
                : I18n.t("network.legend.size", measureName);
        Set<Long> connected = s.connected();
        List<NetworkNode> ns = new ArrayList<>(s.actors().size());
        for (Actor a : s.actors().values())
            ns.add(new NetworkNode(a.id(), a.name(), a.isoCode(), m.getOrDefault(a.id(), 0.0), connected.contains(a.id())));
        List<NetworkEdge> es = new ArrayList<>(s.ties().size());
        for (Tie t : s.ties()) {
            if (mine && t.kind() == TieKind.PARTNERSHIP && (t.spell() == null || !annotatedSpells.contains(t.spell().id()))) continue;
            if (t.kind() == TieKind.PARTNERSHIP)
                es.add(new NetworkEdge(t.low(), t.high(), t.level().key(), Names.level(t.level()), t.level().rank(), t.weight(),
                        graph.histories().getOrDefault(t.key(), List.of())));
            else if (t.kind() == TieKind.UN_AGREEMENT)
                es.add(agreementEdge(t, day.getYear()));
            else if (t.kind() == TieKind.GOLDSTEIN)
                es.add(goldsteinEdge(data.coded(), t, day));
            else
                es.add(new NetworkEdge(t.low(), t.high(), null, null, 0, t.weight(), List.of()));
        }
        return new NetworkViewModel.Frame(s, ns, es, subtitle(day, es.size()), sizeLegend);
    }

    /** The frame's subtitle: what its ties are and how many, or why there are none. */
    private String subtitle(LocalDate day, int ties) {
        var data = graph.data();
        if (tieKind == TieKind.UN_AGREEMENT) {
            boolean votes = data.agreement() != null && data.agreement().pairYears() > 0;
            return !votes ? I18n.t("network.subtitle.no-votes")
                    : I18n.t("network.subtitle.un-agreement", Math.round(agreementThreshold * 100), Integer.toString(day.getYear()), ties,
                    UnAgreement.UNSURE_BELOW);
        }
        if (tieKind == TieKind.GOLDSTEIN) {
            return data.coded() == null || data.coded().isEmpty() ? I18n.t("network.subtitle.no-coded-events")
                    : I18n.t("network.subtitle.goldstein", ties, CooperationConflict.UNSURE_BELOW);
        }
        return tieKind == TieKind.PARTNERSHIP && graph.network().isEmpty()
                ? I18n.t("network.subtitle.no-partnerships")
                : tieKind == TieKind.PARTNERSHIP
                ? I18n.t("network.subtitle.partnerships", ties)
                : I18n.t("network.subtitle.shared-events", ties);
    }

    /**
     * A UN-agreement tie drawn in a band of its share (50–70, 70–80, 80–90, 90–100 %): wider and in a
     * stronger colour for closer voting, with the year's figure in its tooltip.
     */
    private NetworkEdge agreementEdge(Tie t, int year) {
        double share = t.weight();
        int low = share >= 0.9 ? 90 : share >= 0.8 ? 80 : share >= 0.7 ? 70 : 50;
        int rank = low >= 90 ? 40 : low >= 80 ? 30 : low >= 70 ? 20 : 10;
        String band = I18n.t("network.un.band", low, low == 50 ? 70 : low + 10);
        List<MeasurePoint> series = MeasureService.agreementSeries(graph.data().agreement(),
                graph.actors().get(t.low()), graph.actors().get(t.high()));
        String detail = series.stream().filter(p -> p.year() == year).findFirst()
                .map(p -> I18n.t("network.un.same-votes", p.counts().get("same_votes").intValue(),
                        p.counts().get("shared_roll_calls").intValue(), I18n.integer(Math.round(p.value() * 100))))
                .orElse(I18n.t("network.un.share", I18n.integer(Math.round(share * 100))));
        return new NetworkEdge(t.low(), t.high(), "un-agreement", band, rank, share, List.of(new NetworkEdge.HistoryItem(
                Integer.toString(year), detail, UN_VOTES_SOURCE)));
    }

    /**
     * A cooperation–conflict tie: as wide as its coded events in the 12 months to the date, in the
     * colour of its mean Goldstein score's band (conflict below −1, cooperation above +1, mixed
     * between; the colours come from the view's CSS), with the figures in its tooltip.
     */
    static NetworkEdge goldsteinEdge(CooperationConflict coded, Tie t, LocalDate day) {
        int to = CooperationConflict.monthIndex(day);
        var w = coded.window(t.low(), t.high(), to - CooperationConflict.WINDOW_MONTHS + 1, to);
        String band = CooperationConflict.band(w.mean());
        String label = switch (band) {
            case "conflict" -> I18n.t("network.goldstein.conflict");
            case "cooperation" -> I18n.t("network.goldstein.cooperation");
            default -> I18n.t("network.goldstein.mixed");
        };
        int rank = switch (band) {
            case "conflict" -> 1;
            case "cooperation" -> 3;
            default -> 2;
        };
        String detail = w.scored() == 0 ? I18n.t("network.goldstein.unscored", w.events())
                : I18n.t(w.scored() < CooperationConflict.UNSURE_BELOW ? "network.goldstein.detail.unsure" : "network.goldstein.detail",
                w.events(), signed(w.mean()), w.scored());
        return new NetworkEdge(t.low(), t.high(), "goldstein-" + band, label, rank, w.events(), List.of(new NetworkEdge.HistoryItem(
                I18n.t("network.goldstein.period", NetworkViewModel.dateText(day)), detail, GDELT_SOURCE)));
    }

    /** A Goldstein mean with its sign, in the interface language: "+2.4", "−3,1". */
    static String signed(double v) { return (v > 0 ? "+" : v < 0 ? "−" : "") + I18n.fixed(Math.abs(v), 1); }
}
