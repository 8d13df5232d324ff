package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.entente.exchange.bundle.BundleReadResult;
import org.entente.exchange.bundle.BundleReader;

/**
 * Issue #15, hostile input: every importer is fed mutated real files and random bytes. Whatever
 * comes in, nothing escapes but the importer's own problem report: no exception, and a result
 * with an error never carries records to store (all-or-nothing starts here). The number of tries
 * per property is jqwik's default ({@code jqwik.tries.default}, 200 in {@code mvn verify});
 * {@code tools/fuzz} runs it with a larger budget. The inputs tried are counted and printed.
 */
class ImporterFuzzTest {
    private static final String EVENTS_CSV = "title,start,end,category,participants,roles,place,summary,importance,tags,sources\n"
            + "Putin's state visit to Vietnam,2024-06-19,2024-06-20,state-visit,Vietnam|Russia,host|guest,Hà Nội,\"Talks, \"\"11\"\" documents\",5,russia|visit,\n"
            + "Tô Lâm becomes president,2024-05-22,,leadership-change,Vietnam,,,,4,,\n";
    private static final String TRADE_CSV = "reporter,partner,flow,unit,2019,2020,2021\nVietnam,Russia,total,million USD,4900,..,5500\n"
            + "VNM,China,exports,USD bn,~41.4,48.9,\"1,234\"\n";
    private static final String SHEET_CSV = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
            + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
            + "2024,6,19,,2024,6,20,,,Putin in Hanoi,<p>Talks with T&ocirc; L&acirc;m</p>,,,,,,State visit,\n";
    private static final String BUNDLE = """
            {"format": "entente-bundle", "version": 1,
             "actors": [{"key": "VNM", "name": "Vietnam", "kind": "country", "iso3": "VNM"},
                        {"key": "RUS", "name": "Russia", "kind": "country", "iso3": "RUS"}],
             "events": [{"key": "e1", "title": "Putin's state visit", "when": "2024-06-19/2024-06-20",
                         "participants": [{"actor": "VNM"}, {"actor": "RUS"}]}],
             "partnerships": [{"a": "VNM", "b": "RUS", "level": "comprehensive-strategic", "from": "2012-07"}],
             "trade": [{"reporter": "VNM", "partner": "RUS", "year": 2023, "flow": "total", "valueUsd": 3630000000}],
             "notes": [{"event": "e1", "text": "Kremlin counts 15 documents"}]}
            """;

    private static long tried;

    @AfterContainer
    static void report() {
        System.out.println("ImporterFuzzTest: " + tried + " inputs tried across the importers");
    }

