package org.entente.exchange.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest {
    static final Path XSD = org.entente.TestFiles.corpus("gexf-1.3/gexf.xsd");
    static final Actor VN = new Actor(1, "Việt Nam", ActorKind.COUNTRY, "VNM", "#da251d");
    static final Actor RU = new Actor(2, "Россия", ActorKind.COUNTRY, "RUS", null);
    static final Actor CN = new Actor(3, "中国", ActorKind.COUNTRY, "CHN", null);
    static final Actor DE = new Actor(4, "Germany & Co <test>", ActorKind.COUNTRY, "DEU", null);
    static final Citation SRC = Citation.of(new Source(0, "Joint Statement", "Bao Chinh phu", null, EventDate.parse("2012-07"),
            "https://en.baochinhphu.vn/x?a=1&b=2", null, null));

    static final List<Partnership> SPELLS = List.of(
            new Partnership(1, VN, RU, PartnershipLevel.STRATEGIC, "Strategic Partnership", EventDate.parse("2001-03"), null, List.of(SRC), null),
            new Partnership(2, VN, RU, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null, EventDate.parse("2012-07"), null, List.of(SRC), null),
            new Partnership(3, CN, VN, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "Comprehensive Strategic Cooperative Partnership",
                    EventDate.parse("2008-06-01"), null, List.of(), null),
            new Partnership(4, VN, DE, PartnershipLevel.STRATEGIC, null, EventDate.parse("2011-10-11"), EventDate.parse("2015"), List.of(), null));

    static void validate(byte[] xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(XSD.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void theValidatorAcceptsTheOfficialExampleAndRejectsABrokenFile() throws Exception {
        validate(java.nio.file.Files.readAllBytes(XSD.resolveSibling("dynamics.gexf")));
        byte[] broken = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><edges/></graph></gexf>".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(broken)).isInstanceOf(org.xml.sax.SAXException.class);
    }

    @Test
    void gexfValidatesAgainstTheSchemaAndCarriesTheSpells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(SPELLS, Map.of(1L, new double[] {0, 0}, 2L, new double[] {120.5, -33}), out);
        byte[] xml = out.toByteArray();
        validate(xml);

        Document d = parse(xml);
        NodeList nodes = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "node");
        assertThat(nodes.getLength()).isEqualTo(4);
        assertThat(((Element) nodes.item(0)).getAttribute("label")).isEqualTo("Việt Nam");
        NodeList edges = d.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge");
        assertThat(edges.getLength()).isEqualTo(3);
        Element vnRu = (Element) edges.item(0);
        assertThat(vnRu.getAttribute("label")).isEqualTo("Việt Nam–Россия");
        // Levels as dynamic values: strategic until the day before the upgrade, then ongoing.
        List<String> levels = new java.util.ArrayList<>();
        NodeList values = vnRu.getElementsByTagNameNS(GexfWriter.NAMESPACE, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals("level"))
                levels.add(v.getAttribute("value") + " " + v.getAttribute("start") + ".." + v.getAttribute("end"));
        }
        assertThat(levels).containsExactly("strategic 2001-03-01..2012-06-30", "comprehensive-strategic 2012-07-01..");
        // One merged spell for the whole tie; the ended German tie has its last day as end.
        NodeList spells = vnRu.getElementsByTagNameNS(GexfWriter.NAMESPACE, "spell");
        assertThat(spells.getLength()).isEqualTo(1);
        Element deSpell = (Element) ((Element) edges.item(2)).getElementsByTagNameNS(GexfWriter.NAMESPACE, "spell").item(0);
        assertThat(deSpell.getAttribute("start")).isEqualTo("2011-10-11");
        assertThat(deSpell.getAttribute("end")).isEqualTo("2014-12-31");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("https://en.baochinhphu.vn/x?a=1&amp;b=2");
    }

    @Test
    void theWholeReferenceNetworkValidates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(org.entente.analysis.ReferencePartnerships.read(), out);
        validate(out.toByteArray());
        assertThat(parse(out.toByteArray()).getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge").getLength()).isEqualTo(15);
    }

    @Test
    void graphMlIsWellFormedAndReadsBack() throws Exception {
        List<Partnership> inForce = List.of(SPELLS.get(1), SPELLS.get(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.writePartnerships(List.of(VN, RU, CN, DE), inForce, Map.of(3L, new double[] {1.5, 2.5}), out);
        Document d = parse(out.toByteArray());

        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = d.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> nodes = new HashMap<>();
        NodeList ns = d.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "node");
        for (int i = 0; i < ns.getLength(); i++) nodes.put(((Element) ns.item(i)).getAttribute("id"), data((Element) ns.item(i), keyNames));
        assertThat(nodes).hasSize(4);
        assertThat(nodes.get("n2")).containsEntry("label", "Россия").containsEntry("iso3", "RUS").containsEntry("kind", "country");
        assertThat(nodes.get("n3")).containsEntry("label", "中国").containsEntry("x", "1.5").containsEntry("y", "2.5");
        assertThat(nodes.get("n4")).containsEntry("label", "Germany & Co <test>");

        NodeList es = d.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "edge");
        assertThat(es.getLength()).isEqualTo(2);
        Element e0 = (Element) es.item(0);
        assertThat(e0.getAttribute("source")).isEqualTo("n1");
        assertThat(e0.getAttribute("target")).isEqualTo("n2");
        assertThat(data(e0, keyNames)).containsEntry("level", "comprehensive-strategic").containsEntry("rank", "30")
                .containsEntry("from", "2012-07").containsEntry("weight", "3.0").doesNotContainKey("until");
        assertThat(((Element) d.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("undirected");
    }

    private static Map<String, String> data(Element e, Map<String, String> keyNames) {
        Map<String, String> m = new HashMap<>();
        NodeList ds = e.getElementsByTagNameNS(GraphMlWriter.NAMESPACE, "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element x = (Element) ds.item(i);
            m.put(keyNames.get(x.getAttribute("key")), x.getTextContent());
        }
        return m;
    }
}
