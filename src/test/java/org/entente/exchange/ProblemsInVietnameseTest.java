package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.entente.exchange.bundle.BundleProblem;
import org.entente.exchange.bundle.BundleReader;
import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18: the problems of an import follow the interface language, and still name the file,
 * the line and the field. The same files read in English give the English texts as before.
 */
class ProblemsInVietnameseTest {
    @TempDir Path dir;

    @AfterEach
    void backToEnglish() { I18n.setLocale(I18n.ENGLISH); }

    private static <T> T inVietnamese(Supplier<T> work) {
        I18n.setLocale(I18n.VIETNAMESE);
        try {
            return work.get();
        } finally {
            I18n.setLocale(I18n.ENGLISH);
        }
    }

    private List<String> readCsv(String name, String content) {
        try {
            Path folder = Files.createDirectories(dir.resolve("f" + System.nanoTime()));
            Path f = folder.resolve(name);
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return EntenteCsvReader.read(List.of(f)).problems().stream().map(Problem::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDateThatIsNoDateIsNamedWithFileLineAndFieldInVietnamese() {
        String csv = "title,start\nGood,2024-06-19\nBad,2024-13-40\n";
        assertThat(inVietnamese(() -> readCsv("events.csv", csv)))
                .containsExactly("events.csv, dòng 3, trường \"start\": \"2024-13-40\" không phải là ngày hợp lệ: không có tháng 13");
        assertThat(readCsv("events.csv", csv))
                .containsExactly("events.csv line 3, column \"start\": \"2024-13-40\" is not a date: month 13");
    }

    @Test
    void aDayTheMonthLacksNamesTheMonthTheVietnameseWay() {
        assertThat(inVietnamese(() -> readCsv("events.csv", "title,start\nLeap,2023-02-29\n")))
                .containsExactly("events.csv, dòng 2, trường \"start\": \"2023-02-29\" không phải là ngày hợp lệ: "
                        + "không có ngày 29 (tháng 2 năm 2023 chỉ có 28 ngày)");
    }

    @Test
    void theModelsRefusalsAndWarningsAreSaidInVietnamese() {
        assertThat(inVietnamese(() -> readCsv("events.csv", "title,start,end\nSpan,2012-07,2001\n")))
                .containsExactly("events.csv, dòng 2, trường \"end\": ngày kết thúc 2001 sớm hơn ngày bắt đầu 2012-07");
        assertThat(inVietnamese(() -> readCsv("partnerships.csv", "a,b,level,from\nVietnam,Japan,friends,2023\n")))
                .containsExactly("partnerships.csv, dòng 2, trường \"level\": không có cấp quan hệ đối tác \"friends\"; các cấp hiện có: "
                        + "[free-trade-agreement, comprehensive, strategic, comprehensive-strategic, alliance]");
        assertThat(inVietnamese(() -> readCsv("events.csv", "title,start,participants\nTalks,2024-06-19,Hội đồng Hoà bình\n")))
                .containsExactly("events.csv, dòng 2, trường \"participants\": \"Hội đồng Hoà bình\" không có trong actors.csv và "
                        + "không phải quốc gia đã biết: đã thêm dưới dạng tổ chức (cảnh báo)");
    }

    @Test
    void aHeaderWithoutItsColumnsSaysWhichInVietnamese() {
        assertThat(inVietnamese(() -> readCsv("events.csv", "headline,date\nX,2024\n"))).singleElement().asString()
                .startsWith("events.csv, dòng 1: hàng tiêu đề thiếu các cột \"title\", \"start\"; các cột hiện có: \"headline\", \"date\"");
    }

    @Test
    void aBundlesProblemsNameFieldAndPathInVietnamese() {
        String json = """
                {
                  "format": "entente-bundle",
                  "version": 1,
                  "events": [
                    { "key": "e1", "title": "Talks", "when": "2024-13/2025" }
                  ]
                }
                """;
        List<String> vi = inVietnamese(() -> BundleReader.read(json, "library.entente.json").problems().stream().map(BundleProblem::toString).toList());
        assertThat(vi).containsExactly("library.entente.json, dòng 5, trường \"when\" ($.events[0].when): "
                + "\"2024-13/2025\" không phải là ngày hợp lệ: không có tháng 13 (ở ngày bắt đầu)");
        assertThat(BundleReader.read(json, "library.entente.json").problems()).extracting(BundleProblem::toString)
                .containsExactly("library.entente.json line 5, field \"when\" ($.events[0].when): \"2024-13/2025\" is not a date: the start month 13");
    }

    @Test
    void timelineJsDatesFromSeparateCellsAreSaidInVietnamese() {
        byte[] json = """
                {"events": [
                  {"start_date": {"year": "2024", "month": "13"}, "text": {"headline": "A"}},
                  {"start_date": {"month": "5"}, "text": {"headline": "B"}}
                ]}
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(inVietnamese(() -> TimelineJs.read(json, "tl.json").problems().stream().map(Problem::toString).toList()))
                .containsExactly(
                        "tl.json, dòng 2, trường \"events[0].start_date\": \"2024-13\" không phải là ngày hợp lệ: không có tháng 13",
                        "tl.json, dòng 3, trường \"events[1].start_date\": \"-5\" không phải là ngày hợp lệ: có tháng hoặc ngày nhưng không có năm");
    }
}
