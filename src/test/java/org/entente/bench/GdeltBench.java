package org.entente.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.app.LibraryService;
import org.entente.exchange.Problems;
import org.entente.exchange.gdelt.GdeltCounts;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.exchange.gdelt.GdeltReader;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A GDELT 2.0 export of 1,000,000 rows (61 columns, written once into target/bench-libs/gdelt/ by
 * {@link #write}) filtered to one pair, Vietnam–Russia (issue #17's target: under 30 s):
 * <ul>
 * <li>{@link #readFilteredToOnePair}: the reader alone, every row checked, the pair's rows kept;</li>
 * <li>{@link #importFilteredToOnePair}: {@code entente import --pair VN-RU}'s work on a new library
 *     (backup, one transaction, events, their scores).</li>
 * </ul>
 * Each reports the benchmarking thread's CPU time per operation beside JMH's wall-clock time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class GdeltBench {
    static final int ROWS = 1_000_000;
    static final GdeltFilter VIETNAM_RUSSIA = new GdeltFilter(Set.of(), Set.of(GdeltFilter.pair("VNM", "RUS")), 0, Set.of());

    Path file;
    Path library;
    final CpuTime cpu = new CpuTime();

    @Setup(Level.Trial)
    public void file() throws IOException {
        file = BenchLibraries.DIR.resolve("gdelt").resolve("20240620.export.CSV").toAbsolutePath();
        if (!Files.exists(file)) write(file, ROWS);
    }

    @Setup(Level.Invocation)
    public void emptyLibrary() throws IOException {
        library = Files.createTempDirectory(BenchLibraries.DIR, "gdelt-lib").resolve("lib.entente");
        LibraryService.openOrCreateEmpty(library).close();
    }

    @TearDown(Level.Iteration)
    public void iteration() { cpu.endIteration(); }

    @TearDown(Level.Trial)
    public void report() { cpu.print("GdeltBench"); }

    @Benchmark
    public GdeltCounts readFilteredToOnePair() {
        long t = cpu.start();
        long[] kept = {0};
        Problems problems = new Problems();
        GdeltCounts counts = GdeltReader.read(file, VIETNAM_RUSSIA, row -> kept[0]++, problems, GdeltReader.Ticker.NONE);
        cpu.stop(t);
        if (problems.hasErrors() || kept[0] != counts.byRoots()) throw new IllegalStateException(problems.list().toString());
        return counts;
    }

    @Benchmark
    public long importFilteredToOnePair() {
        long t = cpu.start();
        try (Library l = Library.open(library)) {
            var done = new ImportService(l).importFiles(List.of(file), DuplicatePolicy.SKIP, VIETNAM_RUSSIA, ImportProgress.NONE);
            cpu.stop(t);
            if (done.outcome().added() == 0) throw new IllegalStateException("nothing imported");
            return done.outcome().added();
        }
    }

    // ---- the synthetic file ---------------------------------------------------------------------

    private static final String[][] COUNTRIES = {
            {"VNM", "VIETNAM"}, {"RUS", "RUSSIA"}, {"USA", "UNITED STATES"}, {"CHN", "CHINA"}, {"GBR", "UNITED KINGDOM"},
            {"FRA", "FRANCE"}, {"DEU", "GERMANY"}, {"IND", "INDIA"}, {"JPN", "JAPAN"}, {"KOR", "SOUTH KOREA"},
            {"UKR", "UKRAINE"}, {"ISR", "ISRAEL"}, {"IRN", "IRAN"}, {"TUR", "TURKEY"}, {"BRA", "BRAZIL"},
            {"AUS", "AUSTRALIA"}, {"CAN", "CANADA"}, {"PAK", "PAKISTAN"}, {"PHL", "PHILIPPINES"}, {"IDN", "INDONESIA"},
            {"THA", "THAILAND"}, {"MYS", "MALAYSIA"}, {"SGP", "SINGAPORE"}, {"KHM", "CAMBODIA"}, {"LAO", "LAOS"},
            {"NGA", "NIGERIA"}, {"ZAF", "SOUTH AFRICA"}, {"EGY", "EGYPT"}, {"SAU", "SAUDI ARABIA"}, {"MEX", "MEXICO"}};
    private static final String[] TYPES = {"", "", "GOV", "MIL", "BUS", "MED", "COP", "EDU", "CVL", "LEG"};
    private static final String[] OUTLETS = {"www.reuters.com", "apnews.com", "www.bbc.co.uk", "vnexpress.net", "tass.com",
            "www.scmp.com", "www.thehindu.com", "www.aljazeera.com", "www.dw.com", "www.channelnewsasia.com"};

    /**
     * Writes {@code rows} GDELT 2.0 rows shaped like a day's export: 30 countries (Vietnam and
     * Russia about one row in 300 as a pair), one actor in ten with no country (a type alone),
     * one in twenty rows with one actor, CAMEO codes of all roots, full geography, a source URL.
     */
    static void write(Path out, int rows) throws IOException {
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Random r = new Random(17);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(800);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                String[] a1, a2;
                if (r.nextInt(300) == 0) {
                    boolean vnFirst = r.nextBoolean();
                    a1 = COUNTRIES[vnFirst ? 0 : 1];
                    a2 = COUNTRIES[vnFirst ? 1 : 0];
                } else {
                    a1 = COUNTRIES[r.nextInt(COUNTRIES.length)];
                    a2 = r.nextInt(20) == 0 ? null : COUNTRIES[r.nextInt(COUNTRIES.length)];
                }
                int day = 14 + r.nextInt(7);
                int root = 1 + r.nextInt(20);
                String code = String.format(Locale.ROOT, "%02d%d", root, r.nextInt(10));
                sb.append(1_180_000_000L + i).append('\t').append("202406").append(day).append("\t202406\t2024\t2024.46")
                        .append(day).append('\t');
                actor(sb, a1, r);
                actor(sb, a2, r);
                int mentions = 1 + (int) Math.floor(Math.exp(r.nextDouble() * 5));
                sb.append(r.nextInt(3) == 0 ? '1' : '0').append('\t').append(code).append('\t').append(code, 0, 3).append('\t')
                        .append(code, 0, 2).append('\t').append(1 + (root - 1) / 5).append('\t')
                        .append(String.format(Locale.ROOT, "%.1f", -10 + r.nextInt(201) / 10.0)).append('\t')
                        .append(mentions).append('\t').append(1 + r.nextInt(Math.max(1, mentions / 2))).append('\t')
                        .append(mentions).append('\t')
                        .append(String.format(Locale.ROOT, "%.14f", -10 + r.nextDouble() * 15)).append('\t');
                for (int g = 0; g < 3; g++) geo(sb, g == 1 && a2 == null, r);
                sb.append("202406").append(20).append(String.format(Locale.ROOT, "%02d%02d00", r.nextInt(24), 15 * r.nextInt(4)))
                        .append('\t').append("https://").append(OUTLETS[r.nextInt(OUTLETS.length)]).append("/news/2024/06/")
                        .append(day).append('/').append("article-").append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36)).append(".html");
                w.append(sb).append('\n');
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void actor(StringBuilder sb, String[] country, Random r) {
        if (country == null) {
            sb.append("\t".repeat(10));
            return;
        }
        String type = TYPES[r.nextInt(TYPES.length)];
        boolean noCountry = !type.isEmpty() && r.nextInt(10) == 0;
        String cc = noCountry ? "" : country[0];
        sb.append(cc).append(type).append('\t').append(noCountry ? type : country[1]).append('\t').append(cc).append("\t\t\t\t\t")
                .append(type).append("\t\t\t");
    }

    private static void geo(StringBuilder sb, boolean empty, Random r) {
        if (empty) {
            sb.append("0\t\t\t\t\t\t\t\t");
            return;
        }
        sb.append("4\tHanoi, Ha Noi, Vietnam\tVM\tVM44\t").append(2000 + r.nextInt(90)).append('\t')
                .append(String.format(Locale.ROOT, "%.4f\t%.4f", -60 + r.nextDouble() * 120, -180 + r.nextDouble() * 360)).append('\t')
                .append(-3_715_035 + r.nextInt(1000)).append('\t');
    }
}
