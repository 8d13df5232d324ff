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
}
