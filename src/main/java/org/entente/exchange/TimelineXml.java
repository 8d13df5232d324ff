package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.i18n.I18n;
import org.entente.model.DateParseException;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Period;
import org.entente.model.Source;

/**
 * The XML file of the desktop Timeline app (thetimelineproj, {@code .timeline}): categories,
 * events with start, end, text, description, fuzzy, milestone and ends-today flags, eras, and
 * containers (a container's text starts {@code [n]}, its sub-events' {@code (n)}).
 *
 * <p>Mapping: fuzzy → approximate dates; ends_today → ongoing; milestone → tag "milestone";
 * a container → a tag on its sub-events (its span is derived from them, so it is not an event
 * of its own); eras → periods; a hyperlink → a cited source; categories → categories or tags.
 * Times of day are dropped: Entente dates stop at the day.
 */
public final class TimelineXml {
    public static final String FORMAT = "Timeline (.timeline)";

    /** How Timeline's categories arrive. */
    public enum CategoryMode { CATEGORIES, TAGS }

    private static final Pattern DATE_TIME = Pattern.compile("(-?\\d{1,5})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern CONTAINER = Pattern.compile("^\\[(\\d+)\\](.*)$", Pattern.DOTALL);
    private static final Pattern SUBEVENT = Pattern.compile("^\\((\\d+)\\)(.*)$", Pattern.DOTALL);

    private TimelineXml() {}

    public static ImportResult read(Path file) { return read(file, CategoryMode.CATEGORIES); }

    public static ImportResult read(Path file, CategoryMode mode) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > Limits.MAX_DOCUMENT_BYTES)
                return ImportResult.failed(FORMAT, Limits.tooLarge(name));
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, mode);
            }
        } catch (IOException e) {
            return ImportResult.failed(FORMAT, CsvInput.ioProblem(name, 0, e));
        }
    }

    /** One element's child texts, with the line where it began. */
    private record Element(long line, Map<String, String> fields) {
        String get(String k) {
            String v = fields.get(k);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    public static ImportResult read(InputStream in, String file, CategoryMode mode) {
        Problems problems = new Problems();
        List<Element> categories = new ArrayList<>(), events = new ArrayList<>(), eras = new ArrayList<>();
        String timetype = null;
        boolean sawRoot = false;
        XMLStreamReader r = null;
        try {
            r = SafeXml.open(in);
            List<String> path = new ArrayList<>();
            Element current = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new XMLStreamException(I18n.t("exchange.timeline-xml.doctype"), r.getLocation());
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException(I18n.t("exchange.timeline-xml.entity", r.getLocalName()), r.getLocation());
                    case XMLStreamConstants.START_ELEMENT -> {
                        String n = r.getLocalName();
                        if (path.isEmpty()) {
                            if (!n.equals("timeline"))
                                throw new XMLStreamException(I18n.t("exchange.timeline-xml.root", n), r.getLocation());
                            sawRoot = true;
                        }
                        path.add(n);
                        if (path.size() > Limits.MAX_DEPTH)
                            throw new XMLStreamException(I18n.t("exchange.timeline-xml.too-deep", Limits.MAX_DEPTH), r.getLocation());
                        if (path.size() == 3 && (n.equals("category") && path.get(1).equals("categories")
                                || n.equals("event") && path.get(1).equals("events") || n.equals("era") && path.get(1).equals("eras"))) {
                            current = new Element(r.getLocation().getLineNumber(), new HashMap<>());
                            if (n.equals("category")) categories.add(current);
                            else if (n.equals("event")) events.add(current);
                            else eras.add(current);
                        }
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + r.getTextLength() > Limits.MAX_STRING_CHARS)
                            throw new XMLStreamException(I18n.t("exchange.timeline-xml.text-too-long", Limits.MAX_STRING_CHARS), r.getLocation());
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String n = path.remove(path.size() - 1);
                        if (path.size() == 3 && current != null) current.fields.put(n, text.toString());
                        else if (path.size() == 1 && n.equals("timetype")) timetype = text.toString().strip();
                        if (path.size() == 2) current = null;
                        text.setLength(0);
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
            String msg = e.getMessage() == null ? I18n.t("exchange.timeline-xml.unreadable-xml") : e.getMessage();
            // StAX prefixes its messages with "ParseError at [row,col]:[..]\nMessage: "; keep the message.
            int m = msg.indexOf("Message: ");
            if (m >= 0) msg = msg.substring(m + "Message: ".length());
            if (msg.contains("was referenced, but not declared") || msg.contains("DOCTYPE"))
                msg = I18n.t("exchange.timeline-xml.no-dtds", msg);
            problems.add(new Problem(file, line, col, null, I18n.t("exchange.timeline-xml.unreadable", msg), Problem.Severity.ERROR));
            return new ImportResult(FORMAT, null, problems.list());
        } catch (RuntimeException e) {
            problems.add(Problem.fileError(file, I18n.t("exchange.timeline-xml.unreadable", e.getMessage())));
            return new ImportResult(FORMAT, null, problems.list());
        } finally {
            if (r != null) try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader of a stream the caller closes
            }
        }
        if (!sawRoot) {
            problems.add(Problem.fileError(file, I18n.t("exchange.timeline-xml.empty")));
            return new ImportResult(FORMAT, null, problems.list());
        }
        if (timetype != null && !timetype.equals("gregoriantime")) {
            problems.add(Problem.error(file, 0, "timetype", I18n.t("exchange.timeline-xml.timetype", timetype)));
            return new ImportResult(FORMAT, null, problems.list());
        }
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> colourOf = new HashMap<>();
        for (Element c : categories) {
            if (c.get("name") == null) continue;
            if (c.get("parent") != null) parentOf.put(c.get("name"), c.get("parent"));
            if (c.get("color") != null) colourOf.put(c.get("name"), colour(c.get("color")));
        }
        // Containers first, so sub-events can be tagged with their container's name.
        Map<String, String> containers = new HashMap<>();
        for (Element e : events) {
            String t = e.get("text");
            if (t == null) continue;
            Matcher m = CONTAINER.matcher(t);
            if (m.matches()) containers.put(m.group(1), m.group(2).strip());
        }
        List<Event> out = new ArrayList<>();
        int containerCount = 0;
        for (Element e : events) {
            String title = e.get("text");
            if (title == null) {
                problems.error(file, e.line(), "text", I18n.t("exchange.timeline-xml.no-text"));
                continue;
            }
            if (CONTAINER.matcher(title).matches()) {
                containerCount++;
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            Matcher sub = SUBEVENT.matcher(title);
            if (sub.matches()) {
                String container = containers.get(sub.group(1));
                title = sub.group(2).strip();
                if (container != null && !container.isEmpty()) tags.add(container);
                else problems.warning(file, e.line(), "text", I18n.t("exchange.timeline-xml.no-container", sub.group(1)));
            }
            boolean fuzzy = bool(e.get("fuzzy"));
            EventDate start, end;
            try {
                start = date(e.get("start"), fuzzy);
                if (start == null) {
                    problems.error(file, e.line(), "start", I18n.t("exchange.timeline-xml.no-start"));
                    continue;
                }
            } catch (DateParseException x) {
                problems.error(file, e.line(), "start", DateProblems.message(x));
                continue;
            }
            DateRange when;
            try {
                end = date(e.get("end"), fuzzy);
                if (bool(e.get("ends_today"))) when = DateRange.ongoingFrom(start);
                else when = end == null || end.equals(start) ? DateRange.of(start) : DateRange.of(start, end);
            } catch (IllegalArgumentException x) {
                problems.error(file, e.line(), "end", DateProblems.message(x));
                continue;
            }
            if (bool(e.get("milestone"))) tags.add("milestone");
            Category category = Category.OTHER;
            String cat = e.get("category");
            if (cat != null) {
                if (mode == CategoryMode.CATEGORIES) category = TimelineJs.category(cat);
                else {
                    // A sub-category's parents are tags too, so filtering by the parent finds it.
                    List<String> chain = new ArrayList<>();
                    for (String c = cat; c != null && !chain.contains(c); c = parentOf.get(c)) chain.add(c);
                    tags.addAll(chain);
                }
            }
            List<Citation> sources = new ArrayList<>();
            String link = e.get("hyperlink");
            if (link != null) {
                String url = link.split(";")[0].strip();
                if (url.startsWith("http://") || url.startsWith("https://"))
                    sources.add(Citation.of(new Source(0, url, null, null, null, url, null, null)));
            }
            out.add(new Event(0, title, when, category, null, null, e.get("description"), bool(e.get("milestone")) ? 4 : 3,
                    List.copyOf(tags), sources));
        }
        if (containerCount > 0)
            problems.warning(file, 0, "container", I18n.t("exchange.timeline-xml.containers", containerCount));
        List<Period> periods = new ArrayList<>();
        for (Element e : eras) {
            String name = e.get("name");
            if (name == null) {
                problems.error(file, e.line(), "name", I18n.t("exchange.timeline-xml.era-no-name"));
                continue;
            }
            try {
                EventDate start = date(e.get("start"), false);
                EventDate end = date(e.get("end"), false);
                if (start == null) {
                    problems.error(file, e.line(), "start", I18n.t("exchange.timeline-xml.era-no-start"));
                    continue;
                }
                DateRange when = bool(e.get("ends_today")) ? DateRange.ongoingFrom(start)
                        : end == null || end.equals(start) ? DateRange.of(start) : DateRange.of(start, end);
                periods.add(new Period(0, name, when, colour(e.get("color")), null));
            } catch (IllegalArgumentException x) {
                problems.error(file, e.line(), "start", DateProblems.message(x));
            }
        }
        return new ImportResult(FORMAT, new LibraryContent(null, null, out, null, null, periods), problems.list());
    }

    private static EventDate date(String text, boolean approximate) {
        if (text == null) return null;
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) throw new DateParseException(text, "format", I18n.t("exchange.timeline-xml.date-format"));
        // The Timeline app counts years astronomically (its year 0 is 1 BC, its -43 is 44 BC: see
        // its GregorianTimeType.time_string and format_year); Entente has no year 0.
        String year = m.group(1);
        int y = Integer.parseInt(year);
        if (y <= 0) year = Integer.toString(EventDate.historicalYear(y));
        EventDate d = PartialDates.of(year, m.group(2), m.group(3));
        return approximate ? d.withApproximate(true) : d;
    }

    private static boolean bool(String s) { return s != null && s.strip().equalsIgnoreCase("true"); }

    /** Timeline writes colours as "r,g,b"; Entente as #rrggbb. */
    static String colour(String rgb) {
        if (rgb == null) return null;
        String[] p = rgb.split(",");
        if (p.length != 3) return null;
        try {
            int r = Integer.parseInt(p[0].strip()), g = Integer.parseInt(p[1].strip()), b = Integer.parseInt(p[2].strip());
            if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) return null;
            return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
