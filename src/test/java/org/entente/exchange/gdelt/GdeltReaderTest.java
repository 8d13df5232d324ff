package org.entente.exchange.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.entente.TestFiles;
import org.entente.exchange.ImportFormat;
import org.entente.exchange.Importers;
import org.entente.exchange.Problem;
import org.entente.exchange.Problems;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.EventScore;
import org.entente.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT rows written by hand after the GDELT Event Codebook V2.0 (61 columns, 20240620.export.CSV)
 * and V1.03 (58 columns, 20130401.export.CSV; 57 columns, backfile-201201.tsv): see
 * src/test/resources/README.md.
 */
class GdeltReaderTest {
    static final Path V2 = TestFiles.gdelt("20240620.export.CSV");
    static final Path V1_DAILY = TestFiles.gdelt("20130401.export.CSV");
    static final Path V1_BACKFILE = TestFiles.gdelt("backfile-201201.tsv");
    @TempDir Path dir;

    record Read(GdeltCounts counts, List<GdeltReader.Row> rows, Problems problems) {
        GdeltReader.Row byId(long id) {
            return rows.stream().filter(r -> r.score().gdeltId() == id).findFirst().orElseThrow();
        }
    }

    static Read read(Path file, GdeltFilter filter) {
        List<GdeltReader.Row> rows = new ArrayList<>();
        Problems problems = new Problems();
        GdeltCounts counts = GdeltReader.read(file, filter, rows::add, problems, GdeltReader.Ticker.NONE);
        return new Read(counts, rows, problems);
    }

    @Test
    void readsAGdelt2ExportByTheCodebook() {
        Read r = read(V2, GdeltFilter.NONE);
        assertThat(r.problems().list()).isEmpty();
        // Ten rows; one (GOV with no country and no second actor) has no country at all.
        assertThat(r.counts()).isEqualTo(new GdeltCounts(10, 9, 9, 9, 9, 2));
        Event e = r.byId(1180000001L).event();
        assertThat(e.title()).isEqualTo("Vietnam – Russia: Consult");
        assertThat(e.when().start()).isEqualTo(EventDate.ofDay(2024, 6, 19));
        assertThat(e.category()).isEqualTo(CameoRoots.category(4));
        assertThat(e.category().key()).isEqualTo("cameo-04");
        assertThat(e.participants()).extracting(p -> p.actor().isoCode(), Participant::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VNM", GdeltReader.INITIATOR),
                        org.assertj.core.groups.Tuple.tuple("RUS", GdeltReader.TARGET));
        assertThat(e.importance()).isEqualTo(3); // 12 mentions, 10 articles
        assertThat(e.tags()).containsExactly("GDELT");
        assertThat(e.sources()).hasSize(2);
        assertThat(e.sources().get(0).source().url()).isEqualTo("https://news.example.com/2024/06/19/vietnam-russia-talks.html");
        assertThat(e.sources().get(0).source().publisher()).isEqualTo("news.example.com");
        assertThat(e.sources().get(1).source().title()).isEqualTo("GDELT 2.0 Event Database");
        assertThat(e.sources().get(1).locator()).isEqualTo("20240620.export.CSV, GLOBALEVENTID 1180000001");
        assertThat(e.summary()).contains("CAMEO event code 040", "Actor1: VIETNAMESE (VNMGOV)", "Actor2: MOSCOW (RUSGOV)");
        assertThat(r.byId(1180000001L).score()).isEqualTo(new EventScore(1.0, 2.85714285714286, 12, 3, 10, "040", 1180000001L));
        assertThat(r.byId(1180000004L).event().importance()).isEqualTo(5); // 220 mentions
        assertThat(r.byId(1180000005L).event().importance()).isEqualTo(1); // 1 mention
    }

