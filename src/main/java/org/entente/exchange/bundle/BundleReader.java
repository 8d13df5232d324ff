package org.entente.exchange.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.entente.exchange.DateProblems;
import org.entente.exchange.ModelMessages;
import org.entente.exchange.bundle.BundleProblem.Severity;
import org.entente.i18n.I18n;
import org.entente.exchange.bundle.JsonTree.Arr;
import org.entente.exchange.bundle.JsonTree.Node;
import org.entente.exchange.bundle.JsonTree.Obj;
import org.entente.exchange.bundle.JsonTree.Val;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.LinkKind;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Reads an Entente JSON bundle (format version 1, see docs/formats.md). It never throws on bad
 * input: every problem comes back in the result with the file, line, JSON path and field, e.g.
 * {@code starter.json line 120, field "when" ($.events[3].when): "2024-13-40" is not a date: month 13}.
 * With any error the result holds no bundle; unknown fields are warnings and are skipped, so a
 * file from a later minor version still reads.
 */
public final class BundleReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(org.entente.exchange.Limits.MAX_DEPTH).build())
            .build();
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private static final Set<String> TOP = Set.of("format", "version", "title", "description", "categories", "actors",
            "sources", "events", "partnerships", "trade", "tradeChanges", "periods", "notes", "links", "stories");

    /** Problems in file order. A class rather than a lambda: lambdas cost a cold start dearly. */
    private static final class ByLine implements Comparator<BundleProblem> {
        @Override
        public int compare(BundleProblem x, BundleProblem y) { return Integer.compare(x.line(), y.line()); }
    }

    private final String file;
    private final List<BundleProblem> problems = new ArrayList<>();

    // What this reader has read so far, in the bundle's order; the records refer to earlier ones by key.
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Actor> actorList = new ArrayList<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final List<Source> sourceList = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> eventKeys = new ArrayList<>();
    private final Set<String> knownEventKeys = new LinkedHashSet<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<TradeFigure> trade = new ArrayList<>();
    private final List<org.entente.model.TradeChange> tradeChanges = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private final List<BundleNote> notes = new ArrayList<>();
    private final List<BundleLink> links = new ArrayList<>();
    private final List<org.entente.model.Story> stories = new ArrayList<>();

    private BundleReader(String file) { this.file = file; }

    /** Reads a bundle file; problems name it by its file name. */
    public static BundleReadResult read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            return failure(name, I18n.t("exchange.bundle.no-file"));
        } catch (IOException e) {
            return failure(name, I18n.t("exchange.bundle.cannot-read", e.getMessage()));
        }
    }

    /** Reads a bundle from UTF-8 bytes; {@code fileName} is how problems name the source. */
    public static BundleReadResult read(InputStream in, String fileName) {
        BundleReader r = new BundleReader(fileName);
        try (JsonParser p = FACTORY.createParser(in)) {
            return r.parse(p);
        } catch (IOException e) {
            return failure(fileName, I18n.t("exchange.bundle.cannot-read", e.getMessage()));
        }
    }

    /** Reads a bundle from JSON text. */
    public static BundleReadResult read(String json, String fileName) {
        BundleReader r = new BundleReader(fileName);
        try (JsonParser p = FACTORY.createParser(json)) {
            return r.parse(p);
        } catch (IOException e) {
            return failure(fileName, I18n.t("exchange.bundle.text-cannot-read", e.getMessage()));
        }
    }

    private static BundleReadResult failure(String file, String message) {
        return new BundleReadResult(null, List.of(new BundleProblem(file, 0, null, null, message, Severity.ERROR)));
    }

    private BundleReadResult parse(JsonParser p) {
        Node root;
        try {
            if (p.nextToken() == null) return failure(file, I18n.t("exchange.bundle.empty"));
            root = JsonTree.read(p);
            if (p.nextToken() != null)
                error(p.currentTokenLocation().getLineNr(), null, null, I18n.t("exchange.bundle.text-after"));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            error(p.currentLocation().getLineNr(), null, null, org.entente.exchange.Limits.tooDeep());
            return new BundleReadResult(null, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            String jackson = plain(e.getOriginalMessage());
            error(line, null, null, at == null || at.getColumnNr() < 1 ? I18n.t("exchange.bundle.invalid-json", jackson)
                    : I18n.t("exchange.bundle.invalid-json-at", Integer.toString(at.getColumnNr()), jackson));
            return new BundleReadResult(null, problems);
        } catch (MalformedInputException e) {
            return failure(file, I18n.t("exchange.bundle.not-utf8"));
        } catch (IOException e) {
            return failure(file, I18n.t("exchange.bundle.cannot-read", e.getMessage()));
        }
        if (!(root instanceof Obj top)) {
            error(root.line(), "$", null, I18n.t("exchange.bundle.not-an-object", "{…}", root.describe()));
            return new BundleReadResult(null, problems);
        }
        Bundle bundle = interpret(new Fields(top, null, null, -1));
        if (!problems.isEmpty()) problems.sort(new ByLine()); // file order; the sort is stable
        return new BundleReadResult(hasErrors() ? null : bundle, problems);
    }

    /** Jackson's messages, shortened to what a person can act on. */
    private static String plain(String message) {
        if (message == null) return I18n.t("exchange.bundle.unexpected-text");
        String m = message.replace("\n", " ").strip();
        int source = m.indexOf(" at [Source");
        return source > 0 ? m.substring(0, source) : m;
    }

    private Bundle interpret(Fields top) {
        top.warnUnknown(TOP);
        String format = top.string("format", true);
        if (format != null && !format.equals(Bundle.FORMAT))
            top.error("format", I18n.t("exchange.bundle.format", format, Bundle.FORMAT));
        Long version = top.integer("version", true, 1, Integer.MAX_VALUE);
        if (version != null && version > Bundle.VERSION)
            top.error("version", I18n.t("exchange.bundle.newer", version, Bundle.VERSION));
        if (hasErrors()) return null; // not a bundle we understand: its contents would only add noise
        String title = top.string("title", false);
        String description = top.string("description", false);

        for (Fields f : top.objects("categories")) readCategory(f);
        for (Fields f : top.objects("actors")) readActor(f);
        for (Fields f : top.objects("sources")) readSource(f);
        for (Fields f : top.objects("events")) readEvent(f);
        for (Fields f : top.objects("partnerships")) readPartnership(f);
        for (Fields f : top.objects("trade")) readTradeFigure(f);
        for (Fields f : top.objects("tradeChanges")) readTradeChange(f);
        for (Fields f : top.objects("periods")) readPeriod(f);
        for (Fields f : top.objects("notes")) readNote(f);
        for (Fields f : top.objects("links")) readLink(f);
        for (Fields f : top.objects("stories")) readStory(f);

        if (hasErrors()) return null;
        LibraryContent content = new LibraryContent(actorList, sourceList, events, partnerships, trade, periods, tradeChanges);
        return new Bundle(title, description, content, eventKeys, notes, links, stories);
    }

    /** Reads a category from the bundle's "categories" array into what this reader has read so far. */
    private void readCategory(Fields f) {
        f.warnUnknown(Set.of("key", "label"));
        String key = f.string("key", true);
        String label = f.string("label", false);
        if (key != null) categories.put(key.strip().toLowerCase(Locale.ROOT), new Category(key, label));
    }

    /** Reads an actor from the bundle's "actors" array into what this reader has read so far. */
    private void readActor(Fields f) {
        f.warnUnknown(Set.of("key", "name", "kind", "iso3", "colour"));
        String key = f.key(actors.keySet());
        String name = f.string("name", true);
        ActorKind kind = f.actorKind("kind");
        String iso = f.string("iso3", false);
        boolean isoOk = iso == null || ISO3.matcher(iso.strip()).matches();
        if (!isoOk) f.error("iso3", I18n.t("exchange.bundle.iso3", iso));
        String colour = f.string("colour", false);
        boolean colourOk = colour == null || HEX.matcher(colour.strip()).matches();
        if (!colourOk) f.error("colour", I18n.t("exchange.model.not-a-colour", colour));
        boolean valid = isoOk && colourOk;
        Actor a = null;
        if (valid && name != null && kind != null) {
            try {
                a = new Actor(0, name, kind, iso, colour);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (a != null && key != null) {
            actors.put(key, a);
            actorList.add(a);
        }
    }

    /** Reads a source from the bundle's "sources" array into what this reader has read so far. */
    private void readSource(Fields f) {
        f.warnUnknown(Set.of("key", "title", "publisher", "author", "date", "url", "accessed", "note"));
        String key = f.key(sources.keySet());
        String t = f.string("title", true);
        String publisher = f.string("publisher", false);
        String author = f.string("author", false);
        EventDate date = f.date("date", false);
        String url = f.string("url", false);
        LocalDate accessed = f.day("accessed");
        String note = f.string("note", false);
        Source s = null;
        if (t != null) {
            try {
                s = new Source(0, t, publisher, author, date, url, accessed, note);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (s != null && key != null) {
            sources.put(key, s);
            sourceList.add(s);
        }
    }

    /** Reads an event from the bundle's "events" array into what this reader has read so far. */
    private void readEvent(Fields f) {
        f.warnUnknown(Set.of("key", "title", "when", "category", "importance", "place", "participants", "tags",
                "summary", "sources"));
        String key = f.key(knownEventKeys);
        if (key != null) knownEventKeys.add(key);
        String t = f.string("title", true);
        DateRange when = f.range("when");
        String categoryKey = f.string("category", false);
        Category category = categoryKey == null ? Category.OTHER
                : categories.getOrDefault(categoryKey.strip().toLowerCase(Locale.ROOT), Category.of(categoryKey));
        Long importance = f.integer("importance", false, Event.MIN_IMPORTANCE, Event.MAX_IMPORTANCE);
        String place = f.string("place", false);
        List<Participant> participants = new ArrayList<>();
        for (Fields pf : f.objects("participants")) {
            pf.warnUnknown(Set.of("actor", "role"));
            Actor a = pf.ref("actor", true, actors, "actors");
            String role = pf.string("role", false);
            if (a != null) participants.add(new Participant(a, role));
        }
        List<String> tags = f.strings("tags");
        String summary = f.string("summary", false);
        List<Citation> cites = citations(f, sources);
        Event event = null;
        if (t != null && when != null) {
            try {
                event = new Event(0, t, when, category, participants, place, summary,
                        importance == null ? 3 : importance.intValue(), tags, cites);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (event != null && key != null) {
            events.add(event);
            eventKeys.add(key);
        }
    }

    /** Reads a partnership spell from the bundle's "partnerships" array into what this reader has read so far. */
    private void readPartnership(Fields f) {
        f.warnUnknown(Set.of("a", "b", "level", "officialName", "from", "until", "note", "sources"));
        Actor a = f.ref("a", true, actors, "actors");
        Actor b = f.ref("b", true, actors, "actors");
        PartnershipLevel level = f.level("level");
        String officialName = f.string("officialName", false);
        EventDate from = f.date("from", true);
        EventDate until = f.date("until", false);
        String note = f.string("note", false);
        List<Citation> cites = citations(f, sources);
        Partnership p = null;
        if (a != null && b != null && level != null && from != null) {
            try {
                p = new Partnership(0, a, b, level, officialName, from, until, cites, note);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (p != null) partnerships.add(p);
    }

    /** Reads a trade figure from the bundle's "trade" array into what this reader has read so far. */
    private void readTradeFigure(Fields f) {
        f.warnUnknown(Set.of("reporter", "partner", "year", "flow", "valueUsd", "quality", "source", "locator"));
        Actor reporter = f.ref("reporter", true, actors, "actors");
        Actor partner = f.ref("partner", true, actors, "actors");
        Long year = f.integer("year", true, 1, 9999);
        TradeFlow flow = f.flow("flow");
        Long value = f.integer("valueUsd", true, 0, Long.MAX_VALUE);
        DataQuality quality = f.quality("quality");
        Source source = f.ref("source", false, sources, "sources");
        String locator = f.string("locator", false);
        if (locator != null && source == null && f.node("source") == null)
            f.error("locator", I18n.t("exchange.bundle.locator"));
        TradeFigure t = null;
        if (reporter != null && partner != null && year != null && flow != null && value != null) {
            try {
                t = new TradeFigure(0, reporter, partner, year.intValue(), flow, value,
                        quality == null ? DataQuality.REPORTED : quality, source == null ? null : new Citation(source, locator));
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (t != null) trade.add(t);
    }

    /** Reads a reported change of trade from the bundle's "tradeChanges" array ({@code changePercent} a JSON number, read exactly). */
    private void readTradeChange(Fields f) {
        f.warnUnknown(Set.of("reporter", "partner", "year", "flow", "changePercent", "quality", "source", "locator"));
        Actor reporter = f.ref("reporter", true, actors, "actors");
        Actor partner = f.ref("partner", true, actors, "actors");
        Long year = f.integer("year", true, 1, 9999);
        TradeFlow flow = f.flow("flow");
        java.math.BigDecimal percent = f.decimal("changePercent");
        DataQuality quality = f.quality("quality");
        Source source = f.ref("source", false, sources, "sources");
        String locator = f.string("locator", false);
        if (locator != null && source == null && f.node("source") == null)
            f.error("locator", I18n.t("exchange.bundle.locator"));
        if (reporter != null && partner != null && year != null && flow != null && percent != null) {
            try {
                tradeChanges.add(new org.entente.model.TradeChange(0, reporter, partner, year.intValue(), flow, percent,
                        quality == null ? DataQuality.REPORTED : quality, source == null ? null : new Citation(source, locator)));
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
    }

    /** Reads a period from the bundle's "periods" array into what this reader has read so far. */
    private void readPeriod(Fields f) {
        f.warnUnknown(Set.of("name", "when", "colour", "note"));
        String name = f.string("name", true);
        DateRange when = f.range("when");
        String colour = f.string("colour", false);
        boolean colourOk = colour == null || HEX.matcher(colour.strip()).matches();
        if (!colourOk) f.error("colour", I18n.t("exchange.model.not-a-colour", colour));
        String note = f.string("note", false);
        Period p = null;
        if (colourOk && name != null && when != null) {
            try {
                p = new Period(0, name, when, colour, note);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (p != null) periods.add(p);
    }

    /** Reads a note on an event from the bundle's "notes" array into what this reader has read so far. */
    private void readNote(Fields f) {
        f.warnUnknown(Set.of("event", "text", "tags", "highlight", "created", "updated"));
        String event = f.eventRef("event", knownEventKeys);
        String text = f.string("text", true);
        List<String> tags = f.strings("tags");
        String highlight = f.string("highlight", false);
        if (highlight != null && !HEX.matcher(highlight.strip()).matches())
            f.error("highlight", I18n.t("exchange.bundle.highlight", highlight));
        Instant created = f.instant("created");
        Instant updated = f.instant("updated");
        BundleNote n = null;
        if (event != null && text != null) {
            try {
                n = new BundleNote(event, text, tags, highlight, created, updated);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (n != null) notes.add(n);
    }

    /** Reads a link between two events from the bundle's "links" array into what this reader has read so far. */
    private void readLink(Fields f) {
        f.warnUnknown(Set.of("from", "to", "kind"));
        String from = f.eventRef("from", knownEventKeys);
        String to = f.eventRef("to", knownEventKeys);
        LinkKind kind = f.linkKind("kind");
        BundleLink l = null;
        if (from != null && to != null && kind != null) {
            try {
                l = new BundleLink(from, to, kind);
            } catch (IllegalArgumentException e) {
                f.objectError(ModelMessages.of(e));
            }
        }
        if (l != null) links.add(l);
    }

    /**
     * Reads a story from the bundle's "stories" array: its slides in order, each slide's state an
     * object of text fields (the views' business; a selected event must be one of the bundle's).
     */
    private void readStory(Fields f) {
        f.warnUnknown(Set.of("title", "slides"));
        String title = f.string("title", true);
        List<org.entente.model.Slide> slides = new ArrayList<>();
        for (Fields sf : f.objects("slides")) {
            sf.warnUnknown(Set.of("title", "notes", "state"));
            String slideTitle = sf.string("title", true);
            String slideNotes = sf.string("notes", false);
            Map<String, String> state = new java.util.TreeMap<>();
            Node n = sf.node("state");
            if (n != null && !(n instanceof Obj)) sf.error("state", I18n.t("exchange.bundle.state", "{…}", n.describe()));
            if (n instanceof Obj o) {
                Fields state0 = new Fields(o, sf, "state", -1);
                for (String name : o.fields().keySet()) {
                    String value = name.equals(Bundle.SELECTION_FIELD) ? state0.eventRef(name, knownEventKeys) : state0.string(name, false);
                    if (value != null) state.put(name, value);
                }
            }
            slides.add(new org.entente.model.Slide(0, slideTitle, slideNotes, state));
        }
        if (title != null) stories.add(new org.entente.model.Story(0, title, slides));
    }

    private List<Citation> citations(Fields f, Map<String, Source> sources) {
        List<Citation> out = new ArrayList<>();
        for (Fields cf : f.objects("sources")) {
            cf.warnUnknown(Set.of("source", "locator"));
            Source s = cf.ref("source", true, sources, "sources");
            String locator = cf.string("locator", false);
            if (s != null) out.add(new Citation(s, locator));
        }
        return out;
    }

    private boolean hasErrors() {
        for (BundleProblem p : problems) if (p.isError()) return true;
        return false;
    }

    private void error(int line, String path, String field, String message) {
        problems.add(new BundleProblem(file, line, path, field, message, Severity.ERROR));
    }

    /**
     * One JSON object being read. Its JSON path ({@code $.events[3]}) is only spelled out when a
     * problem needs it: building it for every record would cost more than reading the record.
     */
    private final class Fields {
        final Obj obj;
        final Fields parent;
        final String field;
        final int index;

        Fields(Obj obj, Fields parent, String field, int index) {
            this.obj = obj;
            this.parent = parent;
            this.field = field;
            this.index = index;
            for (String d : obj.duplicates()) error(d, I18n.t("exchange.bundle.twice"));
        }

        String path() {
            if (parent == null) return "$";
            StringBuilder sb = new StringBuilder(parent.path()).append('.').append(field);
            if (index >= 0) sb.append('[').append(index).append(']');
            return sb.toString();
        }

        Node node(String name) {
            Node n = obj.fields().get(name);
            return n instanceof Val v && v.isNull() ? null : n;
        }

        void error(String field, String message) {
            Node n = obj.fields().get(field);
            BundleReader.this.error(n != null ? n.line() : obj.line(), path() + "." + field, field, message);
        }

        void warnUnknown(Set<String> known) {
            for (Map.Entry<String, Node> e : obj.fields().entrySet())
                if (!known.contains(e.getKey()))
                    problems.add(new BundleProblem(file, e.getValue().line(), path() + "." + e.getKey(), e.getKey(),
                            I18n.t("exchange.bundle.unknown-field"), Severity.WARNING));
        }

        private void missing(String field) { error(field, I18n.t("exchange.bundle.missing")); }

        String string(String field, boolean required) {
            Node n = node(field);
            if (n == null) {
                if (required) missing(field);
                return null;
            }
            if (n instanceof Val v && v.token() == JsonToken.VALUE_STRING) {
                if (required && v.text().isBlank()) {
                    error(field, I18n.t("exchange.bundle.empty-field"));
                    return null;
                }
                return v.text();
            }
            error(field, I18n.t("exchange.bundle.expected-string", n.describe()));
            return null;
        }

        Long integer(String field, boolean required, long min, long max) {
            Node n = node(field);
            if (n == null) {
                if (required) missing(field);
                return null;
            }
            if (n instanceof Val v && v.token() == JsonToken.VALUE_NUMBER_INT) {
                long value;
                try {
                    value = Long.parseLong(v.text());
                } catch (NumberFormatException e) {
                    error(field, I18n.t("exchange.bundle.too-large", v.text()));
                    return null;
                }
                if (value < min || value > max) {
                    error(field, I18n.t("exchange.bundle.not-between", Long.toString(value), Long.toString(min), Long.toString(max)));
                    return null;
                }
                return value;
            }
            if (n instanceof Val v && v.token() == JsonToken.VALUE_NUMBER_FLOAT) {
                error(field, I18n.t("exchange.bundle.not-whole", v.text()));
                return null;
            }
            error(field, I18n.t("exchange.bundle.expected-whole", n.describe()));
            return null;
        }

        /** A required number with or without decimals, exactly as written (2.3 stays 2.3). */
        java.math.BigDecimal decimal(String field) {
            Node n = node(field);
            if (n == null) {
                missing(field);
                return null;
            }
            if (n instanceof Val v && (v.token() == JsonToken.VALUE_NUMBER_INT || v.token() == JsonToken.VALUE_NUMBER_FLOAT)) {
                try {
                    return new java.math.BigDecimal(v.text());
                } catch (NumberFormatException e) {
                    error(field, I18n.t("exchange.bundle.too-large", v.text()));
                    return null;
                }
            }
            error(field, I18n.t("exchange.bundle.expected-number", n.describe()));
            return null;
        }

        EventDate date(String field, boolean required) {
            String s = string(field, required);
            if (s == null) return null;
            try {
                return EventDate.parse(s);
            } catch (IllegalArgumentException e) {
                error(field, DateProblems.message(e));
                return null;
            }
        }

        DateRange range(String field) {
            String s = string(field, true);
            if (s == null) return null;
            try {
                return DateRange.parse(s);
            } catch (IllegalArgumentException e) {
                error(field, DateProblems.message(e));
                return null;
            }
        }

        LocalDate day(String field) {
            String s = string(field, false);
            if (s == null) return null;
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                error(field, I18n.t("exchange.bundle.not-a-day", s));
                return null;
            }
        }

        Instant instant(String field) {
            String s = string(field, false);
            if (s == null) return null;
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeParseException e) {
                error(field, I18n.t("exchange.bundle.not-a-time", s));
                return null;
            }
        }

        /**
         * A word of one of the model's vocabularies, read by {@code parse}; when it is not one,
         * the problem says what the field should hold ({@code expected}, or the parser's own message).
         */
        private <E> E vocabulary(String field, boolean required, java.util.function.Function<String, E> parse, String expected) {
            String s = string(field, required);
            if (s == null) return null;
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                error(field, expected == null ? ModelMessages.of(e) : I18n.t("exchange.bundle.not-a", s, expected));
                return null;
            }
        }

        ActorKind actorKind(String field) {
            return vocabulary(field, true, s -> ActorKind.valueOf(s.strip().toUpperCase(Locale.ROOT)),
                    I18n.t("exchange.bundle.actor-kind"));
        }

        PartnershipLevel level(String field) { return vocabulary(field, true, PartnershipLevel::of, null); }

        TradeFlow flow(String field) { return vocabulary(field, true, TradeFlow::of, I18n.t("exchange.bundle.flow")); }

        DataQuality quality(String field) {
            return vocabulary(field, false, DataQuality::of, I18n.t("exchange.bundle.quality"));
        }

        LinkKind linkKind(String field) {
            return vocabulary(field, true, LinkKind::of, I18n.t("exchange.bundle.link-kind"));
        }

        List<String> strings(String field) {
            Node n = node(field);
            if (n == null) return List.of();
            if (!(n instanceof Arr a)) {
                error(field, I18n.t("exchange.bundle.expected-strings", n.describe()));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) {
                Node item = a.items().get(i);
                if (item instanceof Val v && v.token() == JsonToken.VALUE_STRING && !v.text().isBlank()) out.add(v.text().strip());
                else BundleReader.this.error(item.line(), path() + "." + field + "[" + i + "]", field,
                        I18n.t("exchange.bundle.expected-non-empty", item.describe()));
            }
            return out;
        }

        /** The objects of a list field; other items are reported. */
        List<Fields> objects(String field) {
            Node n = node(field);
            if (n == null) return List.of();
            if (!(n instanceof Arr a)) {
                error(field, I18n.t("exchange.bundle.expected-list", n.describe()));
                return List.of();
            }
            List<Fields> out = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) {
                Node item = a.items().get(i);
                if (item instanceof Obj o) out.add(new Fields(o, this, field, i));
                else BundleReader.this.error(item.line(), path() + "." + field + "[" + i + "]", field,
                        I18n.t("exchange.bundle.expected-object", "{…}", item.describe()));
            }
            return out;
        }

        /** The record's own key: required, unique among {@code used}. */
        String key(Set<String> used) {
            String key = string("key", true);
            if (key == null) return null;
            key = key.strip();
            if (used.contains(key)) {
                error("key", I18n.t("exchange.bundle.key-twice", key));
                return null;
            }
            return key;
        }

        <T> T ref(String field, boolean required, Map<String, T> known, String listName) {
            String key = string(field, required);
            if (key == null) return null;
            T value = known.get(key.strip());
            if (value == null) error(field, I18n.t("exchange.bundle.no-record", key, listName));
            return value;
        }

        String eventRef(String field, Set<String> known) {
            String key = string(field, true);
            if (key == null) return null;
            if (!known.contains(key.strip())) {
                error(field, I18n.t("exchange.bundle.no-event", key));
                return null;
            }
            return key.strip();
        }

        /** A problem with the record as a whole (the model refused it), at the object's line. */
        void objectError(String message) {
            BundleReader.this.error(obj.line(), path(), null, message);
        }
    }
}
