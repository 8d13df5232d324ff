package org.entente.app.network;

import java.util.List;
import java.util.Map;

import org.entente.analysis.SharedEvents;
import org.entente.app.task.TaskProgress;
import org.entente.model.Actor;
import org.entente.model.EventHeader;
import org.entente.model.Partnership;
import org.entente.model.TradeFigure;
import org.entente.store.Library;
import org.entente.store.NetworkPosition;

/**
 * What the network view reads from the library once (in a background task): from then on a slider
 * step needs no database work. Of the events it keeps only what the shared-event ties need
 * ({@link SharedEvents}), not their headers: ten million headers do not fit in 512 MB (issue #15).
 */
public record NetworkData(List<Partnership> spells, SharedEvents shared, List<TradeFigure> trade, Map<Long, Actor> actors,
                   long firstDay, long lastDay, Map<String, List<NetworkPosition>> saved, org.entente.analysis.UnAgreement agreement,
                   org.entente.analysis.CooperationConflict coded) {

    /** Without coded events. */
    public NetworkData(List<Partnership> spells, List<EventHeader> headers, List<TradeFigure> trade, Map<Long, Actor> actors,
                       long firstDay, long lastDay, Map<String, List<NetworkPosition>> saved, org.entente.analysis.UnAgreement agreement) {
        this(spells, SharedEvents.of(headers), trade, actors, firstDay, lastDay, saved, agreement, null);
    }

    /** Without UN votes (benchmarks, tests). */
    public NetworkData(List<Partnership> spells, List<EventHeader> headers, List<TradeFigure> trade, Map<Long, Actor> actors,
                       long firstDay, long lastDay, Map<String, List<NetworkPosition>> saved) {
        this(spells, SharedEvents.of(headers), trade, actors, firstDay, lastDay, saved, null, null);
    }

    /** Events between two progress reports, less one (a mask). */
    private static final long PROGRESS_EVERY = (1 << 16) - 1;

    /** The keys under which the force-directed and the ego layout save their node positions. */
    public static final String FORCE_LAYOUT = "force", EGO_LAYOUT = "ego";

    public static NetworkData read(Library library) { return read(library, TaskProgress.NONE); }

    /**
     * Reads the network of {@code library}, telling {@code progress} how far through the events it
     * is (by start day) and stopping as soon as it is cancelled, with a
     * {@link java.util.concurrent.CancellationException}: at ten million events the read takes
     * seconds, and a read the person no longer waits for (another library, another view, a newer
     * read) must let go of the library at once (issue #15).
     */
    public static NetworkData read(Library library, TaskProgress progress) {
        var measures = new org.entente.app.measures.MeasureService(library);
        // One read holds the library through every query, so that SQLite stops any of them on a cancel;
        // the agreement table and the pairs' sorted days are computed after it has let go (at ten
        // million events that is seconds during which other reads and edits need not wait).
        Held held = library.read(c -> readHeld(library, measures, progress), progress::isCancelled);
        if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("network read cancelled");
        var agreement = measures.agreement(held.votes());
        if (progress.isCancelled()) throw new java.util.concurrent.CancellationException("network read cancelled");
        return new NetworkData(held.spells(), held.shared().build(), held.trade(), held.actors(), held.first(), held.last(),
                held.saved(), agreement, held.coded());
    }

    /** What {@link #read(Library, TaskProgress)} reads while it holds the library. */
    private record Held(List<Partnership> spells, SharedEvents.Builder shared, List<TradeFigure> trade, Map<Long, Actor> actors,
                        long first, long last, Map<String, List<NetworkPosition>> saved,
                        org.entente.app.measures.MeasureService.AgreementVotes votes, org.entente.analysis.CooperationConflict coded) {}

    private static Held readHeld(Library library, org.entente.app.measures.MeasureService measures, TaskProgress progress) {
        List<Partnership> spells = library.partnerships().all();
        List<TradeFigure> trade = library.trade().all();
        Map<Long, Actor> actors = new java.util.LinkedHashMap<>();
        for (Actor a : library.actors().all()) actors.put(a.id(), a);
        // Pairs are kept of the actors the view can draw: the partnerships' and every non-person one.
        java.util.Set<Long> drawable = new java.util.HashSet<>();
        for (Actor a : actors.values()) if (a.kind() != org.entente.model.ActorKind.PERSON) drawable.add(a.id());
        for (Partnership p : spells) {
            drawable.add(p.a().id());
            drawable.add(p.b().id());
        }
        var extent = library.events().extent();
        SharedEvents.Builder shared = new SharedEvents.Builder(drawable::contains);
        long fromDay = extent.map(e -> e[0]).orElse(0L), days = extent.map(e -> e[1] - e[0]).orElse(0L);
        long[] read = {0};
        library.events().forEachParticipation((id, startDay, endDay, ids, n) -> {
            shared.add(startDay, endDay, ids, n);
            if ((++read[0] & PROGRESS_EVERY) == 0) progress.update(Math.max(0, startDay - fromDay), Math.max(1, days), null);
        }, progress::isCancelled);
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (Partnership p : spells) {
            first = Math.min(first, p.from().firstDay());
            last = Math.max(last, p.from().firstDay());
            if (p.until() != null) last = Math.max(last, p.until().firstDay());
        }
        if (extent.isPresent()) {
            first = Math.min(first, extent.get()[0]);
            last = Math.max(last, Math.min(extent.get()[1], java.time.LocalDate.now().toEpochDay()));
        }
        if (first == Long.MAX_VALUE) {
            first = java.time.LocalDate.now().minusYears(10).toEpochDay();
            last = java.time.LocalDate.now().toEpochDay();
        }
        Map<String, List<NetworkPosition>> saved = Map.of(
                FORCE_LAYOUT, library.networkPositions().load(FORCE_LAYOUT),
                EGO_LAYOUT, library.networkPositions().load(EGO_LAYOUT));
        // The UN votes unless the cached agreement table is for them; the coded events of every pair
        // by month, so that a slider step needs no query.
        return new Held(spells, shared, trade, actors, first, last, saved, measures.agreementVotes(), measures.codedEvents());
    }
}
