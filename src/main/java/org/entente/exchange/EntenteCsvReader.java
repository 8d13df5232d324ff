package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.DateParseException;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Reads Entente CSV files. One reader instance reads a set of files that refer to each other:
 * actors and sources first (events name actors and cite sources by key), then events,
 * partnerships and trade. Events can be streamed row by row ({@link #readEvents}) so that a
 * million-row file is never held in memory.
 */
public final class EntenteCsvReader {
    private final Map<String, Actor> actorsByName = new LinkedHashMap<>();
    private final Map<String, Source> sourcesByKey = new LinkedHashMap<>();
    private final Set<String> reportedUnknownActors = new HashSet<>();
    private final List<Actor> addedActors = new ArrayList<>();
    private Consumer<Actor> newActorSink = a -> {};

    /** Reads the Entente CSV {@code files}; sibling actors.csv and sources.csv are read too, for the references. */
    public static ImportResult read(List<Path> files) {
        List<Actor> actors = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Partnership> partnerships = new ArrayList<>();
        List<TradeFigure> trade = new ArrayList<>();
        List<org.entente.model.TradeChange> changes = new ArrayList<>();
        Problems problems = new Problems();
        stream(files, new ContentSink() {
            @Override public void actor(Actor a) { actors.add(a); }
            @Override public void source(Source s) { sources.add(s); }
            @Override public void event(Event e) { events.add(e); }
            @Override public void partnership(Partnership p) { partnerships.add(p); }
            @Override public void trade(TradeFigure t) { trade.add(t); }
            @Override public void tradeChange(org.entente.model.TradeChange t) { changes.add(t); }
        }, problems);
        return new ImportResult(FORMAT, new LibraryContent(actors, sources, events, partnerships, trade, null, changes), problems.list());
    }

    public static final String FORMAT = "Entente CSV";

    /**
     * Streams the Entente CSV {@code files} (and sibling actors.csv and sources.csv, which the
     * others refer to) into {@code sink}, row by row. Actors created for names that actors.csv
     * lacks are handed to the sink as they are met, before the row that names them.
     */
    public static void stream(List<Path> files, ContentSink sink, Problems problems) {
        EntenteCsvReader reader = new EntenteCsvReader();
        reader.newActorSink = sink::actor;
        Set<Path> all = new java.util.LinkedHashSet<>();
        for (Path f : files) {
            Path dir = f.toAbsolutePath().getParent();
            if (dir != null) {
                for (String lookup : List.of(EntenteCsv.ACTORS, EntenteCsv.SOURCES)) {
                    Path p = dir.resolve(lookup);
                    if (Files.isRegularFile(p)) all.add(p);
                }
            }
        }
        for (Path f : files) all.add(f.toAbsolutePath());
        // Lookups first: events name actors and cite sources.
        List<Path> ordered = new ArrayList<>(all);
        ordered.sort(java.util.Comparator.comparingInt(p -> {
            int i = EntenteCsv.FILES.indexOf(p.getFileName().toString().toLowerCase(Locale.ROOT));
            return i < 0 ? 99 : i;
        }));
        for (Path f : ordered) {
            String name = f.getFileName().toString();
            try (InputStream in = Files.newInputStream(f); Reader r = CsvInput.utf8(in)) {
                switch (name.toLowerCase(Locale.ROOT)) {
                    case EntenteCsv.ACTORS -> reader.readActors(r, name, problems).forEach(sink::actor);
                    case EntenteCsv.SOURCES -> reader.readSources(r, name, problems).forEach(sink::source);
                    case EntenteCsv.EVENTS -> reader.readEvents(r, name, problems, sink::event);
                    case EntenteCsv.PARTNERSHIPS -> reader.readPartnerships(r, name, problems, sink::partnership);
                    case EntenteCsv.TRADE -> reader.readTrade(r, name, problems, sink::trade, sink::tradeChange);
                    default -> problems.add(Problem.fileError(name, I18n.t("exchange.entente-csv.not-one-of", EntenteCsv.FILES.toString())));
                }
            } catch (IOException e) {
                problems.add(CsvInput.ioProblem(name, 0, e));
            }
        }
    }

    /**
     * A reader that knows the actors and sources of the folder(s) of {@code files}
     * (actors.csv and sources.csv), ready to pull events with {@link #events}.
     */
    public static EntenteCsvReader withLookups(List<Path> files, Problems problems) {
        EntenteCsvReader reader = new EntenteCsvReader();
        Set<Path> lookups = new java.util.LinkedHashSet<>();
        for (String lookup : List.of(EntenteCsv.ACTORS, EntenteCsv.SOURCES)) {
            for (Path f : files) {
                Path dir = f.toAbsolutePath().getParent();
                if (dir != null && Files.isRegularFile(dir.resolve(lookup))) lookups.add(dir.resolve(lookup));
            }
        }
        for (Path f : lookups) {
            String name = f.getFileName().toString();
            try (InputStream in = Files.newInputStream(f); Reader r = CsvInput.utf8(in)) {
                if (name.equalsIgnoreCase(EntenteCsv.ACTORS)) reader.readActors(r, name, problems);
                else reader.readSources(r, name, problems);
            } catch (IOException e) {
                problems.add(CsvInput.ioProblem(name, 0, e));
            }
        }
        return reader;
    }

    /**
     * The events of an events.csv, pulled one at a time (for the store's bulk path); rows with
     * problems are skipped and reported to {@code problems}. Close the cursor when done.
     */
    public EventCursor events(Reader in, String file, Problems problems) {
        return new EventCursor(CsvInput.open(in, file, List.of("title", "start"), EntenteCsv.EVENT_COLUMNS, problems), file, problems);
    }

    /** Events pulled from events.csv. */
    public final class EventCursor extends LookAheadIterator<Event> implements AutoCloseable {
        private final CsvInput.Cursor rows;
        private final String file;
        private final Problems problems;

        private EventCursor(CsvInput.Cursor rows, String file, Problems problems) {
            this.rows = rows;
            this.file = file;
            this.problems = problems;
        }

        @Override
        protected Event findNext() {
            while (rows.hasNext()) {
                Event e = event(rows.next(), file, problems);
                if (e != null) return e;
            }
            return null;
        }

        @Override
        public void close() { rows.close(); }
    }

    public List<Actor> readActors(Reader in, String file, Problems problems) {
        List<Actor> out = new ArrayList<>();
        CsvInput.read(in, file, List.of("name", "kind"), EntenteCsv.ACTOR_COLUMNS, problems, row -> {
            try {
                ActorKind kind = parseKind(row.get("kind"));
                Actor a = new Actor(0, row.get("name"), kind, row.get("iso3"), row.get("colour"));
                actorsByName.put(a.name(), a);
                out.add(a);
            } catch (IllegalArgumentException e) {
                problems.error(file, row.line(), columnFor(e, "name"), ModelMessages.of(e));
            }
        });
        return out;
    }

    private static ActorKind parseKind(String kind) {
        if (kind == null) throw new IllegalArgumentException(I18n.t("exchange.entente-csv.kind-empty"));
        try {
            return ActorKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(I18n.t("exchange.entente-csv.kind-unknown", kind));
        }
    }

    public List<Source> readSources(Reader in, String file, Problems problems) {
        List<Source> out = new ArrayList<>();
        CsvInput.read(in, file, List.of("key", "title"), EntenteCsv.SOURCE_COLUMNS, problems, row -> {
            String key = row.get("key");
            if (key == null) {
                problems.error(file, row.line(), "key", I18n.t("exchange.entente-csv.key-empty"));
                return;
            }
            EventDate date;
            LocalDate accessed;
            try {
                date = row.get("date") == null ? null : EventDate.parse(row.get("date"));
            } catch (DateParseException e) {
                problems.error(file, row.line(), "date", DateProblems.message(e));
                return;
            }
            try {
                accessed = row.get("accessed") == null ? null : LocalDate.parse(row.get("accessed"));
            } catch (DateTimeParseException e) {
                problems.error(file, row.line(), "accessed", I18n.t("exchange.entente-csv.accessed", row.get("accessed")));
                return;
            }
            try {
                Source s = new Source(0, row.get("title"), row.get("publisher"), row.get("author"), date, row.get("url"), accessed, row.get("note"));
                if (sourcesByKey.put(key, s) != null) problems.error(file, row.line(), "key", I18n.t("exchange.entente-csv.key-twice", key));
                out.add(s);
            } catch (IllegalArgumentException e) {
                problems.error(file, row.line(), "title", ModelMessages.of(e));
            }
        });
        return out;
    }

    /** Streams the events of {@code in} to {@code sink}; returns the number of good rows. */
    public long readEvents(Reader in, String file, Problems problems, Consumer<Event> sink) {
        long[] count = {0};
        CsvInput.read(in, file, List.of("title", "start"), EntenteCsv.EVENT_COLUMNS, problems, row -> {
            Event e = event(row, file, problems);
            if (e != null) {
                sink.accept(e);
                count[0]++;
            }
        });
        return count[0];
    }

    private Event event(CsvInput.Row row, String file, Problems problems) {
        long line = row.line();
        String title = row.get("title");
        if (title == null) {
            problems.error(file, line, "title", I18n.t("exchange.entente-csv.title-empty"));
            return null;
        }
        EventDate start;
        try {
            String s = row.get("start");
            if (s == null) {
                problems.error(file, line, "start", I18n.t("exchange.entente-csv.start-empty"));
                return null;
            }
            start = EventDate.parse(s);
        } catch (DateParseException e) {
            problems.error(file, line, "start", DateProblems.message(e));
            return null;
        }
        DateRange when;
        String endText = row.get("end");
        try {
            if (endText == null) when = DateRange.of(start);
            else if (endText.equals(EntenteCsv.ONGOING)) when = DateRange.ongoingFrom(start);
            else when = DateRange.of(start, EventDate.parse(endText));
        } catch (IllegalArgumentException e) {
            problems.error(file, line, "end", DateProblems.message(e));
            return null;
        }
        int importance = 3;
        String imp = row.get("importance");
        if (imp != null) {
            try {
                importance = Integer.parseInt(imp);
            } catch (NumberFormatException e) {
                importance = -1;
            }
            if (importance < Event.MIN_IMPORTANCE || importance > Event.MAX_IMPORTANCE) {
                problems.error(file, line, "importance", I18n.t("exchange.entente-csv.importance", imp));
                return null;
            }
        }
        List<String> names = EntenteCsv.split(row.get("participants"));
        List<String> roles = EntenteCsv.split(row.get("roles"));
        if (roles.size() > names.size()) {
            problems.error(file, line, "roles", I18n.t("exchange.entente-csv.roles", roles.size(), names.size()));
            return null;
        }
        List<Participant> participants = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) continue;
            Actor a = actor(names.get(i), file, line, "participants", problems);
            participants.add(new Participant(a, i < roles.size() ? roles.get(i) : null));
        }
        List<Citation> citations = citations(row.get("sources"), file, line, "sources", problems);
        if (citations == null) return null;
        List<String> tags = EntenteCsv.split(row.get("tags")).stream().filter(t -> !t.isEmpty()).toList();
        String cat = row.get("category");
        try {
            return new Event(0, title, when, cat == null ? Category.OTHER : EntenteCsv.category(cat), participants, row.get("place"),
                    row.get("summary"), importance, tags, citations);
        } catch (IllegalArgumentException e) {
            problems.error(file, line, null, ModelMessages.of(e));
            return null;
        }
    }

    /** An actor named in a cell: from actors.csv, else a country known by name or code, else a new organisation. */
    Actor actor(String name, String file, long line, String field, Problems problems) {
        Actor known = actorsByName.get(name);
        if (known != null) return known;
        var iso = Countries.iso3(name);
        Actor a;
        if (iso.isPresent()) {
            // "VNM" in a cell means Vietnam: name the actor, not the code.
            String display = name.length() <= 3 ? Countries.name(iso.get()).orElse(name) : name;
            a = new Actor(0, display, ActorKind.COUNTRY, iso.get(), null);
        } else {
            a = new Actor(0, name, ActorKind.ORGANISATION, null, null);
            if (reportedUnknownActors.add(name))
                problems.warning(file, line, field, I18n.t("exchange.entente-csv.unknown-actor", name));
        }
        actorsByName.put(name, a);
        if (!a.name().equals(name)) actorsByName.put(a.name(), a);
        addedActors.add(a);
        newActorSink.accept(a);
        return a;
    }

    /** Citations from a cell of source keys ({@code S1|S2[p. 4]}) or URLs; null after an error. */
    private List<Citation> citations(String cell, String file, long line, String field, Problems problems) {
        List<Citation> out = new ArrayList<>();
        for (String ref : EntenteCsv.split(cell)) {
            if (ref.isEmpty()) continue;
            String locator = null;
            if (ref.endsWith("]") && ref.indexOf('[') > 0) {
                locator = ref.substring(ref.indexOf('[') + 1, ref.length() - 1);
                ref = ref.substring(0, ref.indexOf('[')).strip();
            }
            Source s = sourcesByKey.get(ref);
            if (s == null && (ref.startsWith("http://") || ref.startsWith("https://"))) {
                s = new Source(0, ref, null, null, null, ref, null, null);
                sourcesByKey.put(ref, s);
            }
            if (s == null) {
                problems.error(file, line, field, I18n.t("exchange.entente-csv.no-source", ref));
                return null;
            }
            out.add(new Citation(s, locator));
        }
        return out;
    }

    public long readPartnerships(Reader in, String file, Problems problems, Consumer<Partnership> sink) {
        long[] count = {0};
        CsvInput.read(in, file, List.of("a", "b", "level", "from"), EntenteCsv.PARTNERSHIP_COLUMNS, problems, row -> {
            long line = row.line();
            if (row.get("a") == null || row.get("b") == null) {
                problems.error(file, line, row.get("a") == null ? "a" : "b", I18n.t("exchange.entente-csv.partnership-sides"));
                return;
            }
            PartnershipLevel level;
            try {
                level = row.get("level") == null ? null : PartnershipLevel.of(row.get("level"));
            } catch (IllegalArgumentException e) {
                problems.error(file, line, "level", ModelMessages.of(e));
                return;
            }
            if (level == null) {
                problems.error(file, line, "level", I18n.t("exchange.entente-csv.level-empty"));
                return;
            }
            EventDate from, until;
            try {
                from = EventDate.parse(row.get("from"));
            } catch (DateParseException e) {
                problems.error(file, line, "from", DateProblems.message(e));
                return;
            }
            try {
                String u = row.get("until");
                until = u == null || u.equals(EntenteCsv.ONGOING) ? null : EventDate.parse(u);
            } catch (DateParseException e) {
                problems.error(file, line, "until", DateProblems.message(e));
                return;
            }
            List<Citation> citations = citations(row.get("sources"), file, line, "sources", problems);
            if (citations == null) return;
            try {
                Actor a = actor(row.get("a"), file, line, "a", problems);
                Actor b = actor(row.get("b"), file, line, "b", problems);
                sink.accept(new Partnership(0, a, b, level, row.get("official_name"), from, until, citations, row.get("note")));
                count[0]++;
            } catch (IllegalArgumentException e) {
                problems.error(file, line, null, ModelMessages.of(e));
            }
        });
        return count[0];
    }

    /**
     * Reads trade.csv: a row with {@code value_usd} is a level, a row with {@code change_percent}
     * (and an empty {@code value_usd}) a reported change of trade; never both in one row.
     */
    public long readTrade(Reader in, String file, Problems problems, Consumer<TradeFigure> sink,
                          Consumer<org.entente.model.TradeChange> changes) {
        long[] count = {0};
        CsvInput.read(in, file, List.of("reporter", "partner", "year", "flow", "value_usd"), EntenteCsv.TRADE_COLUMNS, problems, row -> {
            long line = row.line();
            String percentCell = row.columns().containsKey("change_percent") ? row.get("change_percent") : null;
            if (percentCell != null && row.get("value_usd") != null) {
                problems.error(file, line, "change_percent", I18n.t("exchange.change.both"));
                return;
            }
            for (String col : percentCell != null ? List.of("reporter", "partner", "year", "flow") : List.of("reporter", "partner", "year", "flow", "value_usd")) {
                if (row.get(col) == null) {
                    problems.error(file, line, col, I18n.t("exchange.entente-csv.cell-empty", col));
                    return;
                }
            }
            Integer year = parsed(row.get("year"), Integer::parseInt, file, line, "year", "exchange.entente-csv.not-a-year", problems);
            if (year == null) return;
            TradeFlow flow = parsed(row.get("flow"), TradeFlow::of, file, line, "flow", "exchange.entente-csv.flow", problems);
            if (flow == null) return;
            java.math.BigDecimal percent = null;
            if (percentCell != null) {
                percent = parsed(percentCell, ChangePercent::parse, file, line, "change_percent", null, problems);
                if (percent == null) return;
            }
            Long value = percent != null ? Long.valueOf(0)
                    : parsed(row.get("value_usd"), Long::parseLong, file, line, "value_usd", "exchange.entente-csv.value-usd", problems);
            if (value == null) return;
            DataQuality quality = row.get("quality") == null ? DataQuality.REPORTED
                    : parsed(row.get("quality"), DataQuality::of, file, line, "quality", "exchange.entente-csv.quality", problems);
            if (quality == null) return;
            List<Citation> cite = citations(row.get("source"), file, line, "source", problems);
            if (cite == null) return;
            try {
                Actor r = actor(row.get("reporter"), file, line, "reporter", problems);
                Actor p = actor(row.get("partner"), file, line, "partner", problems);
                Citation source = cite.isEmpty() ? null : cite.get(0);
                if (percent != null) changes.accept(new org.entente.model.TradeChange(0, r, p, year, flow, percent, quality, source));
                else sink.accept(new TradeFigure(0, r, p, year, flow, value, quality, source));
                count[0]++;
            } catch (IllegalArgumentException e) {
                problems.error(file, line, null, ModelMessages.of(e));
            }
        });
        return count[0];
    }

    /** Actors this reader created for names not found in actors.csv. */
    public List<Actor> addedActors() { return List.copyOf(addedActors); }

    /**
     * A cell read by {@code parse}, or null once the row's problem is reported: {@code messageKey}'s
     * message naming the cell, or the parser's own message when the key is null.
     */
    private static <T> T parsed(String cell, java.util.function.Function<String, T> parse, String file, long line, String column,
                                String messageKey, Problems problems) {
        try {
            return parse.apply(cell);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            problems.error(file, line, column, messageKey == null ? e.getMessage() : I18n.t(messageKey, cell));
            return null;
        }
    }

    private static String columnFor(IllegalArgumentException e, String fallback) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("ISO 3166")) return "iso3";
        if (m.contains("colour")) return "colour";
        return fallback;
    }
}
