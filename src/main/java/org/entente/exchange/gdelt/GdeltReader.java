package org.entente.exchange.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.entente.exchange.Countries;
import org.entente.exchange.CsvInput;
import org.entente.exchange.Problem;
import org.entente.exchange.Problems;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventScore;
import org.entente.model.Participant;
import org.entente.model.Source;

/**
 * Reads GDELT event files, streaming, with the filters applied while reading. The columns follow
 * the GDELT Event Codebook V1.03 (GDELT 1.0, 2013) and the GDELT Event Codebook V2.0 (2015): tab
 * separated, no header, one event a line, in one of three shapes told apart by the number of
 * columns:
 * <ul>
 * <li>57: GDELT 1.0 historical backfiles (events before 1 April 2013), ending with DATEADDED, no SOURCEURL;</li>
 * <li>58: GDELT 1.0 daily files, with SOURCEURL last;</li>
 * <li>61: GDELT 2.0 15-minute exports: each geography has an ADM2 code, DATEADDED is yyyymmddhhmmss, SOURCEURL last.</li>
 * </ul>
 * The first 35 columns (GLOBALEVENTID … AvgTone) are the same in all three. A file is plain text
 * or a zip holding it (as GDELT publishes them). docs/formats.md, section GDELT, says what is kept
 * and what is dropped. Every row is checked, kept or not, so a malformed row anywhere refuses the
 * file, naming its file, line and field.
 */
public final class GdeltReader {
    /** The shapes of GDELT event files, by their number of columns. */
    public enum Version {
        V1_BACKFILE(57, -1, "GDELT 1.0"), V1_DAILY(58, 57, "GDELT 1.0"), V2_EXPORT(61, 60, "GDELT 2.0");

        public final int columns;
        final int sourceUrl;
        final String dataset;

        Version(int columns, int sourceUrl, String dataset) {
            this.columns = columns;
            this.sourceUrl = sourceUrl;
            this.dataset = dataset;
        }

        static Version of(int columns) {
            for (Version v : values()) if (v.columns == columns) return v;
            return null;
        }
    }

    // Columns shared by the three shapes (codebooks V1.03 and V2.0), counted from 0.
    static final int GLOBALEVENTID = 0, SQLDATE = 1, ACTOR1_CODE = 5, ACTOR1_NAME = 6, ACTOR1_COUNTRY = 7, ACTOR2_CODE = 15,
            ACTOR2_NAME = 16, ACTOR2_COUNTRY = 17, EVENT_CODE = 26, EVENT_ROOT_CODE = 28, GOLDSTEIN = 30, NUM_MENTIONS = 31,
            NUM_SOURCES = 32, NUM_ARTICLES = 33, AVG_TONE = 34;
    static final String[] NAMES = new String[35];

    static {
        NAMES[GLOBALEVENTID] = "GLOBALEVENTID";
        NAMES[SQLDATE] = "SQLDATE";
        NAMES[EVENT_CODE] = "EventCode";
        NAMES[EVENT_ROOT_CODE] = "EventRootCode";
        NAMES[GOLDSTEIN] = "GoldsteinScale";
        NAMES[NUM_MENTIONS] = "NumMentions";
        NAMES[NUM_SOURCES] = "NumSources";
        NAMES[NUM_ARTICLES] = "NumArticles";
        NAMES[AVG_TONE] = "AvgTone";
    }

    /** The role of Actor1, the one who acts, and of Actor2, the one acted upon (CAMEO's source and target). */
    public static final String INITIATOR = "initiator", TARGET = "target";
    /** The tag every imported GDELT event carries. */
    public static final String TAG = "GDELT";

    /**
     * CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the same country. CAMEO's
     * regional codes (AFR, ASA, EUR, MEA, WST …) name no country and are not mapped.
     */
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("ROM", "ROU");

    private static final Pattern GDELT_NAME = Pattern.compile("\\d{8}(\\d{6})?\\.export\\.csv(\\.zip)?", Pattern.CASE_INSENSITIVE);

    /** One row kept by the filters. Its participants' actors are countries as the JDK names them, not yet the library's. */
    public record Row(long line, Event event, EventScore score) {}

    /**
     * Told how far the reading is (every 10,000 rows): rows read, and bytes of the file (of the
     * zip's file, uncompressed) read of how many (-1 when a zip does not say); returns false to stop
     * reading (a cancel).
     */
    @FunctionalInterface
    public interface Ticker {
        Ticker NONE = (rows, bytes, totalBytes) -> true;

