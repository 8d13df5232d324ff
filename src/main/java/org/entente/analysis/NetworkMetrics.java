package org.entente.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;

/** Node measures on a {@link GraphSnapshot}; every node of the snapshot gets a value (0 if isolated). */
public final class NetworkMetrics {
    private NetworkMetrics() {}

    /** Number of ties of each node. */
    public static Map<Long, Double> degree(GraphSnapshot s) {
        Map<Long, Double> out = zeros(s);
        for (Tie t : s.ties()) {
            out.merge(t.low(), 1.0, Double::sum);
            out.merge(t.high(), 1.0, Double::sum);
        }
        return out;
    }

    /** Sum of the weights of each node's ties (level strength, or shared-event counts). */
    public static Map<Long, Double> weightedDegree(GraphSnapshot s) {
        Map<Long, Double> out = zeros(s);
        for (Tie t : s.ties()) {
            out.merge(t.low(), t.weight(), Double::sum);
            out.merge(t.high(), t.weight(), Double::sum);
        }
        return out;
    }

    /**
     * Betweenness centrality, not normalised: for each node, the number of shortest paths between
     * other pairs that pass through it (split when there are several). Ties count as hops, whatever
     * their weight: weights here measure closeness, not distance.
     */
    public static Map<Long, Double> betweenness(GraphSnapshot s) {
        Graph<Long, Tie> g = s.graph();
        Map<Long, Double> scores = new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
        Map<Long, Double> out = zeros(s);
        out.putAll(scores);
        return out;
    }

    /**
     * Each node's trade with {@code focusId} in {@code year}, in US dollars. The focus country's own
     * statistics are preferred (its total, else its exports plus imports); when it reports nothing
     * for a partner, the partner's mirror figures are used. The focus itself gets the sum over the
     * nodes shown. Nodes with no figure get 0.
     */
    public static Map<Long, Double> tradeVolume(GraphSnapshot s, long focusId, int year, List<TradeFigure> figures) {
        Map<Long, Double> out = zeros(s);
        Map<Long, Map<TradeFlow, Long>> byFocus = new HashMap<>();
        Map<Long, Map<TradeFlow, Long>> byPartner = new HashMap<>();
        for (TradeFigure f : figures) {
            if (f.year() != year) continue;
            if (f.reporter().id() == focusId && f.partner().id() != focusId)
                byFocus.computeIfAbsent(f.partner().id(), k -> new HashMap<>()).merge(f.flow(), f.valueUsd(), Long::sum);
            else if (f.partner().id() == focusId && f.reporter().id() != focusId)
                byPartner.computeIfAbsent(f.reporter().id(), k -> new HashMap<>()).merge(f.flow(), f.valueUsd(), Long::sum);
        }
        double sum = 0;
        for (Long id : s.actors().keySet()) {
            if (id == focusId) continue;
            Long v = volume(byFocus.get(id));
            if (v == null) v = volume(byPartner.get(id));
            if (v != null) {
                out.put(id, v.doubleValue());
                sum += v;
            }
        }
        if (out.containsKey(focusId)) out.put(focusId, sum);
        return out;
    }

    private static Long volume(Map<TradeFlow, Long> flows) {
        if (flows == null) return null;
        if (flows.containsKey(TradeFlow.TOTAL)) return flows.get(TradeFlow.TOTAL);
        Long ex = flows.get(TradeFlow.EXPORT), im = flows.get(TradeFlow.IMPORT);
        if (ex == null && im == null) return null;
        return (ex == null ? 0 : ex) + (im == null ? 0 : im);
    }

    /** The chosen measure for every node. */
    public static Map<Long, Double> measure(GraphSnapshot s, Measure m, long focusId, int year, List<TradeFigure> figures) {
        return switch (m) {
            case DEGREE -> degree(s);
            case WEIGHTED_DEGREE -> weightedDegree(s);
            case BETWEENNESS -> betweenness(s);
            case TRADE_VOLUME -> tradeVolume(s, focusId, year, figures);
        };
    }

    private static Map<Long, Double> zeros(GraphSnapshot s) {
        Map<Long, Double> m = new LinkedHashMap<>();
        for (Long id : s.actors().keySet()) m.put(id, 0.0);
        return m;
    }
}
