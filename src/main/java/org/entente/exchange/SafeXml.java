package org.entente.exchange;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that cannot be turned against the app: no DTDs (so no entity expansion, no
 * "billion laughs"), no external entities (so no file or network access from a file's content),
 * and JDK limits on entity expansion and element depth as a second line.
 */
public final class SafeXml {
    private SafeXml() {}

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException(org.entente.i18n.I18n.t("exchange.timeline-xml.external", systemId));
        });
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(Limits.MAX_DEPTH + 1));
        trySet(f, "javax.xml.stream.isSupportingExternalEntities", false);
        return f.createXMLStreamReader(in);
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // Another StAX implementation without this JDK property: the DTD switch above still holds.
        }
    }
}
