package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.DateParseException;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Period;

/**
 * TimelineJS3 JSON: {@code title}, {@code events} and {@code eras}, each with {@code start_date}
 * and {@code end_date} objects (year, month, day), {@code text.headline} and {@code text.text}
 * (HTML), {@code media} and {@code group}. On import, HTML becomes plain text, {@code group}
 * becomes the category, eras become periods; media are not imported (Entente works offline).
 */
public final class TimelineJs {
    public static final String FORMAT = "TimelineJS JSON";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH).maxStringLength(Limits.MAX_STRING_CHARS).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY).enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJs() {}

    public static ImportResult read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > Limits.MAX_DOCUMENT_BYTES)
                return ImportResult.failed(FORMAT, Limits.tooLarge(name));
            try (InputStream in = Files.newInputStream(file)) {
                return read(in.readAllBytes(), name);
            }
        } catch (IOException e) {
            return ImportResult.failed(FORMAT, CsvInput.ioProblem(name, 0, e));
        }
    }

    public static ImportResult read(byte[] bytes, String file) {
        Problems problems = new Problems();
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            problems.add(Problem.fileError(file, I18n.t("exchange.timelinejs.empty")));
            return new ImportResult(FORMAT, null, problems.list());
        }
        JsonNode root;
        Map<String, long[]> lines;
        com.fasterxml.jackson.core.JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            root = MAPPER.readTree(parser);
            lines = locate(bytes);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            long line = parser == null ? 0 : parser.currentLocation().getLineNr();
            problems.add(Problem.error(file, line, null, Limits.tooDeep()));
            return new ImportResult(FORMAT, null, problems.list());
        } catch (JsonEOFException e) {
            problems.add(new Problem(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), null,
                    I18n.t("exchange.json.truncated"), Problem.Severity.ERROR));
            return new ImportResult(FORMAT, null, problems.list());
        } catch (JsonParseException e) {
            problems.add(new Problem(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), null,
                    I18n.t("exchange.json.invalid", e.getOriginalMessage()), Problem.Severity.ERROR));
            return new ImportResult(FORMAT, null, problems.list());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.error(file, line, null, I18n.t("exchange.json.invalid", e.getOriginalMessage())));
            return new ImportResult(FORMAT, null, problems.list());
        } catch (IOException e) {
            problems.add(CsvInput.ioProblem(file, 0, e));
            return new ImportResult(FORMAT, null, problems.list());
        }
        if (root != null && root.path("timeline").isObject() && root.path("timeline").has("date")) {
            problems.add(Problem.error(file, 1, null, I18n.t("exchange.timelinejs.version-2", "{\"timeline\": {\"date\": …}}")));
            return new ImportResult(FORMAT, null, problems.list());
        }
        if (root == null || !root.isObject() || !root.has("events") || !root.get("events").isArray()) {
            problems.add(Problem.error(file, 1, "events", I18n.t("exchange.timelinejs.no-events")));
            return new ImportResult(FORMAT, null, problems.list());
        }
        List<Event> events = new ArrayList<>();
        int media = 0;
        ArrayNode list = (ArrayNode) root.get("events");
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String path = "events[" + i + "]";
            long line = lines.getOrDefault(path, new long[] {0})[0];
            if (!e.isObject()) {
                problems.error(file, line, path, I18n.t("exchange.timelinejs.not-an-event"));
                continue;
            }
            String headline = PlainText.fromHtml(text(e.path("text").path("headline")));
            String body = PlainText.fromHtml(text(e.path("text").path("text")));
            if (headline == null) {
                headline = body != null ? firstWords(body) : null;
                if (headline == null && hasMedia(e)) {
                    // TimelineJS shows such a slide as a picture; Entente keeps no media, so nothing of it would remain.
                    problems.warning(file, line, path, I18n.t("exchange.timelinejs.only-media"));
                    continue;
                }
                if (headline == null) {
                    problems.error(file, line, path + ".text.headline", I18n.t("exchange.timelinejs.no-headline-no-text"));
                    continue;
                }
                problems.warning(file, line, path + ".text.headline", I18n.t("exchange.timelinejs.titled-from-text"));
            }
            DateRange when = range(e, path, file, line, problems);
            if (when == null) continue;
            if (hasMedia(e)) media++;
            events.add(new Event(0, headline, when, category(text(e.path("group"))), null, null, body, 3, null, null));
        }
        List<Period> periods = new ArrayList<>();
        JsonNode eras = root.path("eras");
        if (eras.isArray()) {
            for (int i = 0; i < eras.size(); i++) {
                JsonNode e = eras.get(i);
                String path = "eras[" + i + "]";
                long line = lines.getOrDefault(path, new long[] {0})[0];
                String headline = PlainText.fromHtml(text(e.path("text").path("headline")));
                DateRange when = range(e, path, file, line, problems);
                if (when == null) continue;
                if (headline == null) {
                    problems.error(file, line, path + ".text.headline", I18n.t("exchange.timelinejs.era-no-headline"));
                    continue;
                }
                periods.add(new Period(0, headline, when, null, PlainText.fromHtml(text(e.path("text").path("text")))));
            }
        }
        if (root.path("title").isObject()) {
            String t = PlainText.fromHtml(text(root.path("title").path("text").path("headline")));
            problems.warning(file, lines.getOrDefault("title", new long[] {0})[0], "title",
                    t == null ? I18n.t("exchange.timelinejs.title-slide") : I18n.t("exchange.timelinejs.title-slide-named", t));
        }
        if (media > 0)
            problems.warning(file, 0, "media", I18n.t("exchange.timelinejs.media", media));
        return new ImportResult(FORMAT, new LibraryContent(null, null, events, null, null, periods), problems.list());
    }

    private static boolean hasMedia(JsonNode slide) {
        return slide.path("media").path("url").isTextual() && !slide.path("media").path("url").asText().isBlank();
    }

    private static DateRange range(JsonNode e, String path, String file, long line, Problems problems) {
        EventDate start, end;
        try {
            start = date(e.path("start_date"));
        } catch (DateParseException x) {
            problems.error(file, line, path + ".start_date", DateProblems.message(x));
            return null;
        }
        if (start == null) {
            problems.error(file, line, path + ".start_date", I18n.t("exchange.timelinejs.no-start"));
            return null;
        }
        try {
            end = date(e.path("end_date"));
            return end == null || end.equals(start) ? DateRange.of(start) : DateRange.of(start, end);
        } catch (IllegalArgumentException x) {
            problems.error(file, line, path + ".end_date", DateProblems.message(x));
            return null;
        }
    }

    private static EventDate date(JsonNode d) {
        if (d == null || !d.isObject()) return null;
        return PartialDates.of(text(d.path("year")), text(d.path("month")), text(d.path("day")));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        if (n.isNumber()) return n.asText();
        return n.isTextual() ? n.asText() : null;
    }

    static String firstWords(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    /** The default category whose label or key matches a group name, else a new one named after it. */
    static Category category(String group) {
        if (group == null || group.isBlank()) return Category.OTHER;
        String g = group.strip();
        for (Category c : Category.DEFAULTS)
            if (c.label().equalsIgnoreCase(g) || c.key().equalsIgnoreCase(g)) return c;
        String key = g.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return new Category(key.isEmpty() ? "other" : key, g);
    }

    /** Line and column of each {@code events[i]}, {@code eras[i]} and {@code title} in the text. */
    private static Map<String, long[]> locate(byte[] bytes) throws IOException {
        Map<String, long[]> out = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(bytes)) {
            int depth = 0;
            String topField = null;
            int index = -1;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    topField = p.currentName();
                    index = -1;
                    if (topField.equals("title")) out.put("title", new long[] {p.currentLocation().getLineNr()});
                }
                if (t.isStructStart()) {
                    if (depth == 2 && topField != null) {
                        index++;
                        out.put(topField + "[" + index + "]", new long[] {p.currentLocation().getLineNr()});
                    }
                    depth++;
                } else if (t.isStructEnd()) depth--;
            }
        }
        return out;
    }

    // ---- export --------------------------------------------------------------------------------

    /** Writes events and periods as a TimelineJS3 JSON timeline with the given title. */
    public static void write(String title, List<Event> events, List<Period> periods, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        if (title != null) {
            ObjectNode t = root.putObject("title").putObject("text");
            t.put("headline", PlainText.escapeHtml(title));
            t.put("text", "");
        }
        ArrayNode list = root.putArray("events");
        for (Event e : events) {
            ObjectNode n = list.addObject();
            putDate(n.putObject("start_date"), e.when().start());
            if (e.when().end() != null) putDate(n.putObject("end_date"), e.when().end());
            if (e.when().start().approximate()) n.put("display_date", "c. " + e.when().start().display(Locale.ENGLISH));
            ObjectNode text = n.putObject("text");
            text.put("headline", PlainText.escapeHtml(e.title()));
            text.put("text", e.summary() == null ? "" : "<p>" + PlainText.escapeHtml(e.summary()) + "</p>");
            n.put("group", e.category().label());
            n.put("unique_id", "entente-" + (e.id() != 0 ? e.id() : list.size()));
        }
        if (periods != null && !periods.isEmpty()) {
            ArrayNode eras = root.putArray("eras");
            for (Period p : periods) {
                ObjectNode n = eras.addObject();
                putDate(n.putObject("start_date"), p.when().start());
                // TimelineJS eras need an end; an ongoing period runs to today.
                EventDate end = p.when().end() != null ? p.when().end()
                        : p.when().ongoing() ? EventDate.of(java.time.LocalDate.now()) : p.when().start();
                putDate(n.putObject("end_date"), end);
                ObjectNode text = n.putObject("text");
                text.put("headline", PlainText.escapeHtml(p.name()));
                if (p.note() != null) text.put("text", PlainText.escapeHtml(p.note()));
            }
        }
        MAPPER.writeValue(out, root);
    }

    private static void putDate(ObjectNode n, EventDate d) {
        n.put("year", d.year());
        if (d.month() != 0) n.put("month", d.month());
        if (d.day() != 0) n.put("day", d.day());
    }
}
