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
import org.entente.model.DataQuality;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

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
        if (!custom.isEmpty()) objects(g, "categories", custom.values(), cat -> {
            g.writeStringField("key", cat.key());
            g.writeStringField("label", cat.label());
        });

        objects(g, "actors", actors.entrySet(), en -> {
            Actor a = en.getKey();
            g.writeStringField("key", en.getValue());
            g.writeStringField("name", a.name());
            g.writeStringField("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            optional(g, "iso3", a.isoCode());
            optional(g, "colour", a.colour());
        });

        objects(g, "sources", sources.entrySet(), en -> {
            Source s = en.getKey();
            g.writeStringField("key", en.getValue());
            g.writeStringField("title", s.title());
            optional(g, "publisher", s.publisher());
            optional(g, "author", s.author());
            optional(g, "date", s.date());
            optional(g, "url", s.url());
            optional(g, "accessed", s.accessed());
            optional(g, "note", s.note());
        });

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
            if (!e.participants().isEmpty()) objects(g, "participants", e.participants(), p -> {
                g.writeStringField("actor", actors.get(norm(p.actor())));
                optional(g, "role", p.role());
            });
            strings(g, "tags", e.tags());
            optional(g, "summary", e.summary());
            citations(g, e.sources(), sources);
            g.writeEndObject();
        }
        g.writeEndArray();

        objects(g, "partnerships", c.partnerships(), p -> {
            g.writeStringField("a", actors.get(norm(p.a())));
            g.writeStringField("b", actors.get(norm(p.b())));
            g.writeStringField("level", p.level().key());
            optional(g, "officialName", p.officialName());
            g.writeStringField("from", p.from().toString());
            optional(g, "until", p.until());
            optional(g, "note", p.note());
            citations(g, p.sources(), sources);
        });

        objects(g, "trade", c.trade(), t -> {
            tradeKey(g, actors, t.reporter(), t.partner(), t.year(), t.flow());
            g.writeNumberField("valueUsd", t.valueUsd());
            tradeQuality(g, sources, t.quality(), t.source());
        });

        // Written only when there are some: a bundle without reported changes is byte for byte what earlier versions wrote.
        if (!c.tradeChanges().isEmpty()) objects(g, "tradeChanges", c.tradeChanges(), t -> {
            tradeKey(g, actors, t.reporter(), t.partner(), t.year(), t.flow());
            g.writeFieldName("changePercent");
            g.writeNumber(t.changePercent().toPlainString());
            tradeQuality(g, sources, t.quality(), t.source());
        });

        objects(g, "periods", c.periods(), p -> {
            g.writeStringField("name", p.name());
            g.writeStringField("when", p.when().toString());
            optional(g, "colour", p.colour());
            optional(g, "note", p.note());
        });

        objects(g, "notes", bundle.notes(), n -> {
            g.writeStringField("event", n.eventKey());
            g.writeStringField("text", n.text());
            strings(g, "tags", n.tags());
            optional(g, "highlight", n.highlight());
            optional(g, "created", n.created());
            optional(g, "updated", n.updated());
        });

        objects(g, "links", bundle.links(), l -> {
            g.writeStringField("from", l.fromEvent());
            g.writeStringField("to", l.toEvent());
            g.writeStringField("kind", l.kind().key());
        });

        if (!bundle.stories().isEmpty()) objects(g, "stories", bundle.stories(), story -> {
            g.writeStringField("title", story.title());
            objects(g, "slides", story.slides(), slide -> {
                g.writeStringField("title", slide.title());
                optional(g, "notes", slide.notes().isEmpty() ? null : slide.notes());
                g.writeObjectFieldStart("state");
                for (Map.Entry<String, String> e : slide.state().entrySet()) g.writeStringField(e.getKey(), e.getValue());
                g.writeEndObject();
            });
        });

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
        objects(g, "sources", citations, ci -> citation(g, sources, ci));
    }

    private static void citation(JsonGenerator g, Map<Source, String> sources, Citation ci) throws IOException {
        g.writeStringField("source", sources.get(norm(ci.source())));
        optional(g, "locator", ci.locator());
    }

    /** What names a trade figure or a reported change of trade: who reports trade with whom, the year and the flow. */
    private static void tradeKey(JsonGenerator g, Map<Actor, String> actors, Actor reporter, Actor partner, int year, TradeFlow flow)
            throws IOException {
        g.writeStringField("reporter", actors.get(norm(reporter)));
        g.writeStringField("partner", actors.get(norm(partner)));
        g.writeNumberField("year", year);
        g.writeStringField("flow", flow.key());
    }

    /** The quality of a trade figure or reported change, and the source it is read from, if any. */
    private static void tradeQuality(JsonGenerator g, Map<Source, String> sources, DataQuality quality, Citation source)
            throws IOException {
        g.writeStringField("quality", quality.key());
        if (source != null) citation(g, sources, source);
    }

    /** What writes one object's fields, between the braces {@link #objects} puts around them. */
    @FunctionalInterface
    private interface ObjectFields<T> {
        void write(T item) throws IOException;
    }

    /** A field holding an array of objects, one for each of {@code items}. */
    private static <T> void objects(JsonGenerator g, String name, Iterable<? extends T> items, ObjectFields<T> fields)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            g.writeStartObject();
            fields.write(item);
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

    /** A text field, left out when {@code value} is null; dates and times as their ISO text. */
    private static void optional(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) g.writeStringField(name, value.toString());
    }
}
