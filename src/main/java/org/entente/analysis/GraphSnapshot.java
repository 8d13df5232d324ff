package org.entente.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The network as of one day: every actor of the network (isolated ones too, so that a node does not
 * vanish and reappear as the date moves) and the ties in force.
 *
 * @param day    the epoch day shown (for shared-event ties, the end of the period counted)
 * @param kind   what the ties stand for
 * @param actors the nodes, by id, in a stable order
 * @param ties   the edges
 */
public record GraphSnapshot(long day, TieKind kind, Map<Long, Actor> actors, List<Tie> ties) {
    public GraphSnapshot {
        actors = Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        ties = List.copyOf(ties);
        for (Tie t : ties)
            if (!actors.containsKey(t.low()) || !actors.containsKey(t.high()))
                throw new IllegalArgumentException("a tie " + t.low() + "–" + t.high() + " names an actor outside the graph");
    }

    /** The snapshot as a JGraphT undirected weighted graph (vertices are actor ids). */
    public Graph<Long, Tie> graph() {
        Graph<Long, Tie> g = GraphTypeBuilder.<Long, Tie>undirected().weighted(true)
                .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
        for (Long id : actors.keySet()) g.addVertex(id);
        for (Tie t : ties) {
            if (g.addEdge(t.low(), t.high(), t)) g.setEdgeWeight(t, t.weight());
        }
        return g;
    }

    /** Ids of actors with at least one tie. */
    public java.util.Set<Long> connected() {
        java.util.Set<Long> s = new java.util.HashSet<>();
        for (Tie t : ties) {
            s.add(t.low());
            s.add(t.high());
        }
        return s;
    }
}
