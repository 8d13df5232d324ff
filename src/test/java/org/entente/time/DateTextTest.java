package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void writesDatesAtTheirPrecision() {
        EventDate july = EventDate.parse("2012-07");
        assertThat(DateText.describe(july.firstDay(), july.endDay(), DatePrecision.MONTH, DatePrecision.MONTH, false, false, Locale.ENGLISH))
                .isEqualTo("July 2012");
        EventDate visit = EventDate.parse("2024-06-19");
        assertThat(DateText.describe(visit.firstDay(), EventDate.parse("2024-06-20").endDay(), DatePrecision.DAY, DatePrecision.DAY, false, false, Locale.ENGLISH))
                .isEqualTo("19 June 2024 – 20 June 2024");
        EventDate war = EventDate.parse("2022");
        assertThat(DateText.describe(war.firstDay(), war.endDay(), DatePrecision.YEAR, DatePrecision.YEAR, false, true, Locale.ENGLISH))
                .isEqualTo("2022 – ongoing");
        EventDate ides = EventDate.parse("~-0044-03-15");
        assertThat(DateText.day(ides.firstDay(), DatePrecision.DAY, true, Locale.ENGLISH)).isEqualTo("c. 15 March 44 BCE");
        assertThat(DateText.day(july.firstDay(), DatePrecision.MONTH, false, Locale.forLanguageTag("vi"))).contains("2012");
    }

    @Test
    void unitEndCoversTheWholeMonthOrYear() {
        EventDate july = EventDate.parse("2012-07");
        assertThat(DateText.unitEnd(july.firstDay(), DatePrecision.MONTH)).isEqualTo(july.endDay());
        EventDate bce = EventDate.parse("-0001");
        assertThat(DateText.unitEnd(bce.firstDay(), DatePrecision.YEAR)).isEqualTo(EventDate.parse("0001").firstDay());
        assertThat(DateText.year(0)).isEqualTo("1 BCE");
        assertThat(DateText.year(-43)).isEqualTo("44 BCE");
    }
}
