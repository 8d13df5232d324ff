package org.entente.ui.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Tie;
import org.entente.app.AtomicFile;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.exchange.graph.GexfWriter;
import org.entente.exchange.graph.GraphMlWriter;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.Partnership;

/** The network's files: GEXF of the whole history, GraphML of one date, and any other file the view draws. */
final class NetworkExport {
    private final TaskExecutor tasks;

    NetworkExport(TaskExecutor tasks) { this.tasks = tasks; }

    /** Writes a file in the background, all or nothing (a temporary file moved into place). */
    Future<Path> write(String title, Path target, AtomicFile.Writing writing) {
        return tasks.execute(BackgroundTask.wrap(title, () -> AtomicFile.write(target, writing)));
    }

    /** GEXF 1.3 of every partnership spell over time, with the given positions. */
    Future<Path> gexf(List<Partnership> spells, Map<Long, double[]> xy, Path target) {
        return write(I18n.t("network.task.export-gexf"), target, out -> GexfWriter.write(spells, xy, out));
    }

    /** GraphML of a snapshot's ties (partnerships with their spells, shared events with their count). */
    Future<Path> graphMl(GraphSnapshot s, Map<Long, double[]> xy, Path target) {
        List<Actor> actors = s == null ? List.of() : List.copyOf(s.actors().values());
        List<GraphMlWriter.Edge> es = new ArrayList<>();
        if (s != null) for (Tie t : s.ties()) {
            if (t.spell() != null) es.add(GraphMlWriter.Edge.of(t.spell()));
            else es.add(new GraphMlWriter.Edge(s.actors().get(t.low()), s.actors().get(t.high()), "shared-events", null, null, 0,
                    t.weight(), null, null, null, null));
        }
        return write(I18n.t("network.task.export-graphml"), target, out -> GraphMlWriter.write(actors, es, xy, out));
    }
}
