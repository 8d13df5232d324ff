package org.entente.app.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DataQuality;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.TradeFigure;
import org.entente.model.LibraryContent;
import org.entente.model.TradeFlow;
import org.entente.store.BulkLoadResult;
import org.entente.store.BulkProgress;
import org.entente.store.Library;
import org.entente.store.LibraryException;

/**
 * A deterministic synthetic library for benchmarks and load tests: {@code N} events over a fixed
 * cast of countries and a few (fictional) people, spread over 1900–2024, with partnerships whose
 * level changes over time and yearly trade series.
 *
 * <p>The same seed and size always give the same records, on any JDK ({@link Random} is a
 * specified generator). Events are produced one at a time ({@link #events()}), so a million of
 * them never sit in memory together. Nothing here is a fact: titles, dates and figures are
 * made up, which is why every record carries the origin {@link #ORIGIN}.
 *
 * <p>Shape: density rises gently toward recent years (the last year holds 1.2× the average, the
 * first 0.8×), so at 1,000,000 events a one-year window holds about 8,000 events around the middle
 * of the span (1962, see {@link #MEDIAN_DENSITY_YEAR}) and about 9,500 in 2023. Dates are 70 % day,
 * 20 % month and 10 % year precision; about 8 % are ranges (days to months) and 0.02 % ongoing.
 */
public final class SyntheticLibrary {
    public static final long DEFAULT_SEED = 20_240_619L;
    public static final String ORIGIN = "synthetic";
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2024;
    /** A year whose one-year window holds the average number of events per year. */
    public static final int MEDIAN_DENSITY_YEAR = 1962;
    /** Recorded in the library's info table so a cached file can be recognised. */
    public static final String GENERATOR_VERSION = "1";

    /** Countries (ISO 3166 alpha-3) in their own or English names: Latin with diacritics, Cyrillic, Han, Hangul, Greek. */
    private static final String[][] COUNTRIES = {
            {"Việt Nam", "VNM"}, {"Россия", "RUS"}, {"中国", "CHN"}, {"United States", "USA"}, {"日本", "JPN"},
            {"대한민국", "KOR"}, {"India", "IND"}, {"France", "FRA"}, {"Deutschland", "DEU"}, {"United Kingdom", "GBR"},
            {"Australia", "AUS"}, {"Indonesia", "IDN"}, {"Lào", "LAO"}, {"Cambodia", "KHM"}, {"Thailand", "THA"},
            {"Singapore", "SGP"}, {"Malaysia", "MYS"}, {"Philippines", "PHL"}, {"Brasil", "BRA"}, {"México", "MEX"},
            {"Canada", "CAN"}, {"Italia", "ITA"}, {"España", "ESP"}, {"Türkiye", "TUR"}, {"Україна", "UKR"},
            {"Беларусь", "BLR"}, {"Қазақстан", "KAZ"}, {"Монгол Улс", "MNG"}, {"Polska", "POL"}, {"Česko", "CZE"},
            {"Magyarország", "HUN"}, {"Ελλάδα", "GRC"}, {"Egypt", "EGY"}, {"South Africa", "ZAF"}, {"Nigeria", "NGA"},
            {"Argentina", "ARG"}, {"Chile", "CHL"}, {"Cuba", "CUB"}, {"Norge", "NOR"}, {"Sverige", "SWE"},
            {"Suomi", "FIN"}, {"Danmark", "DNK"}, {"Nederland", "NLD"}, {"België", "BEL"}, {"Österreich", "AUT"},
            {"Schweiz", "CHE"}, {"Israel", "ISR"}, {"Iran", "IRN"}, {"Saudi Arabia", "SAU"}, {"Pakistan", "PAK"},
            {"Bangladesh", "BGD"}, {"Myanmar", "MMR"}, {"New Zealand", "NZL"}, {"Kenya", "KEN"}, {"Ethiopia", "ETH"},
            {"Algérie", "DZA"}, {"Maroc", "MAR"}, {"Perú", "PER"}, {"Colombia", "COL"}, {"Venezuela", "VEN"},
    };
    /** Fictional people, so that no real person is given invented deeds. */
    private static final String[] PEOPLE = {
            "Trần Thị Hương", "Nguyễn Văn Đức", "Lê Quang Thưởng", "Иван Петров", "Анна Смирнова", "王小明", "李华",
            "Maria Schröder", "José Núñez", "Ayşe Yılmaz",
    };
    private static final String[] CAPITALS = {
            "Hà Nội", "Москва", "北京", "Washington", "東京", "서울", "New Delhi", "Paris", "Berlin", "London",
            "Canberra", "Jakarta", "Viêng Chăn", "Phnom Penh", "Bangkok", "Singapore", "Kuala Lumpur", "Manila", "Brasília",
            "Ciudad de México", "Ottawa", "Roma", "Madrid", "Ankara", "Київ", "Мінск", "Астана", "Улаанбаатар", "Warszawa",
            "Praha", "Budapest", "Αθήνα", "Cairo", "Pretoria", "Abuja", "Buenos Aires", "Santiago", "La Habana", "Oslo",
            "Stockholm", "Helsinki", "København", "Amsterdam", "Bruxelles", "Wien", "Bern", "Jerusalem", "Tehran", "Riyadh",
            "Islamabad", "Dhaka", "Naypyidaw", "Wellington", "Nairobi", "Addis Ababa", "Alger", "Rabat", "Lima", "Bogotá",
            "Caracas",
    };

