package org.entente.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.entente.analysis.ForceLayout;
import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.PartnershipNetwork;
import org.entente.analysis.Point;
import org.entente.model.Actor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Force layout of 250 nodes and 5,000 edges: a first (cold) layout, and a seeded step to the next date. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NetworkLayoutBenchmark {
    GraphSnapshot end;
    GraphSnapshot yearBefore;
    Map<Long, Point> previous;

    @Setup
    public void setUp() {
        List<Actor> actors = SyntheticNetwork.actors(250);
        PartnershipNetwork net = new PartnershipNetwork(SyntheticNetwork.spells(actors, 5000, 42));
        end = net.asOf(LocalDate.of(2024, 12, 31).toEpochDay());
        if (end.ties().size() != 5000) throw new IllegalStateException("expected 5000 ties, got " + end.ties().size());
        yearBefore = net.asOf(LocalDate.of(2023, 6, 30).toEpochDay());
        previous = ForceLayout.layout(yearBefore, Map.of(), Set.of());
    }

    /** A first layout from nothing: 300 FR iterations. */
    @Benchmark
    public Map<Long, Point> coldLayout250Nodes5000Edges() {
        return ForceLayout.layout(end, Map.of(), Set.of());
    }

    /** The layout after a slider step, seeded with the previous date's positions (80 iterations). */
    @Benchmark
    public Map<Long, Point> seededLayoutAfterAStep() {
        return ForceLayout.layout(end, previous, Set.of());
    }
}
