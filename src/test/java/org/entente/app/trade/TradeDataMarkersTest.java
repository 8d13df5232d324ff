package org.entente.app.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.entente.analysis.trade.DiplomacyMarker;
import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trade chart's visit markers are read bounded: a library with more state visits than
 * {@link TradeData#MARKER_LIMIT} hands over that many, the most important (then the latest), in date
 * order — at ten million events reading every one ran out of memory (BENCHMARKS.md, session 17).
 */
class TradeDataMarkersTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryWithMoreVisitsThanTheLimitGivesTheMostImportantOnesInDateOrder() throws Exception {
        Path file = dir.resolve("many-visits.entente");
        new SyntheticLibrary(SyntheticLibrary.DEFAULT_SEED, 24_000).writeTo(file, (phase, done, total) -> { }, () -> false);
        try (Library library = Library.open(file)) {
            List<EventHeader> visits = library.events().byCategory(Category.STATE_VISIT.key());
            assertThat(visits).as("the synthetic library holds more visits than the limit").hasSizeGreaterThan(TradeData.MARKER_LIMIT);

            List<DiplomacyMarker> markers = TradeData.load(library).markers().stream()
                    .filter(m -> m.kind() == DiplomacyMarker.Kind.VISIT).toList();

            List<String> expected = visits.stream()
                    .sorted(Comparator.comparingInt(EventHeader::importance).reversed()
                            .thenComparing(Comparator.comparingLong(EventHeader::startDay).reversed())
                            .thenComparing(Comparator.comparingLong(EventHeader::id).reversed()))
                    .limit(TradeData.MARKER_LIMIT)
                    .map(e -> LocalDate.ofEpochDay(e.startDay()) + " " + e.title()).sorted().toList();
            assertThat(markers).hasSize(TradeData.MARKER_LIMIT);
            assertThat(markers.stream().map(m -> m.date() + " " + m.detail()).sorted().toList()).isEqualTo(expected);
            assertThat(markers).isSortedAccordingTo(Comparator.comparing(DiplomacyMarker::date));
        }
    }
}
