package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which events of the library an imported one duplicates (issue #15): the same whether the
 * library's keys are read into a map (a small library) or looked up by start and end day (a big
 * one; here forced with a threshold of 0).
 */
class ExistingRecordsTest {
    @TempDir Path dir;
    Library library;
    long ada, talks, summit;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.entente"));
        ada = save("Ada Lovelace", DateRange.parse("1815-12-10/1852-11-27"));
        talks = save("Border talks", DateRange.ongoingFrom(EventDate.parse("2020-01-01")));
        summit = save("Summit", DateRange.parse("2024-06-19"));
        save("summit ", DateRange.parse("2024-06-19")); // the same key again, later: the first one is the match
        save("Summit", DateRange.parse("2024-06-18"));
    }

    @AfterEach
    void close() { library.close(); }

    private long save(String title, DateRange when) { return library.events().save(event(title, when)).id(); }

    private static Event event(String title, DateRange when) {
        return new Event(0, title, when, Category.MEETING, List.of(), null, null, 3, List.of(), List.of());
    }

    @ParameterizedTest(name = "events in a map up to {0}")
    @ValueSource(longs = {ExistingRecords.EVENTS_LOADED_UP_TO, 0})
    void sameTitleInAnyCaseOrSpacingWithTheSameDaysIsADuplicate(long loadedUpTo) {
        ExistingRecords existing = new ExistingRecords(library, loadedUpTo);
        assertThat(existing.looksUpEvents()).isEqualTo(loadedUpTo == 0);

        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10/1852-11-27")))).isEqualTo(ada);
        assertThat(existing.match(event("  ada LOVELACE\t", DateRange.parse("1815-12-10/1852-11-27")))).isEqualTo(ada);
        assertThat(existing.match(event("SUMMIT", DateRange.parse("2024-06-19")))).isEqualTo(summit);
        assertThat(existing.match(event("border talks", DateRange.ongoingFrom(EventDate.parse("2020-01-01"))))).isEqualTo(talks);
    }

    @ParameterizedTest(name = "events in a map up to {0}")
    @ValueSource(longs = {ExistingRecords.EVENTS_LOADED_UP_TO, 0})
    void anotherStartEndOrTitleIsNew(long loadedUpTo) {
        ExistingRecords existing = new ExistingRecords(library, loadedUpTo);

        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10/1852-11-28")))).isNull();
        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-11/1852-11-27")))).isNull();
        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10")))).isNull();
        assertThat(existing.match(event("Ada Byron", DateRange.parse("1815-12-10/1852-11-27")))).isNull();
        // Ongoing and ended on some day are different events, whatever that day.
        assertThat(existing.match(event("Border talks", DateRange.parse("2020-01-01")))).isNull();
        assertThat(existing.match(event("Border talks", DateRange.parse("2020-01-01/2099-12-31")))).isNull();
        assertThat(existing.match(event("Summit", DateRange.parse("2024-06-20")))).isNull();
    }

    @ParameterizedTest(name = "events in a map up to {0}")
    @ValueSource(longs = {ExistingRecords.EVENTS_LOADED_UP_TO, 0})
    void eventsAddedAfterTheImportBeganAreNotMatched(long loadedUpTo) {
        ExistingRecords existing = new ExistingRecords(library, loadedUpTo);
        // As the import writes its first row of two equal ones, the second is still new (as with the map read at the start).
        save("Treaty signed", DateRange.parse("1990-05-05"));
        save("Ada Lovelace", DateRange.parse("1815-12-10"));

        assertThat(existing.match(event("Treaty signed", DateRange.parse("1990-05-05")))).isNull();
        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10")))).isNull();
        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10/1852-11-27")))).isEqualTo(ada);
    }

    @ParameterizedTest(name = "events in a map up to {0}")
    @ValueSource(longs = {ExistingRecords.EVENTS_LOADED_UP_TO, 0})
    void anEmptyLibraryMatchesNothing(long loadedUpTo) {
        library.close();
        library = Library.open(dir.resolve("empty.entente"));
        ExistingRecords existing = new ExistingRecords(library, loadedUpTo);

        assertThat(existing.match(event("Ada Lovelace", DateRange.parse("1815-12-10/1852-11-27")))).isNull();
    }
}
