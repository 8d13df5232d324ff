package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.entente.i18n.I18n;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The time axis and the dates of the timeline as Vietnamese write them (issue #18). */
class VietnameseAxisTest {
    private static final TickGenerator.TextWidth WIDTH = s -> s.length() * 7.0;
    private final TickGenerator ticks = new TickGenerator(I18n.VIETNAMESE);

    @BeforeEach
    void vietnamese() { I18n.setLocale(I18n.VIETNAMESE); }

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    private static double day(int year, int month, int dayOfMonth) {
        return LocalDate.of(EventDate.astronomicalYear(year), month, dayOfMonth).toEpochDay();
    }

    @Test
    void monthsAreWrittenWithTheirNumberUnderTheirYear() {
        Ticks t = ticks.generate(new TimeScale(day(2024, 1, 1), day(2025, 1, 1), 0, 1000), WIDTH, WIDTH);
        assertThat(t.minorStep()).isEqualTo(new TickStep(TickUnit.MONTH, 1));
        assertThat(t.minorLabels()).contains("tháng 6", "tháng 12").noneMatch(l -> l.startsWith("Tháng") || l.contains("June"));
        assertThat(t.majorLabels()).contains("2024");
        // narrower: the short form, still lower case as in running text
        Ticks narrow = ticks.generate(new TimeScale(day(2023, 1, 1), day(2025, 1, 1), 0, 1400), WIDTH, WIDTH);
        assertThat(narrow.minorLabels()).contains("thg 9");
        // days under their month: "tháng 6 năm 2024"
        Ticks days = ticks.generate(new TimeScale(day(2024, 6, 18), day(2024, 6, 22), 0, 1600), WIDTH, WIDTH);
        assertThat(days.minorLabels()).containsSequence("19", "20", "21");
        assertThat(days.majorLabels()).contains("tháng 6 năm 2024");
    }

    @Test
    void yearsBeforeTheCommonEraAreTcnAndDecadesAreNamed() {
        Ticks caesar = ticks.generate(new TimeScale(day(-50, 1, 1), day(-40, 1, 1), 0, 600), WIDTH, WIDTH);
        assertThat(caesar.minorLabels()).contains("44 TCN").noneMatch(l -> l.contains("BCE"));
        assertThat(Arrays.stream(caesar.majorLabels()).anyMatch(l -> l.endsWith("TCN"))).isTrue();
        assertThat(TickGenerator.yearRangeLabel(2020, 2030)).isEqualTo("thập niên 2020");
        assertThat(TickGenerator.yearRangeLabel(1900, 2000)).isEqualTo("những năm 1900");
        assertThat(TickGenerator.yearRangeLabel(-99, 1)).isEqualTo("100 – 1 TCN");
        Ticks years = ticks.generate(new TimeScale(day(2001, 1, 1), day(2025, 1, 1), 0, 1600), WIDTH, WIDTH);
        assertThat(years.minorStep()).isEqualTo(new TickStep(TickUnit.YEAR, 1));
        assertThat(years.minorLabels()).contains("2012"); // plain digits, not grouped
        assertThat(years.majorLabels()).contains("thập niên 2010");
    }

    @Test
    void datesAreWrittenAsTheModelWritesThem() {
        EventDate visit = EventDate.parse("2024-06-19");
        assertThat(DateText.day(visit.firstDay(), DatePrecision.DAY, false, I18n.VIETNAMESE)).isEqualTo("19 tháng 6 năm 2024");
        EventDate july = EventDate.parse("2012-07");
        assertThat(DateText.day(july.firstDay(), DatePrecision.MONTH, true, I18n.VIETNAMESE)).isEqualTo("khoảng tháng 7 năm 2012");
        EventDate war = EventDate.parse("2022");
        assertThat(DateText.describe(war.firstDay(), war.endDay(), DatePrecision.YEAR, DatePrecision.YEAR, false, true, I18n.VIETNAMESE))
                .isEqualTo("năm 2022 – nay");
        assertThat(DateText.year(-43)).isEqualTo("44 TCN");
    }
}
