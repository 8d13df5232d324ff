package org.entente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.entente.app.LibraryService;
import org.entente.app.network.NetworkData;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.app.task.TaskProgress;
import org.entente.controls.network.NetworkStyle;
import org.entente.model.Actor;
import org.entente.model.Partnership;
import org.entente.store.Library;
import org.entente.ui.network.NetworkReplay;
import org.entente.ui.network.NetworkViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue #16's target: a 120-frame 1280×720 network replay GIF written in under 20 s; the same
 * replay as an MP4 video (JCodec's H.264) beside it, without a target of its own. One operation
 * is the whole export as the dialog runs it (the task's work on its worker thread): 120 monthly
 * frames, January 2015 to December 2024, each made from the data (ties in force, node measures),
 * drawn with Java2D at 1280×720, reduced to 256 colours and LZW-compressed into the GIF, written to
 * a temporary file and moved into place. Networks: the starter library (16 countries, ≤ 15 ties) and
 * a synthetic one of 100 countries and 1,000 ties ({@link SyntheticNetwork}); the layout is fixed
 * before, as the dialog takes the view's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class NetworkReplayBenchmark {
    @Param({"starter", "synthetic-100x1000"})
    public String network;

    /** The animated GIF (the JDK's writer) or the MP4 video (JCodec's H.264, ADR 0018). */
    @Param({"gif", "mp4"})
    public String format;

    static final NetworkStyle LIGHT = org.entente.ui.network.NetworkReplayTest.LIGHT;

    Path dir;
    NetworkViewModel vm;
    NetworkReplay.Options options;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("replay-bench");
        NetworkData data;
        if (network.equals("starter")) {
            try (Library library = LibraryService.openOrCreateWithStarter(dir.resolve("starter.db"))) {
                data = NetworkData.read(library);
            }
        } else {
            List<Actor> actors = SyntheticNetwork.actors(100);
            List<Partnership> spells = SyntheticNetwork.spells(actors, 1000, 42);
            Map<Long, Actor> byId = new LinkedHashMap<>();
            for (Actor a : actors) byId.put(a.id(), a);
            data = new NetworkData(spells, List.of(), List.of(), byId, LocalDate.of(1990, 1, 1).toEpochDay(),
                    LocalDate.of(2024, 12, 31).toEpochDay(), Map.of());
        }
        vm = new NetworkViewModel(new CurrentThreadTaskExecutor());
        vm.show(data, LocalDate.of(2024, 12, 1));
        options = NetworkReplay.Options.parse("2015-01", "2024-12", NetworkViewModel.Step.MONTH, "1280x720", 1,
                NetworkReplay.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)));
        if (options.dates().size() != 120) throw new IllegalStateException("expected 120 frames, got " + options.dates().size());
        if (vm.positions().get().isEmpty()) throw new IllegalStateException("no layout");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long replay120Frames1280x720() throws Exception {
        Path file = NetworkReplay.task(options, vm.frames(), vm.positions().get(), LIGHT, dir.resolve("replay." + format)).call(TaskProgress.NONE);
        return Files.size(file);
    }
}
