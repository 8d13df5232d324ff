package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording a change for undo costs, on a copy of a synthetic library: one event edited
 * through the store alone (no undo) and through the editor (recorded), an edit with its undo, 100
 * events deleted in one change and brought back, and the rename of the actor in most events
 * (its events' search index refilled both ways). Each benchmark leaves the library as it found it
 * (the edit toggles, or is undone), so iterations measure the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class EditBenchmark {
    @Param({"10000", "100000"})
    public int events;

    private Path copy;
    private Library library;
    private LibraryEditor editor;
    private Event event;
    private boolean toggled;
    private List<Long> hundred;
    private Actor busiest;

    @Setup(Level.Trial)
    public void open() throws IOException {
        copy = Files.createTempFile("entente-edit-bench", ".entente");
        Files.copy(BenchLibraries.synthetic(events), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        library = Library.open(copy);
        editor = new LibraryEditor(library, new UndoHistory());
        List<EventHeader> headers = library.events().allHeaders();
        event = library.events().byId(headers.get(headers.size() / 2).id()).orElseThrow();
        hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) hundred.add(headers.get(i * (headers.size() / 100)).id());
        long busiestId = library.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT actor_id FROM event_actor GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        busiest = library.actors().byId(busiestId).orElseThrow();
        long n = library.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM event_actor WHERE actor_id = ?")) {
                ps.setLong(1, busiestId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        System.out.printf("%n[busiest actor %s takes part in %,d of %,d events]%n", busiest.name(), n, events);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        library.close();
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
    }

    private Event toggledEvent() {
        toggled = !toggled;
        return new Event(event.id(), toggled ? event.title() + " (edited)" : event.title(), event.when(), event.category(),
                event.participants(), event.place(), event.summary(), event.importance(), event.tags(), event.sources());
    }

    /** Baseline: the store's own save, not undoable. */
    @Benchmark
    public Event saveEventWithoutUndo() { return library.events().save(toggledEvent()); }

    /** The same save through the editor: captured rows, a Change on the history. */
    @Benchmark
    public Event saveEventRecorded() {
        Event saved = editor.saveEvent(toggledEvent());
        if (editor.history().done().size() > 100) editor.history().clear(); // keep the history small and steady
        return saved;
    }

    @Benchmark
    public Object saveEventAndUndo() {
        editor.saveEvent(toggledEvent());
        return editor.undo();
    }

    @Benchmark
    public Object delete100EventsAndUndo() {
        editor.deleteEvents(hundred);
        return editor.undo();
    }

    @Benchmark
    public Object renameBusiestActorAndUndo() {
        editor.saveActor(new Actor(busiest.id(), busiest.name() + " (renamed)", busiest.kind(), busiest.isoCode(), busiest.colour()));
        return editor.undo();
    }
}
