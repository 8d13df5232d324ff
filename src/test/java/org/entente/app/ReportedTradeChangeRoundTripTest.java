package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.entente.exchange.starter.StarterLibrary;
import org.entente.model.TradeChange;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17: the starter library's reported changes leave through File › Export (bundle and
 * Entente CSV) and come back through File › Import exactly, with their sources; a second import
 * finds them already there.
 */
class ReportedTradeChangeRoundTripTest {
    @TempDir Path dir;

    static List<String> claims(Library library) {
        return library.trade().changes().stream().map(ReportedTradeChangeRoundTripTest::describe).toList();
    }

    static String describe(TradeChange c) {
        return c.reporter().name() + "→" + c.partner().name() + " " + c.year() + " " + c.flow().key() + " " + c.changePercent().toPlainString()
                + " " + c.quality().key() + " " + (c.source() == null ? "-" : c.source().source().url() + " [" + c.source().locator() + "]");
    }

    @Test
    void bundleAndCsvExportsImportBackTheSameClaims() throws Exception {
        try (Library source = Library.open(dir.resolve("starter.entente"))) {
            source.importContent(StarterLibrary.read(), StarterLibrary.ORIGIN);
            List<String> expected = claims(source);
            assertThat(expected).containsExactly(
                    "Russia→Vietnam 2023 total 8 reported https://theupdate.co.rw/?p=30339 [President Putin, citing Russian statistics]",
                    "Vietnam→Russia 2023 total 2.3 reported "
                            + "https://en.diendandoanhnghiep.vn/new-momentum-fornbsp-vietnam-russia-trade-cooperation-n40991.html "
                            + "[VN MoIT European-American Market Dept]");

            Path bundle = dir.resolve("all.entente.json");
            new ExportService(source).export(ExportFormat.BUNDLE, bundle, ImportProgress.NONE);
            Path csv = dir.resolve("csv");
            new ExportService(source).export(ExportFormat.CSV, csv, ImportProgress.NONE);
            List<Path> csvFiles;
            try (Stream<Path> s = Files.list(csv)) { csvFiles = s.sorted().toList(); }

            for (List<Path> files : List.of(List.of(bundle), csvFiles)) {
                try (Library copy = Library.open(dir.resolve("copy-" + System.nanoTime() + ".entente"))) {
                    new ImportService(copy).importFiles(files, DuplicatePolicy.SKIP, ImportProgress.NONE);
                    assertThat(claims(copy)).as(files.toString()).isEqualTo(expected);
                    assertThat(copy.trade().all()).hasSize(source.trade().all().size());
                    var again = new ImportService(copy).importFiles(files, DuplicatePolicy.SKIP, ImportProgress.NONE);
                    assertThat(claims(copy)).as("imported twice").isEqualTo(expected);
                    assertThat(again.outcome().added()).as("nothing new the second time").isZero();
                }
            }
        }
    }
}