    /** Summary words; drawn with a skew so that some are common and many are rare, as in real text. */
    private static final String[] WORDS = buildWords();
    private static final String[] ROLES = {"host", "guest", null};
    private static final List<Category> CATEGORIES = List.of(Category.STATE_VISIT, Category.MEETING, Category.AGREEMENT,
            Category.PARTNERSHIP_CHANGE, Category.UN_VOTE, Category.LEADERSHIP_CHANGE, Category.STATEMENT, Category.ECONOMIC,
            Category.MILITARY, Category.OTHER, new Category("cultural-exchange", "Cultural exchange"));
    private static final String[] TITLE_NOUNS = {"state visit", "talks", "agreement signed", "partnership upgraded", "UN vote",
            "new leadership", "joint statement", "trade deal", "naval exercise", "meeting", "cultural week"};
    private static final String[] TAGS = {"synthetic", "asean", "g20", "brics", "mekong", "biển Đông", "энергетика", "一带一路"};

    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay();
    /** Density at the end of the span relative to the start: weight(t) = 1 + RISE·t for t in [0, 1]. */
    private static final double RISE = 0.5;

    private final long seed;
    private final int eventCount;
    private final List<Actor> countries;
    private final List<Actor> people;
    private final List<Actor> actors;

    /** A library of {@code eventCount} events over every country and person of the cast. */
    public SyntheticLibrary(long seed, int eventCount) {
        this(seed, eventCount, COUNTRIES.length);
    }

    /** A library of {@code eventCount} events over the first {@code countryCount} countries (2–60) and the people. */
    public SyntheticLibrary(long seed, int eventCount, int countryCount) {
        if (eventCount < 0) throw new IllegalArgumentException("event count " + eventCount + " is negative");
        if (countryCount < 2 || countryCount > COUNTRIES.length)
            throw new IllegalArgumentException("country count " + countryCount + " is not 2–" + COUNTRIES.length);
        this.seed = seed;
        this.eventCount = eventCount;
        List<Actor> cs = new ArrayList<>();
        for (int i = 0; i < countryCount; i++) cs.add(Actor.country(COUNTRIES[i][0], COUNTRIES[i][1]));
        List<Actor> ps = new ArrayList<>();
        for (String name : PEOPLE) ps.add(new Actor(0, name, ActorKind.PERSON, null, null));
        this.countries = List.copyOf(cs);
        this.people = List.copyOf(ps);
        List<Actor> all = new ArrayList<>(cs);
        all.addAll(ps);
        this.actors = List.copyOf(all);
    }

    public long seed() { return seed; }

    public int eventCount() { return eventCount; }

    /** Every actor the events, partnerships and trade figures refer to (ids 0: not stored). */
    public List<Actor> actors() { return actors; }

    public List<Actor> countries() { return countries; }

    /** The events, generated lazily; each call starts again from the seed and yields the same sequence. */
    public Iterator<Event> iterator() { return new EventIterator(); }