    @Test
    void awkwardActors() {
        Read r = read(V2, GdeltFilter.NONE);
        // One actor: Actor2 empty.
        assertThat(r.byId(1180000005L).event().participants()).extracting(p -> p.actor().name()).containsExactly("Vietnam");
        assertThat(r.byId(1180000005L).event().title()).isEqualTo("Vietnam: Make public statement");
        // Actor1 a rebel group with no country: left out, Vietnam stays, as target.
        assertThat(r.byId(1180000006L).event().participants()).extracting(p -> p.actor().isoCode(), Participant::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VNM", GdeltReader.TARGET));
        // A region (AFR, Africa) is no country.
        assertThat(r.byId(1180000008L).event().participants()).extracting(p -> p.actor().isoCode()).containsExactly("USA");
        // No country at all: not an event.
        assertThat(r.rows()).noneMatch(row -> row.score().gdeltId() == 1180000007L);
        // The same country on both sides (a Vietnamese ministry and Vietnam): one participant.
        assertThat(r.byId(1180000009L).event().participants()).hasSize(1);
        // CAMEO's ROM is Romania, ISO ROU.
        assertThat(r.byId(1180000010L).event().participants().get(0).actor().isoCode()).isEqualTo("ROU");
        assertThat(r.byId(1180000010L).event().category().label()).isEqualTo("Reduce relations");
    }

    @Test
    void filtersAndTheirCounts() {
        assertThat(read(V2, new GdeltFilter(Set.of(), Set.of(GdeltFilter.pair("RUS", "VNM")), 0, Set.of())).counts())
                .isEqualTo(new GdeltCounts(10, 9, 2, 2, 2, 0));
        Read vietnam = read(V2, new GdeltFilter(Set.of("VNM"), Set.of(), 0, Set.of()));
        assertThat(vietnam.counts()).isEqualTo(new GdeltCounts(10, 9, 6, 6, 6, 1));
        assertThat(read(V2, new GdeltFilter(Set.of("VNM"), Set.of(), 10, Set.of())).counts()).isEqualTo(new GdeltCounts(10, 9, 6, 2, 2, 0));
        Read consult = read(V2, new GdeltFilter(Set.of("VNM"), Set.of(), 10, Set.of(4)));
        assertThat(consult.counts()).isEqualTo(new GdeltCounts(10, 9, 6, 2, 1, 0));
        assertThat(consult.rows()).extracting(row -> row.score().gdeltId()).containsExactly(1180000001L);
        // A pair in the other order, and a country and a pair together (either may keep a row).
        assertThat(read(V2, new GdeltFilter(Set.of("USA"), Set.of(GdeltFilter.pair("VNM", "RUS")), 0, Set.of())).counts().byActors())
                .isEqualTo(4);
    }

    @Test
    void gdelt1DailyFilesCiteTheirSourceUrl() {
        Read r = read(V1_DAILY, GdeltFilter.NONE);
        assertThat(r.problems().list()).isEmpty();
        assertThat(r.counts().read()).isEqualTo(3);
        Event e = r.byId(253000001L).event();
        assertThat(e.title()).isEqualTo("Vietnam – Russia: Express intent to cooperate");
        assertThat(e.sources().get(0).source().url()).isEqualTo("http://www.example.com/news/vietnam-russia");
        assertThat(e.sources().get(1).source().title()).isEqualTo("GDELT 1.0 Event Database");
        assertThat(r.byId(253000002L).event().when().start()).isEqualTo(EventDate.ofDay(2013, 3, 31));
    }

    @Test
    void backfilesHaveNoSourceUrlAndCiteTheFile() {
        Read r = read(V1_BACKFILE, GdeltFilter.NONE);
        assertThat(r.problems().list()).isEmpty();
        Event e = r.byId(170000002L).event();
        assertThat(e.title()).isEqualTo("China – Vietnam: Coerce");
        assertThat(e.sources()).singleElement().satisfies(c -> {
            assertThat(c.source().title()).isEqualTo("GDELT 1.0 Event Database");
            assertThat(c.locator()).isEqualTo("backfile-201201.tsv, GLOBALEVENTID 170000002");
        });
    }

    @Test
    void readsTheOneFileOfAZip() throws IOException {
        Path zip = zip("20240620143000.export.CSV.zip", "20240620143000.export.CSV", Files.readAllBytes(V2));
        Read r = read(zip, new GdeltFilter(Set.of(), Set.of("RUS-VNM"), 0, Set.of()));
        assertThat(r.problems().list()).isEmpty();
        assertThat(r.counts()).isEqualTo(new GdeltCounts(10, 9, 2, 2, 2, 0));
        assertThat(Importers.detect(zip).format()).isEqualTo(ImportFormat.GDELT);
        // A zip by another name is recognised by what it holds.
        Path other = zip("events.zip", "events.tsv", Files.readAllBytes(V1_DAILY));
        assertThat(Importers.detect(other).format()).isEqualTo(ImportFormat.GDELT);
    }

    @Test
    void recognisesGdeltFilesByNameOrContent() throws IOException {
        assertThat(Importers.detect(V2).format()).isEqualTo(ImportFormat.GDELT);
        assertThat(Importers.detect(V1_BACKFILE).format()).isEqualTo(ImportFormat.GDELT);
        Path renamed = dir.resolve("vietnam.csv");
        Files.copy(V1_DAILY, renamed);
        assertThat(Importers.detect(renamed).format()).isEqualTo(ImportFormat.GDELT);
        Path lower = dir.resolve("20240620.export.csv");
        Files.copy(V2, lower);
        assertThat(Importers.detect(lower).format()).isEqualTo(ImportFormat.GDELT);
        // Tab-separated but not GDELT: still refused as before.
        Path tsv = dir.resolve("table.csv");
        Files.writeString(tsv, "a\tb\tc\n1\t2\t3\n");
        assertThat(Importers.detect(tsv).format()).isNull();
    }

    @Test
    void malformedRowsNameFileLineAndField() throws IOException {
        List<String> lines = Files.readAllLines(V2, StandardCharsets.UTF_8);
        lines.set(2, withCell(lines.get(2), 1, "20241340"));
        lines.set(4, withCell(lines.get(4), 30, "abc"));
        lines.set(6, lines.get(6) + "\textra");
        lines.set(7, withCell(lines.get(7), 31, "-3"));
        lines.set(8, withCell(lines.get(8), 28, "21"));
        Path bad = dir.resolve("20240620.export.CSV");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        Read r = read(bad, GdeltFilter.NONE);
        assertThat(r.problems().list()).extracting(Problem::toString).containsExactly(
                "20240620.export.CSV line 3, column \"SQLDATE\": \"20241340\" is not a date written yyyymmdd",
                "20240620.export.CSV line 5, column \"GoldsteinScale\": \"abc\" is not a number",
                "20240620.export.CSV line 7: has 62 columns where the rows before it have 61",
                "20240620.export.CSV line 8, column \"NumMentions\": \"-3\" is not a whole number of zero or more",
                "20240620.export.CSV line 9, column \"EventRootCode\": \"21\" is not a CAMEO root code (01 to 20)");
        // Nothing is handed on after the first error: the file will be refused whole.
        assertThat(r.rows()).extracting(row -> row.line()).containsExactly(1L, 2L);
    }

    @Test
    void aFirstRowOfTheWrongWidthAndAZipOfTwoFiles() throws IOException {
        Path bad = dir.resolve("20240620.export.CSV");
        Files.writeString(bad, "1\t20240620\t202406\n");
        assertThat(read(bad, GdeltFilter.NONE).problems().list()).extracting(Problem::toString).containsExactly(
                "20240620.export.CSV line 1: has 3 columns; a GDELT event file has 57 (GDELT 1.0 backfile), 58 (GDELT 1.0 daily file) or 61 (GDELT 2.0 export)");
        Path zip = dir.resolve("two.export.CSV.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.export.CSV", "b.export.CSV")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(V2));
                z.closeEntry();
            }
        }
        assertThat(read(zip, GdeltFilter.NONE).problems().list()).extracting(Problem::toString)
                .containsExactly("two.export.CSV.zip: the zip file should hold exactly one GDELT event file");
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemWithTheirLine() throws IOException {
        List<String> lines = Files.readAllLines(V2, StandardCharsets.UTF_8);
        byte[] good = (String.join("\n", lines.subList(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = withCell(lines.get(3), 6, "VI\u0001T").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) if (bad[i] == 1) bad[i] = (byte) 0xC3; // 0xC3 then 'T': not a UTF-8 sequence
        Path file = dir.resolve("20240620.export.CSV");
        Files.write(file, concat(good, bad, new byte[] {'\n'}));
        Read r = read(file, GdeltFilter.NONE);
        assertThat(r.problems().hasErrors()).isTrue();
        assertThat(r.problems().list()).extracting(Problem::line).containsExactly(4L);
    }

    @Test
    void aTickerThatSaysStopCancelsAndIsToldTheBytesRead() throws IOException {
        String row = Files.readAllLines(V2, StandardCharsets.UTF_8).get(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 25_000; i++) sb.append(withCell(row, 0, Long.toString(1_000_000L + i))).append('\n');
        Path file = dir.resolve("20240620.export.CSV");
        Files.writeString(file, sb);
        long size = Files.size(file);
        List<long[]> ticks = new ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GdeltReader.read(file, GdeltFilter.NONE, x -> {}, new Problems(),
                (rows, bytes, total) -> {
                    ticks.add(new long[] {rows, bytes, total});
                    return ticks.size() < 2;
                })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(ticks).hasSize(2);
        assertThat(ticks.get(0)[0]).isEqualTo(9_999); // asked at line 10,000, before reading it
        assertThat(ticks.get(0)[1]).isPositive().isLessThanOrEqualTo(size);
        assertThat(ticks.get(0)[2]).isEqualTo(size);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void cameoRootsAreTwentyCategories() {
        assertThat(CameoRoots.CATEGORIES).hasSize(20);
        assertThat(CameoRoots.category(1).label()).isEqualTo("Make public statement");
        assertThat(CameoRoots.category(20).key()).isEqualTo("cameo-20");
        assertThat(CameoRoots.category(20).label()).isEqualTo("Engage in unconventional mass violence");
    }

    static String withCell(String line, int column, String value) {
        String[] cells = line.split("\t", -1);
        cells[column] = value;
        return String.join("\t", cells);
    }

    private Path zip(String zipName, String entry, byte[] content) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return zip;
    }
}
