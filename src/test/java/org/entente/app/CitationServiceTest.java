package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.store.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations of a selection or a whole library, read back: CSL-JSON with Jackson, BibTeX with a small checker. */
class CitationServiceTest {
    @TempDir Path dir;
    Library library;
    Event visit, vote;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("c.db"));
        Source tass = new Source(0, "Визит Путина во Вьетнам", "ТАСС", null, EventDate.parse("2024-06-20"), "https://example.org/tass",
                LocalDate.of(2025, 1, 2), null);
        Source vne = new Source(0, "Tổng Bí thư Tô Lâm & 50% {tariffs}", "VnExpress", "Nguyễn Văn A", EventDate.parse("~2024-07"), null,
                null, "p. 3");
        Source un = new Source(0, "General Assembly resolution ES-11/1", "UN Press", null, EventDate.parse("2022-03-02"),
                "https://press.un.org/en/2022/ga12407.doc.htm", null, null);
        Actor vn = Actor.country("Vietnam", "VNM");
        visit = library.events().save(new Event(0, "Putin state visit to Hanoi", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                List.of(new Participant(vn, null)), null, null, 5, List.of(), List.of(Citation.of(tass), new Citation(vne, "para. 4"))));
        vote = library.events().save(new Event(0, "Vietnam abstains on ES-11/1", DateRange.parse("2022-03-02"), Category.UN_VOTE,
                List.of(new Participant(vn, null)), null, null, 3, List.of(), List.of(Citation.of(un), Citation.of(tass))));
    }

    @AfterEach
    void close() { library.close(); }

    @Test
    void theSourcesOfSelectedEventsEachOnceAsCslJson() throws Exception {
        List<Source> sources = CitationService.sourcesOfEvents(library, List.of(visit.id(), vote.id()));
        assertThat(sources).extracting(Source::publisher).containsExactly("ТАСС", "VnExpress", "UN Press");

        Path file = dir.resolve("sources.json");
        CitationService.write(sources, CitationService.Format.CSL_JSON, file);
        JsonNode items = new ObjectMapper().readTree(file.toFile());
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(3);
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates();
        JsonNode tass = items.get(0);
        assertThat(tass.get("title").asText()).isEqualTo("Визит Путина во Вьетнам");
        assertThat(tass.get("type").asText()).isEqualTo("webpage");
        assertThat(tass.get("URL").asText()).isEqualTo("https://example.org/tass");
        assertThat(tass.at("/issued/date-parts/0").toString()).isEqualTo("[2024,6,20]");
        assertThat(tass.at("/accessed/date-parts/0").toString()).isEqualTo("[2025,1,2]");
        JsonNode vne = items.get(1);
        assertThat(vne.at("/author/0/literal").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(vne.at("/issued/date-parts/0").toString()).isEqualTo("[2024,7]");
        assertThat(vne.at("/issued/circa").asBoolean()).isTrue();

        // only the selection's sources
        assertThat(CitationService.sourcesOfEvents(library, List.of(vote.id()))).extracting(Source::publisher).containsExactly("UN Press", "ТАСС");
    }

    @Test
    void theWholeLibraryAsBibTeXThatParsesBack() throws Exception {
        Path file = dir.resolve("library.bib");
        CitationService.write(CitationService.allSources(library), CitationService.Format.BIBTEX, file);
        List<Entry> entries = parseBibTeX(Files.readString(file));
        assertThat(entries).hasSize(3);
        assertThat(entries).extracting(Entry::key).doesNotHaveDuplicates();
        Entry vne = entries.stream().filter(e -> e.fields().containsKey("author")).findFirst().orElseThrow();
        assertThat(vne.type()).isEqualTo("misc");
        assertThat(vne.fields().get("author")).isEqualTo("{Nguyễn Văn A}");
        assertThat(vne.fields().get("title")).isEqualTo("Tổng Bí thư Tô Lâm \\& 50\\% \\{tariffs\\}");
        assertThat(vne.fields().get("year")).isEqualTo("2024");
        Entry un = entries.stream().filter(e -> "UN Press".equals(e.fields().get("publisher"))).findFirst().orElseThrow();
        assertThat(un.type()).isEqualTo("online");
        assertThat(un.fields().get("url")).isEqualTo("https://press.un.org/en/2022/ga12407.doc.htm");
        assertThat(un.fields().get("date")).isEqualTo("2022-03-02");

        assertThat(CitationService.format(List.of(), CitationService.Format.BIBTEX)).isEmpty();
        assertThat(new ObjectMapper().readTree(CitationService.format(List.of(), CitationService.Format.CSL_JSON)).size()).isZero();
    }

    record Entry(String type, String key, java.util.Map<String, String> fields) {}

    /** A small BibTeX reader: {@code @type{key, name = {value}, …}} with balanced braces; fails on anything else. */
    static List<Entry> parseBibTeX(String text) {
        List<Entry> out = new ArrayList<>();
        Pattern head = Pattern.compile("@(\\w+)\\{([^,\\s]+),");
        int i = 0;
        while (true) {
            int at = text.indexOf('@', i);
            if (at < 0) {
                assertThat(text.substring(i).strip()).as("text after the last entry").isEmpty();
                return out;
            }
            assertThat(text.substring(i, at).strip()).as("text between entries").isEmpty();
            Matcher m = head.matcher(text);
            assertThat(m.find(at) && m.start() == at).as("entry head at " + at).isTrue();
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            int p = m.end();
            while (true) {
                while (Character.isWhitespace(text.charAt(p))) p++;
                if (text.charAt(p) == '}') break;
                int eq = text.indexOf('=', p);
                String name = text.substring(p, eq).strip();
                int open = text.indexOf('{', eq);
                assertThat(text.substring(eq + 1, open).strip()).isEmpty();
                int depth = 0, q = open;
                for (; q < text.length(); q++) {
                    char ch = text.charAt(q);
                    if (ch == '\\') {
                        q++;
                        continue;
                    }
                    if (ch == '{') depth++;
                    else if (ch == '}' && --depth == 0) break;
                }
                assertThat(depth).as("balanced braces in " + name).isZero();
                fields.put(name, text.substring(open + 1, q));
                p = q + 1;
                while (Character.isWhitespace(text.charAt(p))) p++;
                if (text.charAt(p) == ',') p++;
            }
            out.add(new Entry(m.group(1), m.group(2), fields));
            i = p + 1;
        }
    }
}
