package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.app.network.NetworkData;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.model.Actor;
import org.entente.model.Partnership;
import org.entente.ui.network.NetworkViewModel;

/**
 * Thread CPU time of {@code NetworkViewModel.frame(date)}, the view model's part of a time-slider step
 * (ties in force, node measures, the nodes and edges), on the {@link NetworkViewBenchmark}'s network of
 * 250 countries and 5,000 ties, without a JavaFX thread. On a machine shared with other builds CPU time
 * is the fairer figure. Usage: {@code java -cp <test classpath> org.entente.bench.NetworkFrameCpuTime}
 */
public final class NetworkFrameCpuTime {
    public static void main(String[] args) {
        List<Actor> actors = SyntheticNetwork.actors(250);
        List<Partnership> spells = SyntheticNetwork.spells(actors, 5000, 42);
        NetworkData data = SyntheticNetwork.data(actors, spells);
        NetworkViewModel vm = new NetworkViewModel(new CurrentThreadTaskExecutor());
        vm.show(data, LocalDate.of(2024, 12, 31));
        var mx = ManagementFactory.getThreadMXBean();
        int sink = 0;
        StringBuilder out = new StringBuilder();
        for (int round = 0; round < 8; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 240; i++) sink += vm.frame(LocalDate.of(2023, 1, 1).plusMonths(i % 24)).edges().size();
            out.append(String.format(Locale.ROOT, " %.2f", (mx.getCurrentThreadCpuTime() - c0) / 1e6 / 240));
        }
        System.out.println("CPU ms per frame, 8 rounds of 240:" + out + " (" + sink + ")");
    }
}
