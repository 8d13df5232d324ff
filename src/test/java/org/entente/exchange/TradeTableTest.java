package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;

class TradeTableTest {

    @Test
    void longLayoutWithIsoCodesNamesAndUnits() {
        String csv = """
                reporter,partner,year,flow,value,unit,source
                VNM,China,2023,total,171.2,billion USD,Vietnam customs https://customs.gov.vn/x
                Viet Nam,RU,2023,exports,~1.06,USD bn,MoIT
                Russian Federation,Vietnam,2021,import,"7,100,000",thousand USD,Rosstat
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "trade-long.csv");
        assertThat(r.problems()).isEmpty();
        List<TradeFigure> t = r.content().trade();
        assertThat(t).hasSize(3);
        TradeFigure china = t.stream().filter(f -> f.partner().isoCode().equals("CHN")).findFirst().orElseThrow();
        assertThat(china.reporter().name()).isEqualTo("Vietnam");
        assertThat(china.valueUsd()).isEqualTo(171_200_000_000L);
        assertThat(china.source().source().url()).isEqualTo("https://customs.gov.vn/x");
        TradeFigure ru = t.stream().filter(f -> f.partner().isoCode().equals("RUS")).findFirst().orElseThrow();
        assertThat(ru.flow()).isEqualTo(TradeFlow.EXPORT);
        assertThat(ru.quality()).isEqualTo(DataQuality.APPROXIMATE);
        assertThat(ru.valueUsd()).isEqualTo(1_060_000_000L);
        // "VNM" and "Viet Nam" are the same actor.
        assertThat(ru.reporter()).isSameAs(china.reporter());
        assertThat(r.content().actors()).extracting(a -> a.isoCode()).containsExactlyInAnyOrder("VNM", "CHN", "RUS");
        TradeFigure rosstat = t.stream().filter(f -> f.year() == 2021).findFirst().orElseThrow();
        assertThat(rosstat.valueUsd()).isEqualTo(7_100_000_000L);
        assertThat(rosstat.reporter().name()).isEqualTo("Russia"); // "RU" came first: one actor per country
    }

    @Test
    void wideLayoutKeepsGapsAsGaps() {
        String csv = """
                reporter,partner,flow,unit,2019,2020,2021,2022
                Vietnam,Russia,total,million USD,4900,,5500,..
                Vietnam,KOR,export,million USD,19700,19100,21900,24300
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "wide.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().trade()).filteredOn(f -> f.partner().name().equals("Russia"))
                .extracting(TradeFigure::year).containsExactly(2019, 2021);
        assertThat(r.content().trade()).filteredOn(f -> f.partner().isoCode().equals("KOR")).hasSize(4)
                .extracting(TradeFigure::valueUsd).first().isEqualTo(19_700_000_000L);
    }

    @Test
    void badCellsAreNamed() {
        String csv = """
                reporter,partner,year,flow,value,unit
                Vietnam,Atlantis,2023,total,5,USD
                Vietnam,China,23a,total,5,USD
                Vietnam,China,2023,barter,5,USD
                Vietnam,China,2023,total,-5,USD
                Vietnam,China,2023,total,5,EUR
                """;
        ImportResult r = TradeTable.read(new StringReader(csv), "t.csv");
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "t.csv line 2, column \"partner\": \"Atlantis\" is not a country name or ISO 3166 code",
                "t.csv line 3, column \"year\": \"23a\" is not a year",
                "t.csv line 4, column \"flow\": \"barter\" is not export, import or total",
                "t.csv line 5, column \"value\": \"-5\" is negative: trade values cannot be",
                "t.csv line 6, column \"unit\": \"EUR\" is not a unit like USD, thousand USD, million USD or billion USD");
        assertThat(r.content().trade()).isEmpty();
    }
}
