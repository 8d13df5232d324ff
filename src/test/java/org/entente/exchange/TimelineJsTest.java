package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsTest {
    static final Path CORPUS = org.entente.TestFiles.corpus("timelinejs");
    @TempDir Path dir;

    @Test
    void readsTheWomenInComputingTimeline() {
        ImportResult r = TimelineJs.read(CORPUS.resolve("women_in_computing.json"));
        assertThat(r.hasErrors()).isFalse();
        List<Event> events = r.content().events();
        assertThat(events).hasSize(10);
        Event ada = events.get(0);
        assertThat(ada.title()).isEqualTo("Ada Lovelace");
        assertThat(ada.when()).isEqualTo(DateRange.of(EventDate.ofDay(1815, 12, 10), EventDate.ofDay(1852, 11, 27)));
        assertThat(ada.summary()).startsWith("Women have been programming since before it was a thing. Take Ada Lovelace: Daughter of Lord Byron")
                .doesNotContain("<", ">", "href");
        Event eniac = events.get(2);
        assertThat(eniac.title()).isEqualTo("...And the women who made it work");
        assertThat(eniac.when()).isEqualTo(DateRange.of(EventDate.ofMonth(1943, 7), EventDate.ofYear(1946)));
        assertThat(events).extracting(Event::title).contains("Rózsa Péter writes recursion", "Karen Spärck Jones makes search possible",
                "\"The Mother of the Internet\"");
        assertThat(events.get(4).when().start()).isEqualTo(EventDate.ofYear(1951));
        assertThat(r.problems()).extracting(Problem::message)
                .contains("the title slide “Women in Computing” is not an event and was not imported");
    }

    @Test
    void exportThenImportGivesEqualEvents() throws IOException {
        List<Event> events = List.of(
                new Event(0, "Putin in Hà Nội <&> \"talks\"", DateRange.of(EventDate.ofDay(2024, 6, 19), EventDate.ofDay(2024, 6, 20)),
                        Category.STATE_VISIT, null, null, "Two lines:\nTô Lâm & 习近平 < Путин", 3, null, null),
                new Event(0, "Founding", DateRange.of(EventDate.ofYear(-44)), new Category("my-group", "My group"), null, null, null, 3, null, null),
                new Event(0, "Month", DateRange.of(EventDate.ofMonth(2012, 7)), Category.OTHER, null, null, null, 3, null, null));
        List<Period> periods = List.of(new Period(0, "Đổi Mới", DateRange.of(EventDate.ofYear(1986), EventDate.ofYear(1990)), null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJs.write("Bamboo diplomacy", events, periods, out);
        ImportResult r = TimelineJs.read(out.toByteArray(), "x.json");
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.content().events()).isEqualTo(events);
        assertThat(r.content().periods()).isEqualTo(periods);
    }

    @Test
    void truncatedJsonNamesTheLine() throws IOException {
        byte[] all = Files.readAllBytes(CORPUS.resolve("women_in_computing.json"));
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        ImportResult r = TimelineJs.read(cut, "women.json");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).message()).isEqualTo("the JSON ends too early (the file looks truncated)");
        assertThat(r.problems().get(0).line()).isGreaterThan(50);
        assertThat(r.content().size()).isZero();
    }

    @Test
    void badDatesRandomBytesEmptyAndDeepNestingAreProblems() {
        String bad = "{\"events\":[\n{\"start_date\":{\"year\":\"2024\",\"month\":\"13\"},\"text\":{\"headline\":\"x\"}}]}";
        ImportResult r = TimelineJs.read(bad.getBytes(StandardCharsets.UTF_8), "t.json");
        assertThat(r.problems()).extracting(Problem::toString)
                .containsExactly("t.json line 2, column \"events[0].start_date\": \"2024-13\" is not a date: month 13");

        byte[] random = new byte[2000];
        new Random(7).nextBytes(random);
        assertThat(TimelineJs.read(random, "r.json").problems().get(0).message()).startsWith("is not valid JSON");
        assertThat(TimelineJs.read(new byte[0], "e.json").problems().get(0).message()).startsWith("the file is empty");
        String deep = "{\"events\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(TimelineJs.read(deep.getBytes(StandardCharsets.UTF_8), "d.json").problems().get(0).message())
                .isEqualTo("the data is nested deeper than 64 levels (Entente's limit for JSON and XML files)");
        assertThat(TimelineJs.read("[1,2]".getBytes(StandardCharsets.UTF_8), "a.json").problems().get(0).message())
                .startsWith("is not a TimelineJS timeline");
    }

    @Test
    void readsTheGoogleSheetsTemplate() {
        ImportResult r = TimelineJsSheet.read(CORPUS.resolve("my-own-timeline.csv"));
        assertThat(r.hasErrors()).isFalse();
        List<Event> events = r.content().events();
        assertThat(events).hasSize(10);
        assertThat(events.get(0).title()).isEqualTo("Ada Lovelace");
        assertThat(events.get(0).when().toString()).isEqualTo("1815-12-10/1852-11-27");
        // Doubled quotes inside a quoted cell, and HTML, become plain text.
        assertThat(events.get(0).summary()).contains("This slide demonstrates a simple \"image\" media type.").doesNotContain("<span");
        assertThat(events.get(9).title()).isEqualTo("\"The Mother of the Internet\"");
        assertThat(events.get(2).summary()).contains("Frances Elizabeth \"Betty\" Holberton");
        assertThat(r.problems()).extracting(Problem::toString)
                .contains("my-own-timeline.csv line 2, column \"type\": the title slide “MY OWN CSV” is not an event and was not imported (warning)");
    }

    @Test
    void sheetEraRowsBecomePeriods() throws IOException {
        Path f = dir.resolve("sheet.csv");
        Files.writeString(f, String.join(",", TimelineJsSheet.COLUMNS.stream().map(c -> c.substring(0, 1).toUpperCase() + c.substring(1)).toList())
                + "\n1986,12,,,1990,,,,,Đổi Mới,<b>reforms</b>,,,,,era,,\n2024,6,31,,,,,,,Bad,,,,,,,,\n");
        ImportResult r = TimelineJsSheet.read(f);
        assertThat(r.content().periods()).containsExactly(new Period(0, "Đổi Mới",
                DateRange.of(EventDate.ofMonth(1986, 12), EventDate.ofYear(1990)), null, "reforms"));
        assertThat(r.problems()).extracting(Problem::toString)
                .containsExactly("sheet.csv line 3, column \"day\": \"2024-6-31\" is not a date: day 31 (June 2024 has 30 days)");
    }
}
