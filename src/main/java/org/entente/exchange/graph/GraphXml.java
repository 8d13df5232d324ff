package org.entente.exchange.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The start and end that the GEXF and GraphML writers share: a UTF-8 document with one default namespace. */
final class GraphXml {
    private GraphXml() {}

    /** Writes the XML declaration and opens {@code root} in {@code namespace}, declared as the default. */
    static XMLStreamWriter open(OutputStream out, String namespace, String root) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(namespace);
        w.writeStartElement(namespace, root);
        w.writeDefaultNamespace(namespace);
        return w;
    }

    /** Ends the document and flushes it to {@code out}, which stays open. */
    static void finish(XMLStreamWriter w, OutputStream out) throws XMLStreamException, IOException {
        w.writeEndDocument();
        w.flush();
        out.flush();
    }

    /** A writer's failure as the unchecked I/O error the callers report, naming the format. */
    static UncheckedIOException failure(String format, XMLStreamException e) {
        return new UncheckedIOException(new IOException(org.entente.i18n.I18n.t("exchange.export.could-not-write", format, e.getMessage()), e));
    }
}