    /** The events as a sequential stream, generated lazily. */
    public Stream<Event> events() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), eventCount,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED), false);
    }

    /**
     * Partnership histories: for a fixed set of country pairs, one to four spells of rising level,
     * each ending when the next begins; the last is ongoing unless the tie lapsed.
     */
    public List<Partnership> partnerships() {
        Random r = new Random(seed ^ 0x5A17_0001L);
        List<PartnershipLevel> ladder = List.of(PartnershipLevel.FREE_TRADE_AGREEMENT, PartnershipLevel.COMPREHENSIVE,
                PartnershipLevel.STRATEGIC, PartnershipLevel.COMPREHENSIVE_STRATEGIC, PartnershipLevel.ALLIANCE);
        List<Partnership> out = new ArrayList<>();
        for (int[] pair : pairs(r, Math.min(40, countries.size() * (countries.size() - 1) / 2))) {
            Actor a = countries.get(pair[0]), b = countries.get(pair[1]);
            int spells = 1 + r.nextInt(4);
            int year = 1950 + r.nextInt(50);
            int level = r.nextInt(2);
            EventDate from = EventDate.ofDay(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            for (int s = 0; s < spells && level < ladder.size(); s++) {
                boolean last = s == spells - 1 || level == ladder.size() - 1;
                EventDate until = null;
                int nextYear = Math.min(LAST_YEAR, from.year() + 2 + r.nextInt(12));
                if (!last || r.nextInt(5) == 0) {
                    if (nextYear > from.year()) until = EventDate.ofMonth(nextYear, 1 + r.nextInt(12));
                }
                out.add(new Partnership(0, a, b, ladder.get(level),
                        level >= 3 ? a.name() + "–" + b.name() + " comprehensive strategic partnership" : null,
                        from, until, List.of(), "synthetic"));
                if (until == null) break;
                from = until;
                level += 1 + (r.nextInt(4) == 0 ? 1 : 0);
            }
        }
        return out;
    }

    /**
     * Yearly trade series 1990–2024 for a fixed set of country pairs: exports and imports as the
     * first country reports them, and the second country's mirror figures, which differ a little.
     */
    public List<TradeFigure> trade() {
        Random r = new Random(seed ^ 0x7EAD_0002L);
        List<TradeFigure> out = new ArrayList<>();
        for (int[] pair : pairs(r, Math.min(30, countries.size() * (countries.size() - 1) / 2))) {
            Actor a = countries.get(pair[0]), b = countries.get(pair[1]);
            double exports = 5e7 + r.nextDouble() * 2e9, imports = 5e7 + r.nextDouble() * 2e9;
            double growth = 1.02 + r.nextDouble() * 0.12;
            for (int year = 1990; year <= LAST_YEAR; year++) {
                exports *= growth + (r.nextDouble() - 0.5) * 0.1;
                imports *= growth + (r.nextDouble() - 0.5) * 0.1;
                DataQuality q = year < 1995 ? DataQuality.APPROXIMATE : DataQuality.REPORTED;
                out.add(new TradeFigure(0, a, b, year, TradeFlow.EXPORT, Math.round(exports), q, null));
                out.add(new TradeFigure(0, a, b, year, TradeFlow.IMPORT, Math.round(imports), q, null));
                double mirror = 0.9 + r.nextDouble() * 0.2;
                out.add(new TradeFigure(0, b, a, year, TradeFlow.IMPORT, Math.round(exports * mirror), q, null));
                out.add(new TradeFigure(0, b, a, year, TradeFlow.EXPORT, Math.round(imports * mirror), q, null));
            }
        }
        return out;
    }

    /**
     * Writes this synthetic library to a new library file: the actors, partnerships and trade
     * figures, then the events through the store's bulk path, all in one transaction, and marks
     * the file with {@code synthetic.seed}, {@code synthetic.events} and
     * {@code synthetic.version} in its info table. If it fails or is cancelled the file is removed.
     *
     * @throws IllegalArgumentException if {@code file} already exists
     */
    public BulkLoadResult writeTo(Path file, BulkProgress progress, BooleanSupplier cancelled) {
        if (Files.exists(file)) throw new IllegalArgumentException(file + " already exists; choose a new file");
        boolean done = false;
        try (Library library = Library.open(file)) {
            BulkLoadResult result = library.write(c -> {
                library.importContent(new LibraryContent(actors, null, null, partnerships(), trade(), null), ORIGIN);
                BulkLoadResult r = library.bulkInsert(iterator(), eventCount, ORIGIN, progress, cancelled);
                library.setInfo("synthetic.seed", Long.toString(seed));
                library.setInfo("synthetic.events", Integer.toString(eventCount));
                library.setInfo("synthetic.countries", Integer.toString(countries.size()));
                library.setInfo("synthetic.version", GENERATOR_VERSION);
                return r;
            });
            done = true;
            return result;
        } finally {
            if (!done) deleteLibraryFiles(file);
        }
    }

    /** Whether {@code file} is a library this generator wrote with the same seed, size and version. */
    public boolean isWrittenIn(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (Library library = Library.open(file)) {
            return library.info("synthetic.seed").equals(Optional.of(Long.toString(seed)))
                    && library.info("synthetic.events").equals(Optional.of(Integer.toString(eventCount)))
                    && library.info("synthetic.countries").equals(Optional.of(Integer.toString(countries.size())))
                    && library.info("synthetic.version").equals(Optional.of(GENERATOR_VERSION));
        } catch (LibraryException e) {
            return false;
        }
    }

    private static void deleteLibraryFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // Best effort: a half-written synthetic file is worthless but harmless; the caller sees the original failure.
            }
        }
    }

    /**
     * Writes a synthetic library from the command line:
     * {@code SyntheticLibrary EVENTS FILE [SEED]}.
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SyntheticLibrary EVENTS FILE [SEED]   e.g. SyntheticLibrary 100000 /tmp/synthetic.entente");
            System.exit(2);
        }
        int events = Integer.parseInt(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long[] lastPrinted = {0};
        BulkLoadResult r = new SyntheticLibrary(seed, events).writeTo(file, (phase, done, total) -> {
            long now = System.nanoTime();
            if (now - lastPrinted[0] > 2_000_000_000L || done == total) {
                lastPrinted[0] = now;
                System.err.printf(Locale.ROOT, "%s: %,d of %,d%n", phase, done, total);
            }
        }, null);
        System.out.printf(Locale.ROOT, "%s: %,d events in %.1f s (rows %.1f s, search index %.1f s), %,.0f events/s%n", file,
                r.events(), (r.rowsNanos() + r.indexNanos()) / 1e9, r.rowsNanos() / 1e9, r.indexNanos() / 1e9, r.eventsPerSecond());
    }

    /** Distinct unordered country pairs, always including Việt Nam's (index 0) first few ties. */
    private List<int[]> pairs(Random r, int count) {
        List<int[]> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int n = countries.size();
        while (out.size() < count) {
            int i = out.size() < Math.min(10, n - 1) ? 0 : r.nextInt(n);
            int j = out.size() < Math.min(10, n - 1) ? out.size() + 1 : r.nextInt(n);
            if (i == j) continue;
            long key = (long) Math.min(i, j) * 1000 + Math.max(i, j);
            if (seen.add(key)) out.add(new int[] {i, j});
        }
        return out;
    }

    private final class EventIterator implements Iterator<Event> {
        private final Random r = new Random(seed);
        private int produced;

        @Override
        public boolean hasNext() { return produced < eventCount; }

        @Override
        public Event next() {
            if (!hasNext()) throw new NoSuchElementException();
            produced++;
            return nextEvent(r, produced);
        }
    }

    private Event nextEvent(Random r, int serial) {
        // Inverse of the CDF of weight(t) = 1 + RISE·t on [0, 1]: recent years are denser.
        double u = r.nextDouble();
        double t = (Math.sqrt(1 + 2 * RISE * (1 + RISE / 2) * u) - 1) / RISE;
        long day = FIRST_DAY + Math.min(END_DAY - FIRST_DAY - 1, (long) (t * (END_DAY - FIRST_DAY)));
        LocalDate date = LocalDate.ofEpochDay(day);

        int p = r.nextInt(100);
        EventDate start = p < 70 ? EventDate.of(date)
                : p < 90 ? EventDate.ofMonth(date.getYear(), date.getMonthValue())
                : EventDate.ofYear(date.getYear()).withApproximate(r.nextInt(3) == 0);
        DateRange when;
        int shape = r.nextInt(10_000);
        if (shape < 2 && date.getYear() >= 1990) {
            when = DateRange.ongoingFrom(start);
        } else if (shape < 800 && start.precision() != org.entente.model.DatePrecision.YEAR) {
            EventDate end = start.precision() == org.entente.model.DatePrecision.DAY
                    ? EventDate.of(date.plusDays(1 + r.nextInt(14)))
                    : monthAfter(start, 1 + r.nextInt(3));
            when = end.year() > LAST_YEAR ? DateRange.of(start) : DateRange.of(start, end);
        } else {
            when = DateRange.of(start);
        }

        int categoryIndex = r.nextInt(CATEGORIES.size());
        Category category = CATEGORIES.get(categoryIndex);
        int participantCount = 1 + r.nextInt(3);
        List<Participant> participants = new ArrayList<>(participantCount);
        int host = skewed(r, countries.size());
        participants.add(new Participant(countries.get(host), ROLES[0]));
        while (participants.size() < participantCount) {
            Actor other = r.nextInt(12) == 0 ? people.get(r.nextInt(people.size())) : countries.get(r.nextInt(countries.size()));
            boolean taken = false;
            for (Participant q : participants) taken |= q.actor().equals(other);
            if (!taken) participants.add(new Participant(other, ROLES[1 + r.nextInt(2)]));
        }
        String title = participants.size() == 1
                ? participants.get(0).actor().name() + " " + TITLE_NOUNS[categoryIndex] + " " + serial
                : participants.get(0).actor().name() + "–" + participants.get(1).actor().name() + " " + TITLE_NOUNS[categoryIndex]
                        + " " + serial;
        StringBuilder summary = new StringBuilder(200);
        for (int w = 0; w < 20; w++) {
            if (w > 0) summary.append(' ');
            summary.append(WORDS[skewed(r, WORDS.length)]);
        }
        int importance = IMPORTANCE[r.nextInt(IMPORTANCE.length)];
        List<String> tags = r.nextInt(10) == 0 ? List.of(TAGS[r.nextInt(TAGS.length)]) : List.of();
        String place = host < CAPITALS.length ? CAPITALS[host] : null;
        return new Event(0, title, when, category, participants, place, summary.toString(), importance, tags, List.of());
    }

    private static final int[] IMPORTANCE = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5};

    /** An index in [0, n) skewed toward small values (roughly Zipf-like): a few are common, most rare. */
    private static int skewed(Random r, int n) {
        double x = r.nextDouble();
        return Math.min(n - 1, (int) (n * x * x * x));
    }

    private static EventDate monthAfter(EventDate start, int months) {
        LocalDate d = LocalDate.of(start.year(), start.month(), 1).plusMonths(months);
        return EventDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    private static String[] buildWords() {
        String text = "cooperation trade agreement visit delegation minister president talks joint statement economic security "
                + "defence investment energy oil gas infrastructure railway port bridge education culture health vaccine "
                + "climate agriculture rice coffee fisheries maritime border dispute treaty ratified signed memorandum "
                + "understanding framework partnership strategic comprehensive relations anniversary diplomatic embassy "
                + "consulate ambassador summit forum conference vote resolution sanctions aid loan credit bank currency "
                + "tariff export import growth industry technology semiconductor satellite space nuclear research science "
                + "university students exchange tourism aviation shipping logistics customs visa migration labour workers "
                + "festival film music heritage museum archive memory veterans peace reconciliation war ceasefire troops "
                + "exercise navy army airforce coastguard patrol fishing island reef sea river mekong delta highlands "
                + "capital province city village farmers harvest drought flood typhoon earthquake relief reconstruction "
                + "hợp_tác phát_triển kinh_tế an_ninh hữu_nghị thương_mại đối_tác chiến_lược toàn_diện hội_đàm "
                + "сотрудничество торговля партнёрство договор переговоры визит безопасность энергетика "
                + "合作 贸易 发展 伙伴 关系 会谈 访问 协议 "
                + "alpha bravo charlie echo foxtrot golf hotel juliett kilo mike november oscar papa "
                + "quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber bronze copper silver golden "
                + "crimson azure jade ivory ebony scarlet violet indigo cobalt emerald onyx opal pearl ruby sapphire topaz "
                + "northern southern eastern western central coastal inland upland lowland frontier";
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) words[i] = words[i].replace('_', ' ');
        return words;
    }
}
