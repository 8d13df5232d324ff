package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {
    /** A label-width estimate like a 12px proportional font. */
    private static final TickGenerator.TextWidth WIDTH = s -> s.length() * 7.0;
    private final TickGenerator ticks = new TickGenerator(Locale.ENGLISH);

    private static double day(int year, int month, int dayOfMonth) {
        return LocalDate.of(EventDate.astronomicalYear(year), month, dayOfMonth).toEpochDay();
    }

    @Test
    void labelsNeverOverlapAndTicksIncreaseAtEveryScale() {
        Random rnd = new Random(3);
        for (int n = 0; n < 3000; n++) {
            double start = (rnd.nextDouble() - 0.8) * 365.25 * 60_000; // 46,000 BCE .. 14,000 CE
            double span = Math.pow(10, rnd.nextDouble() * 7.7 - 0.3);    // half a day .. 140,000 years
            double width = 300 + rnd.nextDouble() * 2200;
            TimeScale s = new TimeScale(start, start + span, 180, width);
            Ticks t = ticks.generate(s, WIDTH, WIDTH);
            double[] d = t.minorDays();
            assertThat(d.length).as("ticks for %s", s).isGreaterThan(0);
            assertThat(d[0]).isLessThanOrEqualTo(s.startDay());
            // the interval that crosses the epoch is up to twice as long (no year 0)
            assertThat(d[d.length - 1]).isGreaterThanOrEqualTo(Math.floor(s.endDay()) - t.minorStep().minDays() * 2.1 - 1);
            for (int i = 0; i + 1 < d.length; i++) {
                assertThat(d[i + 1]).isGreaterThan(d[i]);
                double room = s.dayToX(d[i + 1]) - s.dayToX(d[i]);
                assertThat(WIDTH.width(t.minorLabels()[i]) + TickGenerator.LABEL_INSET).as("label %s at %s", t.minorLabels()[i], s)
                        .isLessThan(room);
            }
            double[] m = t.majorDays();
            for (int i = 0; i + 1 < m.length; i++) assertThat(m[i + 1]).isGreaterThan(m[i]);
            for (String label : t.minorLabels()) {
                assertThat(label).isNotEqualTo("0").doesNotStartWith("0 ").doesNotStartWith("-");
            }
            for (String label : t.majorLabels()) assertThat(label).isNotEqualTo("0").doesNotContain(" 0 ").doesNotStartWith("0 ");
        }
    }

    @Test
    void ticksAreNotTooSparseEither() {
        // a year shows weeks on a wide screen and months on a narrow one; a decade quarters; a century years to 5 years
        TimeScale year = new TimeScale(day(2023, 1, 1), day(2024, 1, 1), 0, 1600);
        assertThat(ticks.generate(year, WIDTH, WIDTH).minorStep()).isEqualTo(new TickStep(TickUnit.WEEK, 1));
        assertThat(ticks.generate(year.withPixels(0, 600), WIDTH, WIDTH).minorStep()).isEqualTo(new TickStep(TickUnit.MONTH, 1));
        TimeScale decade = new TimeScale(day(2010, 1, 1), day(2020, 1, 1), 0, 1600);
        assertThat(ticks.generate(decade, WIDTH, WIDTH).minorStep()).isEqualTo(new TickStep(TickUnit.MONTH, 3));
        TimeScale century = new TimeScale(day(1900, 1, 1), day(2000, 1, 1), 0, 1600);
        assertThat(ticks.generate(century, WIDTH, WIDTH).minorStep().count()).isLessThanOrEqualTo(5);
        TimeScale week = new TimeScale(day(2024, 6, 15), day(2024, 6, 22), 0, 1600);
        assertThat(ticks.generate(week, WIDTH, WIDTH).minorStep()).isEqualTo(new TickStep(TickUnit.DAY, 1));
        TimeScale ages = new TimeScale(day(-40_000, 1, 1), day(2000, 1, 1), 0, 1600);
        assertThat(ticks.generate(ages, WIDTH, WIDTH).minorStep().count()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void monthsSitUnderTheirYearAndUseLocaleNames() {
        TimeScale s = new TimeScale(day(2023, 11, 1), day(2024, 3, 1), 0, 400);
        Ticks t = new TickGenerator(Locale.FRENCH).generate(s, WIDTH, WIDTH);
        assertThat(t.minorStep().unit()).isEqualTo(TickUnit.MONTH);
        assertThat(t.minorLabels()).contains("janvier", "décembre");
        assertThat(t.majorStep()).isEqualTo(new TickStep(TickUnit.YEAR, 1));
        assertThat(t.majorLabels()).containsSequence("2023", "2024");
        Ticks narrow = ticks.generate(new TimeScale(day(2023, 1, 1), day(2025, 1, 1), 0, 900), WIDTH, WIDTH);
        assertThat(narrow.minorLabels()).contains("Sep");
    }

    @Test
    void daysSitUnderTheirMonth() {
        Ticks t = ticks.generate(new TimeScale(day(2024, 6, 18), day(2024, 6, 22), 0, 1600), WIDTH, WIDTH);
        assertThat(t.minorLabels()).containsSequence("19", "20", "21");
        assertThat(t.majorLabels()).contains("June 2024");
    }

    @Test
    void yearsBeforeTheCommonEraHaveNoYearZero() {
        Ticks t = ticks.generate(new TimeScale(day(-4, 1, 1), day(4, 1, 1), 0, 400), WIDTH, WIDTH);
        assertThat(t.minorStep()).isEqualTo(new TickStep(TickUnit.YEAR, 1));
        assertThat(t.minorLabels()).containsSequence("2 BCE", "1 BCE", "1", "2");
        Ticks caesar = ticks.generate(new TimeScale(day(-50, 1, 1), day(-40, 1, 1), 0, 600), WIDTH, WIDTH);
        assertThat(caesar.minorLabels()).contains("44 BCE");
        assertThat(Arrays.stream(caesar.majorLabels()).anyMatch(l -> l.endsWith("BCE"))).isTrue();
        // decades fall on round historical years on both sides of the epoch
        Ticks decades = ticks.generate(new TimeScale(day(-60, 1, 1), day(60, 1, 1), 0, 1000), WIDTH, WIDTH);
        assertThat(decades.minorStep()).isEqualTo(new TickStep(TickUnit.YEAR, 10));
        assertThat(decades.minorLabels()).containsSequence("20 BCE", "10 BCE", "10", "20");
    }

    @Test
    void centuriesAndMillenniaAreLabelled() {
        assertThat(TickGenerator.yearRangeLabel(2020, 2030)).isEqualTo("2020s");
        assertThat(TickGenerator.yearRangeLabel(1900, 2000)).isEqualTo("1900s");
        assertThat(TickGenerator.yearRangeLabel(-99, 1)).isEqualTo("100 – 1 BCE");
        assertThat(TickGenerator.yearRangeLabel(1000, 2000)).isEqualTo("1000 – 1999");
        assertThat(TickGenerator.isTickYear(10, -9)).isTrue(); // 10 BCE
        assertThat(TickGenerator.isTickYear(10, 0)).isFalse(); // 1 BCE
    }
}
