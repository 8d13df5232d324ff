package org.entente.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.analysis.CooperationConflict;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.store.Library;
import org.entente.ui.trade.AgreementViewModel;
import org.entente.ui.trade.ChartStyle;
import org.entente.ui.trade.CodedEventsChartFactory;
import org.entente.ui.trade.CodedEventsViewModel;
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
 * The coded-event measures (issue #17) on the 100k synthetic library with a GDELT-like score on
 * every event (Goldstein from the event id, spread over −10 … +10; one in ten left blank):
 * <ul>
 * <li>{@link #switchPairOrMeasure}: one change of pairs or measure on the Measures tab, from every
 *     pair's months in memory to a new 1600×900 chart drawn (target under 50 ms);</li>
 * <li>{@link #readAllPairMonths}: what the tab and the network read once: every pair's months in one
 *     grouped query;</li>
 * <li>{@link #readOnePair}: one pair's months through the participants' index (the command line);</li>
 * <li>{@link #networkOfADate}: the cooperation–conflict network of one date from memory (a slider step's share).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CodedEventsBench {
    Library library;
    CooperationConflict table;
    List<AgreementViewModel.Pair> pairs;
    java.util.Map<Long, Actor> countries;
    BufferedImage canvas;
    int step;
    final CpuTime cpu = new CpuTime();

    @TearDown(Level.Iteration)
    public void endIteration() { cpu.endIteration(); }

    static Path scoredLibrary() throws IOException {
        Path file = BenchLibraries.DIR.resolve("coded-100000-schema" + Library.latestSchemaVersion() + ".entente");
        if (Files.exists(file)) return file;
        Path tmp = file.resolveSibling(file.getFileName() + ".building");
        Files.deleteIfExists(tmp);
        Files.copy(BenchLibraries.synthetic(100_000), tmp);
        try (Library l = Library.open(tmp)) {
            l.write(c -> {
                try (var st = c.createStatement()) {
                    // every event gets a score; (id × 7919) mod 201 spreads Goldstein over −10.0 … +10.0 in tenths
                    return st.executeUpdate("INSERT INTO event_score (event_id, goldstein, avg_tone, mentions, sources, articles, cameo_code, gdelt_id)"
                            + " SELECT id, CASE WHEN id % 10 = 0 THEN NULL ELSE ((id * 7919) % 201) / 10.0 - 10 END, 0, 1, 1, 1, '040', id FROM event");
                }
            });
        }
        Files.move(tmp, file);
        return file;
    }

    @Setup(Level.Trial)
    public void library() throws IOException {
        library = Library.open(scoredLibrary());
        MeasureService service = new MeasureService(library);
        table = service.codedEvents();
        countries = new java.util.LinkedHashMap<>();
        for (Actor a : library.actors().all()) if (a.kind() == ActorKind.COUNTRY) countries.put(a.id(), a);
        // the six pairs with the most months: the busiest series to draw
        List<AgreementViewModel.Pair> all = new ArrayList<>();
        List<Actor> cs = new ArrayList<>(countries.values());
        for (int i = 0; i < cs.size(); i++)
            for (int j = i + 1; j < cs.size(); j++)
                if (!table.months(cs.get(i).id(), cs.get(j).id()).isEmpty()) all.add(new AgreementViewModel.Pair(cs.get(i), cs.get(j)));
        all.sort(java.util.Comparator.comparingInt((AgreementViewModel.Pair p) -> -table.months(p.first().id(), p.second().id()).size()));
        pairs = all.subList(0, Math.min(6, all.size()));
        if (pairs.size() < 6) throw new IllegalStateException("only " + pairs.size() + " pairs with coded events");
        canvas = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        System.err.printf("coded library: %,d pair-months, %d countries, busiest pair %d months, coded months %d–%d%n", table.pairMonths(),
                countries.size(), table.months(pairs.get(0).first().id(), pairs.get(0).second().id()).size(), table.firstMonth(), table.lastMonth());
    }

    @TearDown(Level.Trial)
    public void close() {
        cpu.print("this benchmark's thread");
        library.close();
    }

    /** Three of six pairs, a different three each time, and every other time the other measure; from memory to a drawn chart. */
    @Benchmark
    public BufferedImage switchPairOrMeasure() {
        long t = cpu.start();
        int s = step++;
        MeasureKind kind = s % 2 == 0 ? MeasureKind.GOLDSTEIN : MeasureKind.EVENT_COUNT;
        List<AgreementViewModel.Pair> chosen = new ArrayList<>();
        for (int i = 0; i < 3; i++) chosen.add(pairs.get((s / 2 + i) % pairs.size()));
        JFreeChart chart = CodedEventsChartFactory.create(CodedEventsViewModel.series(table, kind, chosen), kind, ChartStyle.LIGHT);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, 1600, 900));
        } finally {
            g.dispose();
        }
        cpu.stop(t);
        return canvas;
    }

    @Benchmark
    public CooperationConflict readAllPairMonths() {
        long t = cpu.start();
        CooperationConflict c = new MeasureService(library).codedEvents();
        cpu.stop(t);
        return c;
    }

    @Benchmark
    public CooperationConflict readOnePair() {
        long t = cpu.start();
        AgreementViewModel.Pair p = pairs.get(step++ % pairs.size());
        CooperationConflict c = new MeasureService(library).codedEvents(p.first(), p.second());
        cpu.stop(t);
        return c;
    }

    @Benchmark
    public int networkOfADate() {
        long t = cpu.start();
        int month = table.firstMonth() + (step++ * 7) % Math.max(1, table.lastMonth() - table.firstMonth() + 1);
        int ties = table.network(countries, java.time.LocalDate.of(month / 12, month % 12 + 1, 15)).ties().size();
        cpu.stop(t);
        return ties;
    }
}
