package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.LibraryContent;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {
    @TempDir Path dir;

    @Test
    void gephiTablesCarryTimesets() throws IOException {
        LibraryContent c = EntenteCsvTest.sample();
        GephiCsv.write(c.actors(), c.partnerships(), dir);
        List<CSVRecord> nodes = parse(dir.resolve("nodes.csv"));
        assertThat(nodes.get(0).toList()).containsExactly("Id", "Label", "Kind", "ISO3");
        assertThat(nodes).extracting(r -> r.get(1)).contains("Vietnam", "Tô Lâm", "Путин");
        List<CSVRecord> edges = parse(dir.resolve("edges.csv"));
        assertThat(edges.get(0).toList()).containsExactly("Source", "Target", "Type", "Id", "Label", "Weight", "Level", "Timeset");
        // Strategic from 2001 until July 2012 (exclusive), then comprehensive strategic, ongoing.
        assertThat(edges.get(1).toList()).containsExactly("VNM", "RUS", "Undirected", "e1", "Strategic partnership", "20", "strategic",
                "<[2001-01-01, 2012-06-30]>");
        assertThat(edges.get(2).get("Timeset".length() > 0 ? 7 : 0)).isEqualTo("<[2012-07-01, Infinity]>");
        assertThat(edges.get(2).get(4)).isEqualTo("Comprehensive Strategic Partnership");
    }

    @Test
    void cslJsonAndBibTeX() throws IOException {
        List<Source> sources = EntenteCsvTest.sample().sources();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Citations.writeCslJson(sources, out);
        JsonNode csl = new ObjectMapper().readTree(out.toByteArray());
        assertThat(csl).hasSize(2);
        JsonNode dw = csl.get(0);
        assertThat(dw.get("id").asText()).isEqualTo("david2024");
        assertThat(dw.get("type").asText()).isEqualTo("webpage");
        assertThat(dw.get("author").get(0).get("literal").asText()).isEqualTo("David Hutt");
        assertThat(dw.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2024,5,18]");
        assertThat(dw.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2024,6,20]");
        assertThat(dw.get("URL").asText()).isEqualTo("https://www.dw.com/en/a-69118421");
        assertThat(csl.get(1).get("issued").get("date-parts").get(0).toString()).isEqualTo("[2023,12]");
        assertThat(csl.get(1).get("title").asText()).isEqualTo("习近平 visit, Xinhua");

        StringWriter bib = new StringWriter();
        Citations.writeBibTeX(sources, bib);
        String text = bib.toString();
        assertThat(text).contains("@online{david2024,\n  title = {Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?}",
                "author = {{David Hutt}}", "date = {2024-05-18}", "url = {https://www.dw.com/en/a-69118421}", "urldate = {2024-06-20}",
                "@misc{xinhua2023,", "title = {习近平 visit, Xinhua}");
        assertThat(Citations.escape("50% & R&D_{x}")).isEqualTo("50\\% \\& R\\&D\\_\\{x\\}");
        // Braces balance in every entry.
        assertThat(text.chars().filter(ch -> ch == '{').count()).isEqualTo(text.chars().filter(ch -> ch == '}').count());
    }

    private static List<CSVRecord> parse(Path f) throws IOException {
        try (CSVParser p = CSVParser.parse(f, StandardCharsets.UTF_8, CsvInput.format())) {
            return p.getRecords();
        }
    }

    @Test
    void formatsAreRecognised() throws IOException {
        Path corpus = org.entente.TestFiles.corpus();
        assertThat(Importers.detect(corpus.resolve("timelinejs/women_in_computing.json")).format()).isEqualTo(ImportFormat.TIMELINEJS_JSON);
        assertThat(Importers.detect(corpus.resolve("timelinejs/my-own-timeline.csv")).format()).isEqualTo(ImportFormat.TIMELINEJS_SHEET);
        assertThat(Importers.detect(corpus.resolve("thetimelineproj/versions.timeline")).format()).isEqualTo(ImportFormat.TIMELINE_XML);
        Files.writeString(dir.resolve("figures.csv"), "Reporter,Partner,2020,2021\n");
        assertThat(Importers.detect(dir.resolve("figures.csv")).format()).isEqualTo(ImportFormat.TRADE_TABLE);
        Files.writeString(dir.resolve("events.csv"), "title,start\n");
        assertThat(Importers.detect(dir.resolve("events.csv")).format()).isEqualTo(ImportFormat.ENTENTE_CSV);
        byte[] random = new byte[3000];
        new java.util.Random(42).nextBytes(random);
        Files.write(dir.resolve("noise.bin"), random);
        Importers.Detection d = Importers.detect(dir.resolve("noise.bin"));
        assertThat(d.format()).isNull();
        assertThat(d.problem().toString()).startsWith("noise.bin: is not a file Entente can import: it is not text");
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThat(Importers.detect(dir.resolve("empty.csv")).problem().message()).isEqualTo("the file is empty");
        Files.writeString(dir.resolve("other.csv"), "a,b,c\n1,2,3\n");
        assertThat(Importers.detect(dir.resolve("other.csv")).problem().message()).startsWith("is not a format Entente recognises");
    }
}
