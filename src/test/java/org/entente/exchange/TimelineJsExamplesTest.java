package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.entente.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, defect 9: slides as TimelineJS's own examples have them. A slide with only media
 * (no headline, no text) carries nothing Entente keeps and is skipped with a warning, not a
 * refusal of the whole file; a cosmic year is named as outside the years Entente supports.
 */
class TimelineJsExamplesTest {
    static ImportResult read(String json) {
        return TimelineJs.read(json.getBytes(StandardCharsets.UTF_8), "examples.json");
    }

    @Test
    void aMediaOnlySlideIsSkippedWithAWarning() {
        ImportResult r = read("""
                {"events": [
                  {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Apollo 11 lands"}},
                  {"start_date": {"year": 1969, "month": 7, "day": 21},
                   "media": {"url": "https://example.org/footprint.jpg", "caption": ""}}
                ]}
                """);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.content().events()).extracting(Event::title).containsExactly("Apollo 11 lands");
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "examples.json line 3, column \"events[1]\": the slide has only media (no headline, no text): not imported, as Entente "
                        + "keeps no links to online media (warning)");
    }

    @Test
    void aCosmicYearIsNamedAsOutsideTheSupportedYears() {
        ImportResult r = read("""
                {"events": [
                  {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}}
                ]}
                """);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "examples.json line 2, column \"events[0].start_date\": \"-13800000000\" is not a date: year -13800000000 is outside "
                        + "the years Entente supports (99999 BCE to 99999 CE)");
    }
}
