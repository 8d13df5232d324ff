package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventDateTest {

    @Test
    void keepsPrecision() {
        assertThat(EventDate.parse("2024").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(EventDate.parse("2024-06").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(EventDate.parse("2024-06-19").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(EventDate.parse("2012-07").toString()).isEqualTo("2012-07");
    }

    @Test
    void aMonthSpansTheWholeMonthNotItsFirstDay() {
        EventDate july = EventDate.parse("2012-07");
        assertThat(july.firstLocalDate()).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(july.lengthInDays()).isEqualTo(31);
        assertThat(EventDate.parse("2024").lengthInDays()).isEqualTo(366);
        assertThat(EventDate.parse("2023").lengthInDays()).isEqualTo(365);
        assertThat(EventDate.parse("2024-02").lengthInDays()).isEqualTo(29);
        assertThat(EventDate.parse("2024-06-19").lengthInDays()).isEqualTo(1);
    }

    @Test
    void bceYearsHaveNoYearZero() {
        EventDate idesOfMarch = EventDate.parse("-0044-03-15");
        assertThat(idesOfMarch.year()).isEqualTo(-44);
        assertThat(idesOfMarch.isBce()).isTrue();
        assertThat(idesOfMarch.display(Locale.ENGLISH)).isEqualTo("15 March 44 BCE");
        // 1 BCE is immediately followed by 1 CE
        assertThat(EventDate.parse("-0001").endDay()).isEqualTo(EventDate.parse("0001").firstDay());
        assertThat(EventDate.parse("-0001")).isLessThan(EventDate.parse("0001"));
        assertThat(EventDate.parse("-0044-03-15").toString()).isEqualTo("-0044-03-15");
    }

    @Test
    void approximateDatesAreMarked() {
        EventDate c2001 = EventDate.parse("~2001");
        assertThat(c2001.approximate()).isTrue();
        assertThat(c2001.display(Locale.ENGLISH)).isEqualTo("c. 2001");
        assertThat(c2001.toString()).isEqualTo("~2001");
    }

    @Test
    void displaysAtItsOwnPrecision() {
        assertThat(EventDate.parse("2012-07").display(Locale.ENGLISH)).isEqualTo("July 2012");
        assertThat(EventDate.parse("2024-06-19").display(Locale.ENGLISH)).isEqualTo("19 June 2024");
        assertThat(EventDate.parse("2024").display(Locale.ENGLISH)).isEqualTo("2024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-13-40|month|month 13",
            "2024-02-30|day|day 30",
            "2023-02-29|day|day 29",
            "0000|year|no year 0",
            "2024/06/19|format|expected YYYY",
            "June 2024|format|expected YYYY",
            "''|format|empty"})
    void rejectsBadDatesNamingTheBadPart(String text, String part, String message) {
        assertThatThrownBy(() -> EventDate.parse(text)).isInstanceOf(DateParseException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((DateParseException) e).part()).isEqualTo(part));
    }

    @Test
    void the2024_13_40ExampleNamesTheMonth() {
        assertThatThrownBy(() -> EventDate.parse("2024-13-40"))
                .hasMessage("\"2024-13-40\" is not a date: month 13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-06", "2024-06-19", "-0044-03-15", "~2001", "~-0500", "0001-01-01", "9999-12-31"})
    void textRoundTrips(String text) {
        assertThat(EventDate.parse(text).toString()).isEqualTo(text);
        assertThat(EventDate.parse(EventDate.parse(text).toString())).isEqualTo(EventDate.parse(text));
    }

    @Test
    void ordersByTimeThenByNarrowerSpanFirst() {
        List<EventDate> dates = new ArrayList<>(List.of(EventDate.parse("2012"), EventDate.parse("2012-07"),
                EventDate.parse("2012-07-01"), EventDate.parse("2011-12-31"), EventDate.parse("-0044"), EventDate.parse("2013")));
        Collections.shuffle(dates, new Random(7));
        Collections.sort(dates);
        assertThat(dates).extracting(EventDate::toString)
                .containsExactly("-0044", "2011-12-31", "2012", "2012-07-01", "2012-07", "2013");
    }

    @Test
    void orderIsConsistentWithTimeForRandomDates() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            int y1 = r.nextInt(4000) - 2000, y2 = r.nextInt(4000) - 2000;
            if (y1 == 0 || y2 == 0) continue;
            EventDate a = EventDate.ofDay(y1, 1 + r.nextInt(12), 1 + r.nextInt(28));
            EventDate b = EventDate.ofDay(y2, 1 + r.nextInt(12), 1 + r.nextInt(28));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(a.firstDay() - b.firstDay()));
        }
    }

    @Test
    void rangesParseWithEndsAndOngoing() {
        DateRange visit = DateRange.parse("2024-06-19/2024-06-20");
        assertThat(visit.end()).isEqualTo(EventDate.parse("2024-06-20"));
        assertThat(visit.endDay(LocalDate.of(2030, 1, 1)) - visit.firstDay()).isEqualTo(2);
        DateRange partnership = DateRange.parse("2012-07/..");
        assertThat(partnership.ongoing()).isTrue();
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(partnership.endDay(today)).isEqualTo(today.toEpochDay() + 1);
        assertThat(partnership.toString()).isEqualTo("2012-07/..");
        assertThat(DateRange.parse("2012-07").endDay(today)).isEqualTo(EventDate.parse("2012-08").firstDay());
    }

    @Test
    void rangesDisplayCompactly() {
        assertThat(DateRange.parse("2024-06-19/2024-06-20").display(Locale.ENGLISH)).isEqualTo("19–20 June 2024");
        assertThat(DateRange.parse("2008-05-30/2008-06-02").display(Locale.ENGLISH)).isEqualTo("30 May – 2 June 2008");
        assertThat(DateRange.parse("2023-12-30/2024-01-02").display(Locale.ENGLISH)).isEqualTo("30 December 2023 – 2 January 2024");
        assertThat(DateRange.parse("2024-03/2024-05").display(Locale.ENGLISH)).isEqualTo("March – May 2024");
        assertThat(DateRange.parse("2012-07/..").display(Locale.ENGLISH)).isEqualTo("July 2012 – ongoing");
        assertThat(DateRange.parse("-0050/-0044").display(Locale.ENGLISH)).isEqualTo("50 BCE – 44 BCE");
    }

    @Test
    void rangeErrorsNameTheEndThatIsWrong() {
        assertThatThrownBy(() -> DateRange.parse("2024-06-19/2024-13-01")).hasMessageContaining("the end month 13");
        assertThatThrownBy(() -> DateRange.parse("2024-06-19/2023-01-01")).hasMessageContaining("before the start");
    }

    @Test
    void unicodeNamesSurviveAndFold() {
        for (String name : List.of("Tô Lâm", "Võ Văn Thưởng", "Путин", "习近平")) {
            assertThat(Actor.country(name, null).name()).isEqualTo(name);
        }
        assertThat(TextFolding.fold("Tô Lâm")).isEqualTo("to lam");
        assertThat(TextFolding.fold("Vương Đình Huệ")).isEqualTo("vuong dinh hue");
        assertThat(TextFolding.fold("Путин")).isEqualTo("путин");
        assertThat(TextFolding.fold("习近平")).isEqualTo("习近平");
    }

    @Test
    void partnershipInForceFromItsStartUntilItsEnd() {
        Actor vn = new Actor(1, "Vietnam", ActorKind.COUNTRY, "VNM", null);
        Actor ru = new Actor(2, "Russia", ActorKind.COUNTRY, "RUS", null);
        Partnership strategic = new Partnership(0, vn, ru, PartnershipLevel.STRATEGIC, null, EventDate.parse("2001-03"),
                EventDate.parse("2012-07"), null, null);
        assertThat(strategic.inForceOn(LocalDate.of(2001, 3, 1))).isTrue();
        assertThat(strategic.inForceOn(LocalDate.of(2001, 2, 28))).isFalse();
        assertThat(strategic.inForceOn(LocalDate.of(2012, 6, 30))).isTrue();
        assertThat(strategic.inForceOn(LocalDate.of(2012, 7, 1))).isFalse();
        assertThatThrownBy(() -> new Partnership(0, vn, vn, PartnershipLevel.STRATEGIC, null, EventDate.parse("2001"), null, null, null))
                .hasMessageContaining("Vietnam twice");
        assertThat(PartnershipLevel.COMPREHENSIVE_STRATEGIC).isGreaterThan(PartnershipLevel.STRATEGIC);
        assertThat(PartnershipLevel.STRATEGIC).isGreaterThan(PartnershipLevel.COMPREHENSIVE);
    }
}
