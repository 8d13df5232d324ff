package org.entente.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.analysis.UnAgreement;
import org.entente.app.DatasetService;
import org.entente.app.ImportProgress;
import org.entente.app.LibraryService;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.model.RollCallVotes;
import org.entente.store.Library;
import org.entente.store.RollCallStore;
import org.entente.ui.trade.AgreementChartFactory;
import org.entente.ui.trade.AgreementViewModel;
import org.entente.ui.trade.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The UN General Assembly votes shipped with the app (6,203 roll calls, 870,109 votes), on a
 * starter library, as the user meets them (issue #17's targets):
 * <ul>
 * <li>{@link AddDataset#addUnVotes}: File › Add Dataset from the shipped files: read and parse the
 *     three gzip CSVs, then the one-transaction bulk load (target under 15 s). Each invocation starts
 *     from a fresh copy of the starter library.</li>
 * <li>{@link Measures#agreementAllPairsAllYears}: read every vote from the library and compute the
 *     agreement table of all pairs and years (target under 3 s); {@link Measures#computeOnly} the same
 *     from votes already in memory; {@link Measures#fingerprint} the check that keeps a cached table.</li>
 * <li>{@link Measures#switchPairs}: one change of the chosen pairs, from the cached table to a new
 *     1600×900 chart drawn (target under 50 ms), as the trade chart's switch is measured.</li>
 * </ul>
 */
public class UnVotesBench {
    static Path starterTemplate() throws IOException {
        Path dir = Files.createDirectories(BenchLibraries.DIR.resolve("un-votes")).toAbsolutePath();
        Path template = dir.resolve("starter.entente");
        if (!Files.exists(template)) LibraryService.openOrCreateWithStarter(template).close();
        return template;
    }

    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public static class AddDataset {
        Path template, target;
        Library library;

        @Setup(Level.Trial)
        public void template() throws IOException {
            template = starterTemplate();
            target = template.resolveSibling("target.entente");
        }

        @Setup(Level.Invocation)
        public void freshCopy() throws IOException {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(target + suffix));
            Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
            library = Library.open(target);
        }

        @TearDown(Level.Invocation)
        public void close() { library.close(); }

        @Benchmark
        public long addUnVotes() {
            DatasetService.Added added = new DatasetService(library).add(DatasetService.Dataset.UN_VOTES, ImportProgress.NONE);
            if (added.events() != 6_203) throw new IllegalStateException("added " + added.events());
            return added.events();
        }
    }

    /**
     * File › Remove Dataset › UN votes on the starter library that holds them: 6,203 events with
     * 870,109 participants deleted in one transaction (with the lane summary of V93, its stale tops
     * settled once before the commit). Each invocation starts from a fresh copy.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public static class RemoveDataset {
        Path withVotes, target;
        Library library;

        @Setup(Level.Trial)
        public void template() throws IOException {
            Path starter = starterTemplate();
            withVotes = starter.resolveSibling("with-un-votes.entente");
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(withVotes + suffix));
            Files.copy(starter, withVotes);
            try (Library l = Library.open(withVotes)) {
                new DatasetService(l).add(DatasetService.Dataset.UN_VOTES, ImportProgress.NONE);
            }
            target = starter.resolveSibling("target.entente");
        }

        @Setup(Level.Invocation)
        public void freshCopy() throws IOException {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(target + suffix));
            Files.copy(withVotes, target, StandardCopyOption.REPLACE_EXISTING);
            library = Library.open(target);
        }

        @TearDown(Level.Invocation)
        public void close() { library.close(); }

        @Benchmark
        public long removeUnVotes() {
            long removed = new DatasetService(library).remove(DatasetService.Dataset.UN_VOTES);
            if (removed != 6_203) throw new IllegalStateException("removed " + removed);
            return removed;
        }
    }

    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public static class Measures {
        Library library;
        RollCallVotes votes;
        UnAgreement table;
        List<AgreementViewModel.Pair> pairs;
        BufferedImage canvas;
        int step;

        @Setup(Level.Trial)
        public void library() throws IOException {
            Path file = starterTemplate().resolveSibling("with-votes.entente");
            if (!Files.exists(file)) {
                Files.copy(starterTemplate(), file);
                try (Library l = Library.open(file)) {
                    new DatasetService(l).add(DatasetService.Dataset.UN_VOTES, ImportProgress.NONE);
                }
            }
            library = Library.open(file);
            votes = RollCallStore.read(library);
            table = UnAgreement.compute(votes);
            MeasureService service = new MeasureService(library);
            Actor vietnam = service.country("VN").orElseThrow();
            pairs = new ArrayList<>();
            for (String other : new String[] {"RU", "CN", "US", "JP", "IN", "FR"})
                pairs.add(new AgreementViewModel.Pair(vietnam, service.country(other).orElseThrow()));
            canvas = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        }

        @TearDown(Level.Trial)
        public void close() { library.close(); }

        @Benchmark
        public UnAgreement agreementAllPairsAllYears() {
            return UnAgreement.compute(RollCallStore.read(library));
        }

        @Benchmark
        public UnAgreement computeOnly() {
            return UnAgreement.compute(votes);
        }

        @Benchmark
        public long fingerprint() {
            return RollCallStore.fingerprint(library);
        }

        /** Three of six pairs, a different three each time, from the table to a drawn chart. */
        @Benchmark
        public BufferedImage switchPairs() {
            int s = step++ % pairs.size();
            List<AgreementViewModel.Series> series = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                AgreementViewModel.Pair p = pairs.get((s + i) % pairs.size());
                series.add(new AgreementViewModel.Series(p, MeasureService.agreementSeries(table, p.first(), p.second())));
            }
            JFreeChart chart = AgreementChartFactory.create(series, AgreementViewModel.Index.AGREEMENT, ChartStyle.LIGHT);
            Graphics2D g = canvas.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                chart.draw(g, new Rectangle2D.Double(0, 0, 1600, 900));
            } finally {
                g.dispose();
            }
            return canvas;
        }
    }
}
