package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written fast paths used by bulk loads give exactly what the general code gives. */
class FastPathsTest {

    @Test
    void foldingAsciiIsLowerCaseAndOtherTextStillLosesItsMarks() {
        assertThat(TextFolding.fold("Trade DEAL 12, Hanoi")).isEqualTo("trade deal 12, hanoi");
        assertThat(TextFolding.fold("Tô Lâm – Võ Văn Thưởng, Đà Nẵng")).isEqualTo("to lam – vo van thuong, da nang");
        assertThat(TextFolding.fold("Путин, 习近平, Straße")).isEqualTo("путин, 习近平, strasse");
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    void dateTextIsZeroPaddedAtEachPrecisionAndReadsBack() {
        String[] texts = {"2024-06-19", "2012-07", "~2001", "0044", "-0044-03-15", "0001-01-01", "12345-11", "~-0500"};
        for (String t : texts) assertThat(EventDate.parse(t).toString()).isEqualTo(t);
        assertThat(EventDate.ofDay(7, 2, 3).toString()).isEqualTo("0007-02-03");
        assertThat(EventDate.ofMonth(1999, 12).toString()).isEqualTo("1999-12");
    }

    @Test
    void plainDatesReadWithoutTheRegexAgreeWithTheCalendarAndBadOnesAreStillExplained() {
        java.util.Random r = new java.util.Random(19);
        for (int i = 0; i < 20_000; i++) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(java.time.LocalDate.of(1, 1, 1).toEpochDay() + r.nextInt(3_650_000));
            String day = String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            EventDate parsed = EventDate.parse(day);
            assertThat(parsed.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(parsed.firstDay()).as(day).isEqualTo(d.toEpochDay());
            assertThat(parsed.toString()).isEqualTo(day);
            assertThat(EventDate.parse(day.substring(0, 7)).firstDay()).isEqualTo(d.withDayOfMonth(1).toEpochDay());
            assertThat(EventDate.parse(day.substring(0, 4)).firstDay()).isEqualTo(d.withDayOfYear(1).toEpochDay());
        }
        assertThat(EventDate.parse("2024-02-29").day()).isEqualTo(29);
        String[][] bad = {{"2023-02-29", "day 29"}, {"1900-02-29", "day 29"}, {"2024-04-31", "day 31"}, {"2024-13", "month 13"},
                {"2024-00-10", "month 0"}, {"0000", "no year 0"}, {"2024-06-00", "day 0"}, {"20x4", "expected YYYY"}};
        for (String[] b : bad) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventDate.parse(b[0])).as(b[0]).hasMessageContaining(b[1]);
        }
    }
}
