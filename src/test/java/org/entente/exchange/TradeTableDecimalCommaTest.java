package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.entente.model.TradeFigure;
import org.junit.jupiter.api.Test;

/** Issue #15, defect 7: a decimal comma ("3,6") is refused with a located message, never read as 36. */
class TradeTableDecimalCommaTest {
    @Test
    void aDecimalCommaIsRefusedWhereItIs() {
        String csv = """
                reporter,partner,year,flow,value,unit
                Vietnam,Russia,2023,total,"3,6",billion USD
                Vietnam,China,2023,total,"171,2",billion USD
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "trade-eu.csv");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "trade-eu.csv line 2, column \"value\": \"3,6\" is ambiguous: a comma is read only as a thousands separator (1,234,567); "
                        + "write 3.6 with a decimal point",
                "trade-eu.csv line 3, column \"value\": \"171,2\" is ambiguous: a comma is read only as a thousands separator (1,234,567); "
                        + "write 171.2 with a decimal point");
        assertThat(r.content().trade()).isEmpty();
    }

    @Test
    void thousandsSeparatorsAndDecimalPointsStillRead() {
        String csv = """
                reporter,partner,flow,unit,2021,2022,2023
                Vietnam,Russia,total,USD,"5,500,000,000","7,100,000,000.5",3630000000
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "trade.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().trade()).extracting(TradeFigure::valueUsd).containsExactly(5_500_000_000L, 7_100_000_000L, 3_630_000_000L);
    }
}
