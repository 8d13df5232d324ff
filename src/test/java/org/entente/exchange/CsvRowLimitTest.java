package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A CSV row longer than the limit is refused as it is read, naming its line: memory stays bounded.
 * (The limit counts the parser's read-ahead too, a buffer of 8,192 characters, so the tests' small
 * limit is still well above it.)
 */
class CsvRowLimitTest {
    @Test
    void aQuoteLeftOpenIsRefusedAtTheRowWhereItOpensInsteadOfReadingTheRestOfTheFileAsOneCell() {
        StringBuilder csv = new StringBuilder("title,start\nTô Lâm visits Moscow,2024-08\n\"习近平 in Hanoi,2023-12-12\n");
        for (int i = 0; i < 8_000; i++) csv.append("Путин in Hanoi ").append(i).append(",2024-06-19\n");
        Problems problems = new Problems();
        List<String> titles = new ArrayList<>();
        try (CsvInput.Cursor rows = CsvInput.open(new StringReader(csv.toString()), "events.csv", List.of("title", "start"), null,
                problems, 100_000)) {
            while (rows.hasNext()) titles.add(rows.next().get("title"));
        }
        assertThat(titles).containsExactly("Tô Lâm visits Moscow");
        assertThat(problems.list()).hasSize(1);
        Problem p = problems.list().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("longer than 100,000 characters").contains("quote");
        assertThat(p.toString()).contains("events.csv");
    }

    @Test
    void rowsWithinTheLimitAreReadHoweverLongTheFile() {
        StringBuilder csv = new StringBuilder("title,start\n");
        for (int i = 0; i < 20_000; i++) csv.append("\"Võ Văn Thưởng, ").append(i).append("\",2023-12-12\n");
        Problems problems = new Problems();
        int[] n = {0};
        try (CsvInput.Cursor rows = CsvInput.open(new StringReader(csv.toString()), "events.csv", List.of("title", "start"), null,
                problems, 100_000)) {
            while (rows.hasNext()) {
                rows.next();
                n[0]++;
            }
        }
        assertThat(problems.list()).isEmpty();
        assertThat(csv.length()).as("the file is longer than the limit").isGreaterThan(100_000);
        assertThat(n[0]).isEqualTo(20_000);
        assertThat(Limits.MAX_CSV_ROW_CHARS).as("the app's own limit leaves room for long summaries").isGreaterThan(Limits.MAX_STRING_CHARS);
    }
}
