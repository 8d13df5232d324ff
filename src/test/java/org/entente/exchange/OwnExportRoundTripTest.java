package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 5: round trips through Entente's own exports are exact (blank lines in summaries, category labels' case). */
class OwnExportRoundTripTest {
    @TempDir Path dir;

    static Event event(String title, Category category, String summary) {
        return new Event(0, title, DateRange.of(EventDate.ofDay(2013, 3, 30)), category, List.of(), null, summary, 3, List.of(), List.of());
    }

    static final List<Event> EVENTS = List.of(
            event("Timeline 0.20.0", new Category("planned-release", "Planned Release"), "Released.\n\nSecond paragraph.\n\n\nAfter two blank lines."),
            event("Visit", Category.STATE_VISIT, "One line"),
            event("Festival", new Category("cultural-exchange", "Cultural exchange"), "Tô Lâm & 习近平: 1 < 2"));

    @Test
    void timelineJsExportThenImportKeepsBlankLinesInSummaries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJs.write("Round trip", EVENTS, List.of(), out);
        ImportResult back = TimelineJs.read(out.toByteArray(), "round-trip.json");
        assertThat(back.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(back.content().events()).extracting(Event::summary).containsExactlyElementsOf(EVENTS.stream().map(Event::summary).toList());
        assertThat(back.content().events()).extracting(Event::category).containsExactlyElementsOf(EVENTS.stream().map(Event::category).toList());
    }

    @Test
    void csvExportThenImportKeepsCategoryLabelsAsWritten() throws IOException {
        EntenteCsvWriter.write(new LibraryContent(null, null, EVENTS, null, null, null), dir);
        ImportResult back = EntenteCsvReader.read(List.of(dir.resolve(EntenteCsv.EVENTS)));
        assertThat(back.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(back.content().events()).extracting(Event::category).containsExactlyElementsOf(EVENTS.stream().map(Event::category).toList());
        assertThat(back.content().events()).extracting(Event::summary).containsExactlyElementsOf(EVENTS.stream().map(Event::summary).toList());
    }
}
