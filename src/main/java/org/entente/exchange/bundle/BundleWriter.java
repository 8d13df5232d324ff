package org.entente.exchange.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;

/**
 * Writes an Entente JSON bundle (format version 1, see docs/formats.md): UTF-8, two-space indent,
 * "\n" line ends, fields in a fixed order, absent values left out. The same bundle always gives
 * the same bytes, so bundles can be kept in version control and diffed.
 *
 * <p>Actors and sources that records refer to but that are missing from the content's lists are
 * added to the file, so a bundle is always self-contained. Library ids are not written.
 */
public final class BundleWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BundleWriter() {}

    /** The bundle as JSON text. */
    public static String toJson(Bundle bundle) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(bundle, g);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    public static void write(Bundle bundle, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(bundle, g);
        }
    }

    /**
     * Writes the bundle to {@code file} all-or-nothing: into a temporary file next to it, then
     * moved over it, so a failed write leaves an existing file as it was.
     */
    public static void write(Bundle bundle, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(toJson(bundle));
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(Bundle bundle, JsonGenerator g) throws IOException {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indent);
        pp.indentArraysWith(indent);
        g.setPrettyPrinter(pp);

        LibraryContent c = bundle.content();
        Map<Actor, String> actors = actorKeys(c);
        Map<Source, String> sources = sourceKeys(c);

        g.writeStartObject();
        g.writeStringField("format", Bundle.FORMAT);
        g.writeNumberField("version", Bundle.VERSION);
        optional(g, "title", bundle.title());
        optional(g, "description", bundle.description());

        Map<String, Category> custom = new LinkedHashMap<>();
        for (Event e : c.events())
            if (!Category.DEFAULTS.contains(e.category())) custom.putIfAbsent(e.category().key(), e.category());
        if (!custom.isEmpty()) {
            g.writeArrayFieldStart("categories");
            for (Category cat : custom.values()) {
                g.writeStartObject();
                g.writeStringField("key", cat.key());
                g.writeStringField("label", cat.label());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        g.writeArrayFieldStart("actors");
        for (Map.Entry<Actor, String> en : actors.entrySet()) {
            Actor a = en.getKey();
            g.writeStartObject();
            g.writeStringField("key", en.getValue());
            g.writeStringField("name", a.name());
            g.writeStringField("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            optional(g, "iso3", a.isoCode());
            optional(g, "colour", a.colour());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("sources");
        for (Map.Entry<Source, String> en : sources.entrySet()) {
            Source s = en.getKey();
            g.writeStartObject();
            g.writeStringField("key", en.getValue());
            g.writeStringField("title", s.title());
            optional(g, "publisher", s.publisher());
            optional(g, "author", s.author());
            optional(g, "date", s.date() == null ? null : s.date().toString());
            optional(g, "url", s.url());
            optional(g, "accessed", s.accessed() == null ? null : s.accessed().toString());
            optional(g, "note", s.note());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (int i = 0; i < c.events().size(); i++) {
            Event e = c.events().get(i);
            g.writeStartObject();
            g.writeStringField("key", bundle.eventKey(i));
            g.writeStringField("title", e.title());
            g.writeStringField("when", e.when().toString());
            g.writeStringField("category", e.category().key());
            g.writeNumberField("importance", e.importance());
            optional(g, "place", e.place());
            if (!e.participants().isEmpty()) {
                g.writeArrayFieldStart("participants");
                for (Participant p : e.participants()) {
                    g.writeStartObject();
                    g.writeStringField("actor", actors.get(norm(p.actor())));
                    optional(g, "role", p.role());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            strings(g, "tags", e.tags());
            optional(g, "summary", e.summary());
            citations(g, e.sources(), sources);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("partnerships");
        for (Partnership p : c.partnerships()) {
            g.writeStartObject();
            g.writeStringField("a", actors.get(norm(p.a())));
            g.writeStringField("b", actors.get(norm(p.b())));
            g.writeStringField("level", p.level().key());
            optional(g, "officialName", p.officialName());
            g.writeStringField("from", p.from().toString());
            optional(g, "until", p.until() == null ? null : p.until().toString());
            optional(g, "note", p.note());
            citations(g, p.sources(), sources);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("trade");
        for (TradeFigure t : c.trade()) {
            g.writeStartObject();
            g.writeStringField("reporter", actors.get(norm(t.reporter())));
            g.writeStringField("partner", actors.get(norm(t.partner())));
            g.writeNumberField("year", t.year());
            g.writeStringField("flow", t.flow().key());
            g.writeNumberField("valueUsd", t.valueUsd());
            g.writeStringField("quality", t.quality().key());
            if (t.source() != null) {
                g.writeStringField("source", sources.get(norm(t.source().source())));
                optional(g, "locator", t.source().locator());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        if (!c.tradeChanges().isEmpty()) {
            // Written only when there are some: a bundle without reported changes is byte for byte what earlier versions wrote.
            g.writeArrayFieldStart("tradeChanges");
            for (org.entente.model.TradeChange t : c.tradeChanges()) {
                g.writeStartObject();
                g.writeStringField("reporter", actors.get(norm(t.reporter())));
                g.writeStringField("partner", actors.get(norm(t.partner())));
                g.writeNumberField("year", t.year());
                g.writeStringField("flow", t.flow().key());
                g.writeFieldName("changePercent");
                g.writeNumber(t.changePercent().toPlainString());
                g.writeStringField("quality", t.quality().key());
                if (t.source() != null) {
                    g.writeStringField("source", sources.get(norm(t.source().source())));
                    optional(g, "locator", t.source().locator());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        g.writeArrayFieldStart("periods");
        for (Period p : c.periods()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("when", p.when().toString());
            optional(g, "colour", p.colour());
            optional(g, "note", p.note());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("notes");
        for (BundleNote n : bundle.notes()) {
            g.writeStartObject();
            g.writeStringField("event", n.eventKey());
            g.writeStringField("text", n.text());
            strings(g, "tags", n.tags());
            optional(g, "highlight", n.highlight());
            optional(g, "created", n.created() == null ? null : n.created().toString());
            optional(g, "updated", n.updated() == null ? null : n.updated().toString());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("links");
        for (BundleLink l : bundle.links()) {
            g.writeStartObject();
            g.writeStringField("from", l.fromEvent());
            g.writeStringField("to", l.toEvent());
            g.writeStringField("kind", l.kind().key());
            g.writeEndObject();
        }
        g.writeEndArray();

        if (!bundle.stories().isEmpty()) {
            g.writeArrayFieldStart("stories");
            for (org.entente.model.Story story : bundle.stories()) {
                g.writeStartObject();
                g.writeStringField("title", story.title());
                g.writeArrayFieldStart("slides");
                for (org.entente.model.Slide slide : story.slides()) {
                    g.writeStartObject();
                    g.writeStringField("title", slide.title());
                    optional(g, "notes", slide.notes().isEmpty() ? null : slide.notes());
                    g.writeObjectFieldStart("state");
                    for (Map.Entry<String, String> e : slide.state().entrySet()) g.writeStringField(e.getKey(), e.getValue());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** Keys for every actor of the content: those listed first, then those only referred to. */
    static Map<Actor, String> actorKeys(LibraryContent c) {
        Map<Actor, String> keys = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        java.util.function.Consumer<Actor> add = a -> keys.computeIfAbsent(norm(a), x -> BundleKeys.unique(BundleKeys.actorBase(x), used));
        c.actors().forEach(add);
        for (Event e : c.events()) for (Participant p : e.participants()) add.accept(p.actor());
        for (Partnership p : c.partnerships()) {
            add.accept(p.a());
            add.accept(p.b());
        }
        for (TradeFigure t : c.trade()) {
            add.accept(t.reporter());
            add.accept(t.partner());
        }
        for (org.entente.model.TradeChange t : c.tradeChanges()) {
            add.accept(t.reporter());
            add.accept(t.partner());
        }
        return keys;
    }

    static Map<Source, String> sourceKeys(LibraryContent c) {
        Map<Source, String> keys = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        java.util.function.Consumer<Source> add = s -> keys.computeIfAbsent(norm(s), x -> BundleKeys.unique(BundleKeys.sourceBase(x), used));
        c.sources().forEach(add);
        for (Event e : c.events()) for (Citation ci : e.sources()) add.accept(ci.source());
        for (Partnership p : c.partnerships()) for (Citation ci : p.sources()) add.accept(ci.source());
        for (TradeFigure t : c.trade()) if (t.source() != null) add.accept(t.source().source());
        for (org.entente.model.TradeChange t : c.tradeChanges()) if (t.source() != null) add.accept(t.source().source());
        return keys;
    }

    // Library ids mean nothing in another library: records are matched by value without them.
    static Actor norm(Actor a) { return a.id() == 0 ? a : a.withId(0); }

    static Source norm(Source s) { return s.id() == 0 ? s : s.withId(0); }

    private static void citations(JsonGenerator g, List<Citation> citations, Map<Source, String> sources) throws IOException {
        if (citations.isEmpty()) return;
        g.writeArrayFieldStart("sources");
        for (Citation ci : citations) {
            g.writeStartObject();
            g.writeStringField("source", sources.get(norm(ci.source())));
            optional(g, "locator", ci.locator());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) return;
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) g.writeStringField(name, value);
    }
}
