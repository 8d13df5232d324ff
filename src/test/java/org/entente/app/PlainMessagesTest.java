package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.exchange.Problem;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 10: problems are said in Entente's words, with the place, never in a library's internals. */
class PlainMessagesTest {
    @TempDir Path dir;
    Library library;

    @BeforeEach
    void open() { library = Library.open(dir.resolve("lib.entente")); }

    @AfterEach
    void close() { library.close(); }

    private List<String> problems(String name, String content) throws IOException {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return new ImportService(library).preview(List.of(f), ImportProgress.NONE).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void deepJsonNestingNamesEntentesLimitAndTheLine() throws IOException {
        String deep = "{\"events\": [\n" + "[".repeat(200) + "]".repeat(200) + "\n]}";
        assertThat(problems("deep.json", deep)).singleElement().asString()
                .startsWith("deep.json line 2").contains("nested deeper than 64 levels (Entente's limit for JSON and XML files)").doesNotContain("StreamReadConstraints");
        assertThat(problems("deep.entente.json", "{\"format\": \"entente-bundle\", \"version\": 1, \"events\": [\n" + "[".repeat(2000) + "]".repeat(2000) + "\n]}"))
                .singleElement().asString().startsWith("deep.entente.json line 2").contains("nested deeper than 64 levels (Entente's limit for JSON and XML files)")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void anUnclosedQuoteSaysWhereItOpened() throws IOException {
        assertThat(problems("events.csv", "title,start\nGood,2024-06-19\n\"Unclosed,2024-06-20\nMore,2024-06-21\n"))
                .containsExactly("events.csv line 3: a quoted cell (\") opened on line 3 is never closed");
    }

    @Test
    void theTimelineAppsPreXmlFormatIsNamedWithHowToConvertIt() throws IOException {
        assertThat(problems("old.timeline", "# Written by Timeline 0.9.0 on 2009-10-17 10:06:01\nCATEGORY:Work;188,129,224;True\n"
                + "EVENT:2009-10-17 10:06:01;2009-10-17 10:06:01;Meeting;Work\n"))
                .containsExactly("old.timeline: is in the Timeline app's early text format, which Entente "
                        + "does not read: open it in a current Timeline and save it, which writes the XML format Entente reads");
    }

    @Test
    void aGexfFileSaysWhichFormatsImport() throws IOException {
        assertThat(problems("net.gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph/></gexf>\n"))
                .singleElement().asString().startsWith("net.gexf: is a GEXF graph (Gephi), which Entente exports but does not import;")
                .contains("Entente imports Entente CSV", "TimelineJS", ".timeline").doesNotContain("header");
    }

    @Test
    void aTimelineJs2FileIsNamed() throws IOException {
        assertThat(problems("old.json", "{\"timeline\": {\"headline\": \"Old\", \"type\": \"default\", \"date\": [\n"
                + "{\"startDate\": \"2012,1,26\", \"headline\": \"Event\"}]}}\n"))
                .containsExactly("old.json line 1: is a TimelineJS 2 file ({\"timeline\": {\"date\": …}}); Entente reads TimelineJS3 JSON "
                        + "(an object with \"events\"): convert it with TimelineJS3's own tools or its Google Sheets template");
    }

    @Test
    void aTabSeparatedFileIsNamedNotPrintedWhole() throws IOException {
        String header = "reporter\tpartner\tyear\tflow\tvalue\tunit\tsource\tnote about a long column\tanother long column name";
        List<String> ps = problems("trade.tsv", header + "\nVietnam\tRussia\t2023\ttotal\t3.6\tbillion USD\tMoIT\t\t\n");
        assertThat(ps).containsExactly("trade.tsv line 1: is tab-separated: Entente reads comma-separated CSV (save it as \"CSV UTF-8\")");
    }
}