        boolean carryOn(long rowsRead, long bytesRead, long totalBytes);
    }

    /** Receives the kept rows, in file order. */
    @FunctionalInterface
    public interface RowSink {
        void row(Row row);
    }

    private final String fileLabel;
    private final String dataFileName;
    private final GdeltFilter filter;
    private final RowSink sink;
    private final Problems problems;
    private final Ticker ticker;
    private final Map<String, String> isoByCameo = new HashMap<>();
    private final Map<String, Actor> countries = new HashMap<>();
    private final Map<String, Source> articles = new HashMap<>();
    private final int[] tabs = new int[128];
    private Version version;
    private Source dataset;
    private long read, withCountry, byActors, byMentions, byRoots, dropped;

    private GdeltReader(String fileLabel, String dataFileName, GdeltFilter filter, RowSink sink, Problems problems, Ticker ticker) {
        this.fileLabel = fileLabel;
        this.dataFileName = dataFileName;
        this.filter = filter == null ? GdeltFilter.NONE : filter;
        this.sink = sink;
        this.problems = problems;
        this.ticker = ticker == null ? Ticker.NONE : ticker;
    }

    // ---- recognising a file ----------------------------------------------------------------------

    /** Whether a file's name is GDELT's own: 20240620.export.CSV, 20240620143000.export.CSV.zip. */
    public static boolean isGdeltName(String fileName) {
        return GDELT_NAME.matcher(fileName).matches();
    }

    /** Whether a line looks like a GDELT event row: 57, 58 or 61 tab-separated columns, an id, an 8-digit SQLDATE. */
    public static boolean looksLikeRow(String line) {
        String[] cells = line.split("\t", -1);
        if (Version.of(cells.length) == null) return false;
        return cells[GLOBALEVENTID].matches("\\d{1,19}") && cells[SQLDATE].matches("\\d{8}");
    }

