package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, defect 4: the Timeline app writes years astronomically (its GregorianTimeType
 * writes "%d-%02d-%02d …" of a year in which 1 BC is 0, and its year formatter shows year y <= 0
 * as "(1 - y) BC"): its -43 is 44 BCE, its 0 is 1 BCE.
 */
class TimelineXmlBceYearsTest {
    static ImportResult read(String start, String end) {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><timeline><version>2.4.0</version><timetype>gregoriantime</timetype>"
                + "<events><event><start>" + start + "</start><end>" + end + "</end><text>Ides of March</text><fuzzy>False</fuzzy>"
                + "</event></events></timeline>";
        return TimelineXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "caesar.timeline",
                TimelineXml.CategoryMode.CATEGORIES);
    }

    @Test
    void yearMinus43IsTheIdesOf44Bce() {
        ImportResult r = read("-43-03-15 00:00:00", "-43-03-15 00:00:00");
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().events().get(0).when()).isEqualTo(DateRange.of(EventDate.ofDay(-44, 3, 15)));
    }

    @Test
    void yearZeroIs1BceAndYear1Is1Ce() {
        ImportResult r = read("0-06-01 00:00:00", "1-06-01 00:00:00");
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().events().get(0).when()).isEqualTo(DateRange.of(EventDate.ofDay(-1, 6, 1), EventDate.ofDay(1, 6, 1)));
    }
}