    private static byte[] seed(String resource) {
        try (InputStream in = ImporterFuzzTest.class.getResourceAsStream("/corpus/" + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed with a few mutations: bytes replaced, a cut, a stretch repeated, hostile text inserted. */
    private static Arbitrary<byte[]> mutated(byte[] seed) {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
        Arbitrary<byte[]> mutants = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.longs(), Arbitraries.of("\"", "<", "&", "\\", ",", "\n", "\r", "\u0000", "[[[[[[[[", "{\"a\":", "<!DOCTYPE x [",
                        "\"\"\"", "\uFEFF", "-13800000000", "99999999999999999999", "\uD800", "é", "\t")).as((n, salt, hostile) -> {
            java.util.Random r = new java.util.Random(salt);
            byte[] b = seed.clone();
            for (int i = 0; i < n && b.length > 0; i++) {
                int at = r.nextInt(b.length);
                switch (r.nextInt(4)) {
                    case 0 -> b[at] = (byte) r.nextInt(256);
                    case 1 -> b = java.util.Arrays.copyOf(b, at);
                    case 2 -> {
                        int len = Math.min(b.length - at, 1 + r.nextInt(64));
                        byte[] out = new byte[b.length + len];
                        System.arraycopy(b, 0, out, 0, at + len);
                        System.arraycopy(b, at, out, at + len, b.length - at);
                        b = out;
                    }
                    default -> {
                        byte[] h = hostile.getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                        byte[] out = new byte[b.length + h.length];
                        System.arraycopy(b, 0, out, 0, at);
                        System.arraycopy(h, 0, out, at, h.length);
                        System.arraycopy(b, at, out, at + h.length, b.length - at);
                        b = out;
                    }
                }
            }
            return b;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(6, mutants));
    }

    /** The importer's result, or the failure that escaped it (which fails the property). */
    private static void assertClean(ImportResult r) {
        tried++;
        assertThat(r).isNotNull();
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception", "\tat "));
        if (r.hasErrors() && r.content() != null) {
            // An error may come with what was read, but the caller stores nothing: check only that it is honest.
            assertThat(r.problems()).anyMatch(Problem::isError);
        }
    }

    private static Reader reader(byte[] bytes) {
        try {
            return CsvInput.utf8(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null; // not UTF-8 from the first byte: the file readers report it; nothing to parse here
        }
    }

    @Provide Arbitrary<byte[]> timelineFiles() { return mutated(seed("thetimelineproj/versions.timeline")); }

    @Provide Arbitrary<byte[]> timelineJsFiles() { return mutated(seed("timelinejs/women_in_computing.json")); }

    @Provide Arbitrary<byte[]> bundles() { return mutated(BUNDLE.getBytes(StandardCharsets.UTF_8)); }

    @Provide Arbitrary<byte[]> eventsCsvFiles() { return mutated(EVENTS_CSV.getBytes(StandardCharsets.UTF_8)); }

    @Provide Arbitrary<byte[]> tradeTables() { return mutated(TRADE_CSV.getBytes(StandardCharsets.UTF_8)); }

    @Provide Arbitrary<byte[]> sheets() { return mutated(SHEET_CSV.getBytes(StandardCharsets.UTF_8)); }

    @Property
    void timelineXml(@ForAll("timelineFiles") byte[] bytes) {
        assertClean(TimelineXml.read(new ByteArrayInputStream(bytes), "fuzz.timeline", TimelineXml.CategoryMode.CATEGORIES));
    }

    @Property
    void timelineJs(@ForAll("timelineJsFiles") byte[] bytes) {
        assertClean(TimelineJs.read(bytes, "fuzz.json"));
    }

    @Property
    void bundle(@ForAll("bundles") byte[] bytes) {
        tried++;
        BundleReadResult r = BundleReader.read(new ByteArrayInputStream(bytes), "fuzz.entente.json");
        assertThat(r).isNotNull();
        if (r.problems().stream().anyMatch(p -> p.isError())) assertThat(r.bundle()).as("all or nothing").isNull();
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception", "\tat "));
    }

    @Property
    void tradeTable(@ForAll("tradeTables") byte[] bytes) {
        Reader r = reader(bytes);
        if (r != null) assertClean(TradeTable.read(r, "fuzz-trade.csv"));
    }

    @Property
    void timelineJsSheet(@ForAll("sheets") byte[] bytes) {
        Reader r = reader(bytes);
        if (r != null) assertClean(TimelineJsSheet.read(r, "fuzz-sheet.csv"));
    }

    @Property
    void ententeCsvAndFormatDetection(@ForAll("eventsCsvFiles") byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory("entente-fuzz-");
        try {
            Path events = Files.write(folder.resolve("events.csv"), bytes);
            assertClean(EntenteCsvReader.read(List.of(events)));
            // The same bytes under other names go through format detection first.
            for (String name : new String[] {"fuzz.csv", "fuzz.json", "fuzz.timeline"}) {
                Path f = Files.write(folder.resolve(name), bytes);
                Importers.Detection d = Importers.detect(f);
                if (d.format() == null) assertThat(d.problem()).isNotNull();
                else if (d.format() != ImportFormat.ENTENTE_BUNDLE) assertClean(Importers.read(f, d.format()).orElseThrow());
                else assertThat(BundleReader.read(f)).isNotNull();
            }
        } finally {
            try (var s = Files.list(folder)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        }
    }
}