    /** Whether a zip holds one file and that file is a GDELT event file (by its name or its first line). */
    public static boolean isGdeltZip(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = onlyEntry(z);
            if (entry == null) return false;
            if (isGdeltName(Path.of(entry.getName()).getFileName().toString())) return true;
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(z.getInputStream(entry), java.nio.charset.StandardCharsets.UTF_8))) {
                String first = r.readLine();
                return first != null && looksLikeRow(first);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ZipEntry onlyEntry(ZipFile z) {
        ZipEntry only = null;
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (e.isDirectory()) continue;
            if (only != null) return null;
            only = e;
        }
        return only;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * Reads a GDELT file (plain or zip), giving {@code sink} each row the filter keeps while no
     * error has been found, and adding every problem to {@code problems}.
     *
     * @throws CancellationException when {@code ticker} says to stop (it is asked every 10,000 rows)
     */
    public static GdeltCounts read(Path file, GdeltFilter filter, RowSink sink, Problems problems, Ticker ticker) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry entry = onlyEntry(z);
                if (entry == null) {
                    problems.add(Problem.fileError(name, I18n.t("exchange.gdelt.zip-not-one")));
                    return GdeltCounts.ZERO;
                }
                String inner = Path.of(entry.getName()).getFileName().toString();
                GdeltReader r = new GdeltReader(name + " › " + inner, name, filter, sink, problems, ticker);
                try (InputStream in = z.getInputStream(entry)) {
                    return r.readAll(in, entry.getSize());
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(Problem.fileError(name, I18n.t("exchange.file.cannot-read", e.getMessage())));
                return GdeltCounts.ZERO;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new GdeltReader(name, name, filter, sink, problems, ticker).readAll(in, Files.size(file));
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.fileError(name, I18n.t("exchange.file.cannot-read", e.getMessage())));
            return GdeltCounts.ZERO;
        }
    }

    private GdeltCounts readAll(InputStream raw, long totalBytes) throws IOException {
        long lineNumber = 0;
        long[] bytes = {0};
        InputStream in = new java.io.FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytes[0]++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) bytes[0] += n;
                return n;
            }
        };
        try (BufferedReader r = new BufferedReader(CsvInput.utf8(in), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) continue;
                if (lineNumber % 10_000 == 0 && !ticker.carryOn(read, bytes[0], totalBytes)) throw new CancellationException("GDELT reading cancelled");
                row(line, lineNumber);
            }
        } catch (IOException e) {
            problems.add(CsvInput.ioProblem(fileLabel, lineNumber + 1, e));
        }
        return new GdeltCounts(read, withCountry, byActors, byMentions, byRoots, dropped);
    }

    private void row(String line, long n) {
        read++;
        int count = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (count == tabs.length) break;
            tabs[count++] = i;
        }
        int columns = count + 1;
        Version v = Version.of(columns);
        if (v == null && version != null) {
            problems.error(fileLabel, n, null, I18n.t("exchange.gdelt.columns-differ", columns, version.columns));
            return;
        }
        if (v == null) {
            problems.error(fileLabel, n, null, I18n.t("exchange.gdelt.columns", columns));
            return;
        }
        if (version == null) {
            version = v;
            dataset = new Source(0, v.dataset + " Event Database", "The GDELT Project", null, null, "https://www.gdeltproject.org/", null,
                    v == Version.V2_EXPORT ? "GDELT Event Codebook V2.0" : "GDELT Event Codebook V1.03");
        } else if (v != version) {
            problems.error(fileLabel, n, null, I18n.t("exchange.gdelt.columns-differ", columns, version.columns));
            return;
        }
        long errorsBefore = problems.errorCount();
        Long id = whole(line, n, GLOBALEVENTID, true);
        LocalDate date = date(line, n);
        Double goldstein = decimal(line, n, GOLDSTEIN, 10);
        Double tone = decimal(line, n, AVG_TONE, 100);
        Long mentions = whole(line, n, NUM_MENTIONS, false), sources = whole(line, n, NUM_SOURCES, false),
                articleCount = whole(line, n, NUM_ARTICLES, false);
        int root = root(line, n);
        if (problems.errorCount() > errorsBefore) return;

        String c1 = country(cell(line, ACTOR1_COUNTRY)), c2 = country(cell(line, ACTOR2_COUNTRY));
        if (c1 == null && c2 == null) return;
        withCountry++;
        if (!filter.keepsActors(c1, c2)) return;
        byActors++;
        if (filter.minMentions() > 0 && (mentions == null || mentions < filter.minMentions())) return;
        byMentions++;
        if (!filter.roots().isEmpty() && !filter.roots().contains(root)) return;
        byRoots++;
        if (problems.hasErrors()) return; // the file will be refused: only count what follows
        // An actor coded without a country (a type such as "REB" alone, or a region) is left out.
        if (c1 == null && !cell(line, ACTOR1_CODE).isEmpty()) dropped++;
        if (c2 == null && !cell(line, ACTOR2_CODE).isEmpty()) dropped++;

        List<Participant> participants = new ArrayList<>(2);
        if (c1 != null) participants.add(new Participant(actor(c1), INITIATOR));
        if (c2 != null && !c2.equals(c1)) participants.add(new Participant(actor(c2), TARGET));
        Category category = CameoRoots.category(root);
        String eventCode = cell(line, EVENT_CODE);
        EventScore score = new EventScore(goldstein, tone, toInt(mentions), toInt(sources), toInt(articleCount),
                eventCode.isEmpty() ? null : eventCode, id);
        List<Citation> citations = new ArrayList<>(2);
        if (version.sourceUrl >= 0) {
            String url = cell(line, version.sourceUrl);
            if (!url.isEmpty()) citations.add(Citation.of(article(url)));
        }
        citations.add(new Citation(dataset, dataFileName + ", GLOBALEVENTID " + id));
        Event event = new Event(0, title(participants, category), DateRange.of(EventDate.of(date)), category, participants, null,
                summary(line, id, eventCode), importance(mentions, articleCount), List.of(TAG), citations);
        sink.row(new Row(n, event, score));
    }

    /** "Vietnam – Russia: Consult", or "Vietnam: Consult" for an event with one country. */
    public static String title(List<Participant> participants, Category category) {
        StringBuilder sb = new StringBuilder();
        for (Participant p : participants) {
            if (sb.length() > 0) sb.append(" – ");
            sb.append(p.actor().name());
        }
        return sb.append(": ").append(category.label()).toString();
    }

    /**
     * Importance 1–5 from how widely the event was reported: the larger of NumMentions and
     * NumArticles, 1–2 → 1, 3–9 → 2, 10–49 → 3, 50–199 → 4, 200 or more → 5 (Entente's rule,
     * not GDELT's; GDELT suggests mentions as a rough measure of importance).
     */
    public static int importance(Long mentions, Long articles) {
        long n = Math.max(mentions == null ? 0 : mentions, articles == null ? 0 : articles);
        if (n >= 200) return 5;
        if (n >= 50) return 4;
        if (n >= 10) return 3;
        if (n >= 3) return 2;
        return 1;
    }

    /** What the row says beyond the event's fields: GDELT's id, the CAMEO code, and the actors as GDELT coded them. */
    private String summary(String line, long id, String eventCode) {
        StringBuilder sb = new StringBuilder();
        sb.append("GDELT GLOBALEVENTID ").append(id);
        if (!eventCode.isEmpty()) sb.append(", CAMEO event code ").append(eventCode);
        sb.append('.');
        coded(sb, "Actor1", cell(line, ACTOR1_NAME), cell(line, ACTOR1_CODE));
        coded(sb, "Actor2", cell(line, ACTOR2_NAME), cell(line, ACTOR2_CODE));
        return sb.toString();
    }

    private static void coded(StringBuilder sb, String which, String name, String code) {
        if (name.isEmpty() && code.isEmpty()) return;
        sb.append(' ').append(which).append(": ");
        if (!name.isEmpty()) sb.append(name);
        if (!code.isEmpty()) sb.append(name.isEmpty() ? code : " (" + code + ")");
        sb.append('.');
    }

    private Actor actor(String iso3) {
        return countries.computeIfAbsent(iso3, k -> Actor.country(Countries.name(k).orElse(k), k));
    }

    private Source article(String url) {
        return articles.computeIfAbsent(url, u -> new Source(0, u, host(u), null, null, u, null, null));
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The ISO alpha-3 code of a CAMEO country code, or null when it is empty or names no country. */
    private String country(String cameo) {
        if (cameo.isEmpty()) return null;
        String known = isoByCameo.get(cameo);
        if (known != null) return known.isEmpty() ? null : known;
        String upper = cameo.toUpperCase(Locale.ROOT);
        String iso = CAMEO_TO_ISO.getOrDefault(upper, upper);
        String result = Countries.isIso3(iso) ? iso : "";
        isoByCameo.put(cameo, result);
        return result.isEmpty() ? null : result;
    }

    private String cell(String line, int column) {
        int start = column == 0 ? 0 : tabs[column - 1] + 1;
        int end = column < version.columns - 1 ? tabs[column] : line.length();
        return line.substring(start, end).strip();
    }

    private Long whole(String line, long n, int column, boolean required) {
        String s = cell(line, column);
        if (s.isEmpty()) {
            if (required) problems.error(fileLabel, n, NAMES[column], I18n.t("exchange.gdelt.empty"));
            return null;
        }
        try {
            long v = Long.parseLong(s);
            if (v < 0) throw new NumberFormatException();
            if (column != GLOBALEVENTID && v > Integer.MAX_VALUE) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            problems.error(fileLabel, n, NAMES[column], I18n.t("exchange.gdelt.not-a-count", s));
            return null;
        }
    }

    private Double decimal(String line, long n, int column, double limit) {
        String s = cell(line, column);
        if (s.isEmpty()) return null;
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            if (v < -limit || v > limit) {
                problems.error(fileLabel, n, NAMES[column], I18n.t("exchange.gdelt.out-of-range", s, -limit, limit));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.error(fileLabel, n, NAMES[column], I18n.t("exchange.gdelt.not-a-number", s));
            return null;
        }
    }

    private LocalDate date(String line, long n) {
        String s = cell(line, SQLDATE);
        if (s.length() != 8 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            problems.error(fileLabel, n, NAMES[SQLDATE], I18n.t("exchange.gdelt.not-a-date", s));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 4, 6, 10), Integer.parseInt(s, 6, 8, 10));
        } catch (DateTimeException e) {
            problems.error(fileLabel, n, NAMES[SQLDATE], I18n.t("exchange.gdelt.not-a-date", s));
            return null;
        }
    }

    private int root(String line, long n) {
        String s = cell(line, EVENT_ROOT_CODE);
        int root = -1;
        if (s.length() >= 1 && s.length() <= 2 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) root = Integer.parseInt(s);
        if (root < 1 || root > 20) {
            problems.error(fileLabel, n, NAMES[EVENT_ROOT_CODE], s.isEmpty() ? I18n.t("exchange.gdelt.empty") : I18n.t("exchange.gdelt.not-a-root", s));
            return -1;
        }
        return root;
    }

    private static Integer toInt(Long v) { return v == null ? null : (int) (long) v; }
}
