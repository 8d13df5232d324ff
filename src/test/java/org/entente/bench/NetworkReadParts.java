package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.entente.analysis.SharedEvents;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.store.Library;

/**
 * Where the network's read of a big library goes (issue #15), part by part, in thread CPU: the
 * events' pass with a sink that keeps nothing, the same into {@link SharedEvents}, the UN-vote
 * agreement (computed the first round, its fingerprint checked the second) and the coded events.
 * Usage: {@code NetworkReadParts LIBRARY}; run it with {@code -Xmx512m}.
 */
public final class NetworkReadParts {
    private NetworkReadParts() {}

    public static void main(String[] args) {
        var mx = ManagementFactory.getThreadMXBean();
        try (Library library = Library.open(Path.of(args[0]))) {
            Set<Long> drawable = new HashSet<>();
            for (Actor a : library.actors().all()) if (a.kind() != ActorKind.PERSON) drawable.add(a.id());
            for (int round = 1; round <= 2; round++) {
                long cpu = mx.getCurrentThreadCpuTime();
                long[] participants = {0};
                library.events().forEachParticipation((id, start, end, ids, n) -> participants[0] += n, () -> false);
                cpu = report(round, "events, a sink that keeps nothing", cpu);
                SharedEvents.Builder shared = new SharedEvents.Builder(drawable::contains);
                library.events().forEachParticipation((id, start, end, ids, n) -> shared.add(start, end, ids, n), () -> false);
                shared.build();
                cpu = report(round, "events into SharedEvents", cpu);
                MeasureService measures = new MeasureService(library);
                measures.agreement();
                cpu = report(round, "UN vote agreement", cpu);
                measures.codedEvents();
                report(round, "coded events", cpu);
            }
        }
    }

    private static long report(int round, String part, long since) {
        long now = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "round %d: %s %.0f ms CPU%n", round, part, (now - since) / 1e6);
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
