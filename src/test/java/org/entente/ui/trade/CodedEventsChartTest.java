package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.PairMonth;
import org.entente.ui.common.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coded-events chart's dataset, gaps and texts, in Vietnamese, dark, and high contrast at the large type Present mode uses. */
class CodedEventsChartTest {
    static final Actor VN = new Actor(1, "Việt Nam", ActorKind.COUNTRY, "VNM", null), RU = new Actor(2, "Nga", ActorKind.COUNTRY, "RUS", null);

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    /** 2021–2024: a cooperation series that dips into conflict in 2022, with quiet months and thin ones. */
    static CooperationConflict table() {
        List<PairMonth> months = new ArrayList<>();
        for (int at = 2021 * 12; at < 2025 * 12; at++) {
            int year = at / 12, month = at % 12 + 1;
            if (month == 8) continue; // no events in August
            int events = month == 1 ? 3 : 8 + (at * 7) % 11;
            double mean = year == 2022 && month >= 3 && month <= 6 ? -3.5 + (month - 3) : 1.5 + ((at * 13) % 30) / 10.0;
            months.add(new PairMonth(1, 2, year, month, events, events, mean * events));
        }
        return new CooperationConflict(months, new int[] {2021 * 12, 2024 * 12 + 11});
    }

    @Test
    void goldsteinHasGapsAndUnsureMonthsAndSpeaksVietnamese() throws Exception {
        I18n.setLocale(I18n.VIETNAMESE);
        var series = CodedEventsViewModel.series(table(), MeasureKind.GOLDSTEIN, List.of(new AgreementViewModel.Pair(VN, RU)));
        JFreeChart chart = CodedEventsChartFactory.create(series, MeasureKind.GOLDSTEIN, ChartStyle.of(Theme.DARK, 100));
        XYSeries s = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
        assertThat(s.getKey()).isEqualTo("Việt Nam–Nga");
        // 44 months with events, and one null item per August to break the line: 4 gaps
        assertThat(s.getItemCount()).isEqualTo(44 + 4);
        long nulls = java.util.stream.IntStream.range(0, s.getItemCount()).filter(i -> s.getY(i) == null).count();
        assertThat(nulls).isEqualTo(4);
        // January's 3 events are unsure
        assertThat(series.get(0).points().stream().filter(p -> p.unsure()).map(p -> p.month()).distinct().toList()).containsExactly(1);
        assertThat(chart.getTitle().getText()).isEqualTo("Hợp tác và xung đột: điểm Goldstein trung bình theo tháng");
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Điểm Goldstein trung bình");
        assertThat(CodedEventsChartFactory.month(series.get(0).points().get(0))).isEqualTo("tháng 1 năm 2021");
        write(chart, "coded-events-goldstein-dark-vi.png");
        write(CodedEventsChartFactory.create(series, MeasureKind.GOLDSTEIN, ChartStyle.of(Theme.HIGH_CONTRAST, 175)), "coded-events-goldstein-large-contrast-vi.png");
    }

    @Test
    void eventCountIsZeroInQuietMonthsInsideTheCodedSpan() {
        var series = CodedEventsViewModel.series(table(), MeasureKind.EVENT_COUNT, List.of(new AgreementViewModel.Pair(RU, VN)));
        JFreeChart chart = CodedEventsChartFactory.create(series, MeasureKind.EVENT_COUNT, ChartStyle.LIGHT);
        XYSeries s = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
        assertThat(s.getItemCount()).isEqualTo(48);
        assertThat(s.getY(7).doubleValue()).isZero(); // August 2021
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Coded events");
    }

    static void write(JFreeChart chart, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        BufferedImage image = chart.createBufferedImage(1280, 800);
        ImageIO.write(image, "png", out.toFile());
    }
}
