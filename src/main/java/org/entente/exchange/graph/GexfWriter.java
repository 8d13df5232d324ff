package org.entente.exchange.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.HeldSpell;
import org.entente.model.Partnership;

/**
 * Writes partnership spells as a dynamic GEXF 1.3 graph (for Gephi): one node per actor, one
 * undirected edge per pair whose {@code <spells>} are the periods the pair had any partnership, and
 * dynamic edge attributes {@code level}, {@code rank}, {@code weight}, {@code official_name} and
 * {@code sources} whose values change on each spell's dates.
 *
 * <p>Times are {@code xs:date}s (timeformat "date"). GEXF intervals include both ends, so a spell
 * ends on its last day in force: the day before the next level or the recorded end begins. A spell
 * starts on the first day its date covers ("2012-07" starts on 1 July 2012). Output validates
 * against the GEXF 1.3 schema.
 *
 * <pre>{@code GexfWriter.write(library.partnerships().all(), positions, out);}</pre>
 */
public final class GexfWriter {
    public static final String NAMESPACE = "http://gexf.net/1.3";

    private GexfWriter() {}

    /** Writes the spells without node positions. */
    public static void write(List<Partnership> spells, OutputStream out) { write(spells, Map.of(), out); }

    /**
     * @param spells    every partnership spell to include (all pairs, all levels); actors need ids
     * @param positions optional node positions by actor id, {x, y}; written as {@code <position>}
     * @param out       receives UTF-8 XML; not closed
     */
    public static void write(List<Partnership> spells, Map<Long, double[]> positions, OutputStream out) {
        try {
            XMLStreamWriter w = GraphXml.open(out, NAMESPACE, "gexf");
            w.writeAttribute("version", "1.3");
            w.writeStartElement(NAMESPACE, "meta");
            w.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element(w, "creator", "Entente");
            element(w, "description", "Partnerships between countries over time; edge attributes change on each level's dates");
            w.writeEndElement();

            w.writeStartElement(NAMESPACE, "graph");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeAttribute("timeformat", "date");
            w.writeAttribute("timerepresentation", "interval");

            w.writeStartElement(NAMESPACE, "attributes");
            w.writeAttribute("class", "node");
            w.writeAttribute("mode", "static");
            attribute(w, "iso3", "ISO code", "string");
            attribute(w, "kind", "kind", "string");
            w.writeEndElement();
            w.writeStartElement(NAMESPACE, "attributes");
            w.writeAttribute("class", "edge");
            w.writeAttribute("mode", "dynamic");
            attribute(w, "level", "level", "string");
            attribute(w, "rank", "rank", "integer");
            attribute(w, "weight", "weight", "double");
            attribute(w, "official_name", "official name", "string");
            attribute(w, "sources", "sources", "string");
            w.writeEndElement();

            Map<Long, Actor> actors = new LinkedHashMap<>();
            Map<String, List<Partnership>> pairs = new LinkedHashMap<>();
            for (Partnership p : spells) {
                actors.putIfAbsent(p.a().id(), p.a());
                actors.putIfAbsent(p.b().id(), p.b());
                long lo = Math.min(p.a().id(), p.b().id()), hi = Math.max(p.a().id(), p.b().id());
                pairs.computeIfAbsent(lo + "-" + hi, k -> new ArrayList<>()).add(p);
            }

            w.writeStartElement(NAMESPACE, "nodes");
            w.writeAttribute("count", Integer.toString(actors.size()));
            for (Actor a : actors.values()) {
                w.writeStartElement(NAMESPACE, "node");
                w.writeAttribute("id", Long.toString(a.id()));
                w.writeAttribute("label", a.name());
                w.writeStartElement(NAMESPACE, "attvalues");
                if (a.isoCode() != null) attvalue(w, "iso3", a.isoCode(), null, null);
                attvalue(w, "kind", a.kind().name().toLowerCase(Locale.ROOT), null, null);
                w.writeEndElement();
                if (a.colour() != null) {
                    w.writeEmptyElement(NAMESPACE, "color");
                    w.writeAttribute("r", Integer.toString(Integer.parseInt(a.colour().substring(1, 3), 16)));
                    w.writeAttribute("g", Integer.toString(Integer.parseInt(a.colour().substring(3, 5), 16)));
                    w.writeAttribute("b", Integer.toString(Integer.parseInt(a.colour().substring(5, 7), 16)));
                }
                double[] xy = positions == null ? null : positions.get(a.id());
                if (xy != null) {
                    w.writeEmptyElement(NAMESPACE, "position");
                    w.writeAttribute("x", Float.toString((float) xy[0]));
                    w.writeAttribute("y", Float.toString((float) xy[1]));
                    w.writeAttribute("z", "0.0");
                }
                w.writeEndElement();
            }
            w.writeEndElement();

            w.writeStartElement(NAMESPACE, "edges");
            w.writeAttribute("count", Integer.toString(pairs.size()));
            for (var pair : pairs.entrySet()) {
                List<HeldSpell> held = HeldSpell.of(pair.getValue());
                if (held.isEmpty()) continue;
                Partnership first = held.get(0).spell();
                w.writeStartElement(NAMESPACE, "edge");
                w.writeAttribute("id", pair.getKey());
                long lo = Math.min(first.a().id(), first.b().id()), hi = Math.max(first.a().id(), first.b().id());
                w.writeAttribute("source", Long.toString(lo));
                w.writeAttribute("target", Long.toString(hi));
                w.writeAttribute("label", first.pairLabel());
                w.writeStartElement(NAMESPACE, "attvalues");
                for (HeldSpell h : held) {
                    String start = date(h.startDay()), end = h.ongoing() ? null : date(h.endDay() - 1);
                    Partnership p = h.spell();
                    attvalue(w, "level", p.level().key(), start, end);
                    attvalue(w, "rank", Integer.toString(p.level().rank()), start, end);
                    attvalue(w, "weight", Double.toString(Math.max(p.level().rank(), 1) / 10.0), start, end);
                    if (p.officialName() != null) attvalue(w, "official_name", p.officialName(), start, end);
                    if (!p.sources().isEmpty()) attvalue(w, "sources", sources(p.sources()), start, end);
                }
                w.writeEndElement();
                w.writeStartElement(NAMESPACE, "spells");
                for (long[] span : merged(held)) {
                    w.writeEmptyElement(NAMESPACE, "spell");
                    w.writeAttribute("start", date(span[0]));
                    if (span[1] != Long.MAX_VALUE) w.writeAttribute("end", date(span[1] - 1));
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement(); // graph
            w.writeEndElement(); // gexf
            GraphXml.finish(w, out);
        } catch (XMLStreamException e) {
            throw GraphXml.failure("GEXF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins back-to-back spells into the periods the pair had any tie. */
    private static List<long[]> merged(List<HeldSpell> held) {
        List<long[]> out = new ArrayList<>();
        for (HeldSpell h : held) {
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= h.startDay()) {
                long[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], h.endDay());
            } else {
                out.add(new long[] {h.startDay(), h.endDay()});
            }
        }
        return out;
    }

    static String sources(List<Citation> citations) {
        return citations.stream().map(c -> c.source().citation() + (c.source().url() == null ? "" : " " + c.source().url()))
                .collect(Collectors.joining(" ; "));
    }

    private static String date(long epochDay) { return LocalDate.ofEpochDay(epochDay).toString(); }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NAMESPACE, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void attribute(XMLStreamWriter w, String id, String title, String type) throws XMLStreamException {
        w.writeEmptyElement(NAMESPACE, "attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", title);
        w.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter w, String attr, String value, String start, String end) throws XMLStreamException {
        w.writeEmptyElement(NAMESPACE, "attvalue");
        w.writeAttribute("for", attr);
        w.writeAttribute("value", value);
        if (start != null) w.writeAttribute("start", start);
        if (end != null) w.writeAttribute("end", end);
    }
}
