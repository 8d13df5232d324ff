package org.entente.exchange.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.entente.model.Actor;
import org.entente.model.Partnership;

/**
 * Writes one snapshot of the network (the ties shown on one date) as GraphML, for yEd, Cytoscape,
 * NetworkX or igraph. Node data: label, ISO code, kind, x, y. Edge data: kind ("partnership" or
 * "shared-events"), level key and label, rank, weight, from, until, official name, sources.
 *
 * <pre>{@code GraphMlWriter.writePartnerships(actors, library.partnerships().asOf(day), positions, out);}</pre>
 */
public final class GraphMlWriter {
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    /**
     * One undirected edge.
     *
     * @param a          one end
     * @param b          the other end
     * @param kind       "partnership" or "shared-events"
     * @param levelKey   partnership level key, or null
     * @param levelLabel partnership level label, or null
     * @param rank       level rank, or 0
     * @param weight     the tie's weight (level strength or event count)
     * @param from       start at its own precision ("2012-07"), or null
     * @param until      end at its own precision, or null
     * @param officialName the pair's wording, or null
     * @param sources    citations as one string, or null
     */
    public record Edge(Actor a, Actor b, String kind, String levelKey, String levelLabel, int rank, double weight,
                       String from, String until, String officialName, String sources) {
        public static Edge of(Partnership p) {
            return new Edge(p.a(), p.b(), "partnership", p.level().key(), p.level().label(), p.level().rank(),
                    Math.max(p.level().rank(), 1) / 10.0, p.from().toString(), p.until() == null ? null : p.until().toString(),
                    p.officialName(), p.sources().isEmpty() ? null : GexfWriter.sources(p.sources()));
        }
    }

    /** Writes the given actors and the partnership spells in force (e.g. {@code PartnershipStore.asOf(day)}). */
    public static void writePartnerships(List<Actor> actors, List<Partnership> inForce, Map<Long, double[]> positions, OutputStream out) {
        List<Edge> edges = new ArrayList<>();
        for (Partnership p : inForce) edges.add(Edge.of(p));
        write(actors, edges, positions, out);
    }

    /**
     * @param actors    the nodes (with ids); actors named by edges but missing here are added
     * @param edges     the edges
     * @param positions optional {x, y} by actor id
     * @param out       receives UTF-8 XML; not closed
     */
    public static void write(List<Actor> actors, List<Edge> edges, Map<Long, double[]> positions, OutputStream out) {
        java.util.LinkedHashMap<Long, Actor> nodes = new java.util.LinkedHashMap<>();
        for (Actor a : actors) nodes.put(a.id(), a);
        for (Edge e : edges) {
            nodes.putIfAbsent(e.a().id(), e.a());
            nodes.putIfAbsent(e.b().id(), e.b());
        }
        try {
            XMLStreamWriter w = GraphXml.open(out, NAMESPACE, "graphml");
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(w, "label", "node", "label", "string");
            key(w, "iso3", "node", "iso3", "string");
            key(w, "actor_kind", "node", "kind", "string");
            key(w, "x", "node", "x", "double");
            key(w, "y", "node", "y", "double");
            key(w, "kind", "edge", "kind", "string");
            key(w, "level", "edge", "level", "string");
            key(w, "level_label", "edge", "level_label", "string");
            key(w, "rank", "edge", "rank", "int");
            key(w, "weight", "edge", "weight", "double");
            key(w, "from", "edge", "from", "string");
            key(w, "until", "edge", "until", "string");
            key(w, "official_name", "edge", "official_name", "string");
            key(w, "sources", "edge", "sources", "string");
            w.writeStartElement(NAMESPACE, "graph");
            w.writeAttribute("id", "entente");
            w.writeAttribute("edgedefault", "undirected");
            for (Actor a : nodes.values()) {
                w.writeStartElement(NAMESPACE, "node");
                w.writeAttribute("id", "n" + a.id());
                data(w, "label", a.name());
                data(w, "iso3", a.isoCode());
                data(w, "actor_kind", a.kind().name().toLowerCase(Locale.ROOT));
                double[] xy = positions == null ? null : positions.get(a.id());
                if (xy != null) {
                    data(w, "x", Double.toString(xy[0]));
                    data(w, "y", Double.toString(xy[1]));
                }
                w.writeEndElement();
            }
            int i = 0;
            for (Edge e : edges) {
                w.writeStartElement(NAMESPACE, "edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", "n" + e.a().id());
                w.writeAttribute("target", "n" + e.b().id());
                data(w, "kind", e.kind());
                data(w, "level", e.levelKey());
                data(w, "level_label", e.levelLabel());
                if (e.rank() != 0) data(w, "rank", Integer.toString(e.rank()));
                data(w, "weight", Double.toString(e.weight()));
                data(w, "from", e.from());
                data(w, "until", e.until());
                data(w, "official_name", e.officialName());
                data(w, "sources", e.sources());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            GraphXml.finish(w, out);
        } catch (XMLStreamException e) {
            throw GraphXml.failure("GraphML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeEmptyElement(NAMESPACE, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) return;
        w.writeStartElement(NAMESPACE, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
