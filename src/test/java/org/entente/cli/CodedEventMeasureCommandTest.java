package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Actor;
import org.entente.store.Library;
import org.entente.store.PairMonthsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente measure --kind event-count|goldstein}: one CSV row per month, with the counts behind it. */
class CodedEventMeasureCommandTest extends CommandLineTestBase {
    @TempDir Path dir;

    @Test
    void monthlyRowsWithZeroCountsInsideTheCodedMonthsAndGoldsteinGaps() {
        Path lib = dir.resolve("coded.entente");
        try (Library l = Library.open(lib)) {
            Actor vn = l.actors().save(Actor.country("Vietnam", "VNM")), ru = l.actors().save(Actor.country("Russia", "RUS"));
            Actor cn = l.actors().save(Actor.country("China", "CHN"));
            for (int d = 1; d <= 6; d++) PairMonthsTest.coded(l, 2023, 11, d, d % 2 == 0 ? 3.0 : 1.0, vn, ru); // 6 events, mean 2
            PairMonthsTest.coded(l, 2024, 1, 5, -5.0, ru, vn);
            PairMonthsTest.coded(l, 2024, 1, 9, null, vn, ru);
            PairMonthsTest.coded(l, 2024, 2, 1, -4.0, vn, cn); // the library's coded months run to February 2024
        }
        assertThat(run("measure", "--kind", "event-count", "--pair", "VN-RU", "--library", lib.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "pair,month,value,events,scored,unsure",
                "VN-RU,2023-11,6,6,6,false",
                "VN-RU,2023-12,0,0,0,false",
                "VN-RU,2024-01,2,2,1,false",
                "VN-RU,2024-02,0,0,0,false");

        assertThat(run("measure", "--kind", "goldstein", "--pair", "RU-VN", "--pair", "VN-CN", "--library", lib.toString())).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly(
                "pair,month,value,events,scored,unsure",
                "RU-VN,2023-11,2,6,6,false",
                "RU-VN,2024-01,-5,2,1,true",
                "VN-CN,2024-02,-4,1,1,true");

        assertThat(run("measure", "--kind", "goldstein", "--pair", "VN-RU", "--from", "2024", "--to", "2024", "--library", lib.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("pair,month,value,events,scored,unsure", "VN-RU,2024-01,-5,2,1,true");
    }

    @Test
    void aLibraryWithoutCodedEventsSaysSo() {
        Path lib = dir.resolve("plain.entente");
        try (Library l = Library.open(lib)) {
            l.actors().save(Actor.country("Vietnam", "VNM"));
            l.actors().save(Actor.country("Russia", "RUS"));
        }
        assertThat(run("measure", "--kind", "goldstein", "--pair", "VN-RU", "--library", lib.toString())).isZero();
        assertThat(out.toString().lines().toList()).containsExactly("pair,month,value,events,scored,unsure");
        assertThat(err.toString()).contains("holds no coded events");
    }
}
