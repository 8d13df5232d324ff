package org.entente.ui.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.entente.analysis.EgoLayout;
import org.entente.analysis.ForceLayout;
import org.entente.analysis.GraphSnapshot;
import org.entente.analysis.Point;
import org.entente.app.task.BackgroundTask;
import org.entente.app.task.TaskExecutor;
import org.entente.i18n.I18n;

/**
 * Runs the graph layout in a background task, one at a time: a new run stops the one still
 * running, and the result of an older run that finishes anyway is dropped, so the newest date and
 * settings always win.
 */
final class NetworkLayoutRunner {
    private final TaskExecutor tasks;
    private Future<Map<Long, Point>> layoutTask;
    /** The newest layout run: an older one that still finishes is dropped. */
    private Object layoutRun;
    private ForceLayout runningLayout;

    NetworkLayoutRunner(TaskExecutor tasks) { this.tasks = tasks; }

    /**
     * Lays out a snapshot from the given positions: a force layout that leaves pinned nodes where
     * they are, or the ego layout around a focus country. Hands the positions to {@code done} on the
     * task executor's completion thread.
     */
    void run(GraphSnapshot s, Map<Long, Point> seed, Set<Long> pins, NetworkViewModel.LayoutKind kind, long focusId,
             Consumer<Map<Long, Point>> done) {
        if (layoutTask != null) layoutTask.cancel(true);
        if (runningLayout != null) runningLayout.cancel();
        ForceLayout force = new ForceLayout();
        runningLayout = force;
        Object run = new Object();
        layoutRun = run;
        layoutTask = tasks.execute(BackgroundTask.of(I18n.t("network.task.layout"), progress -> {
            if (kind == NetworkViewModel.LayoutKind.EGO) {
                Map<Long, Point> p = new HashMap<>(EgoLayout.layout(s, focusId, seed));
                for (Long id : pins) if (seed.containsKey(id)) p.put(id, seed.get(id));
                return p;
            }
            force.init(s, seed, pins);
            while (force.canStep() && !progress.isCancelled()) {
                force.step();
                progress.update(force.iteration(), force.iterations(), null);
            }
            return force.positions();
        }).onSuccess(result -> {
            if (run == layoutRun) done.accept(result);
        }));
    }

    /** Whether a layout is still running. */
    boolean isRunning() { return layoutTask != null && !layoutTask.isDone(); }
}
