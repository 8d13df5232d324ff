package org.entente.app.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.entente.analysis.CoParticipation;
import org.entente.analysis.GraphSnapshot;
import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.app.task.TaskProgress;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.store.EventStore;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the network view reads of a library's events: the shared-event ties, not every header. */
class NetworkDataTest {
    @TempDir Path dir;

    @Test
    void theSharedEventTiesOfEveryDateAreThoseCountedOverEveryHeader() {
        try (Library lib = Library.open(dir.resolve("lib.entente"))) {
            // More events than two of the read's blocks (ParticipationReader.BLOCK) hold.
            SyntheticLibrary synthetic = new SyntheticLibrary(7, 10_000);
            lib.bulkInsert(synthetic.iterator(), 10_000, "synthetic", null, null);
            NetworkData data = NetworkData.read(lib);

            // What the view drew before: every header but the UN votes, counted by scanning them all.
            List<EventHeader> headers = lib.events().allHeaders().stream().filter(h -> !Category.UN_VOTE.key().equals(h.category())).toList();
            Map<Long, Actor> drawn = new LinkedHashMap<>();
            for (Actor a : data.actors().values()) if (a.kind() != ActorKind.PERSON) drawn.put(a.id(), a);
            Set<Long> inSharedEvents = new java.util.LinkedHashSet<>(); // in start order, as the view added its nodes
            for (EventHeader h : headers) for (long id : h.actorIds()) if (drawn.containsKey(id)) inSharedEvents.add(id);
            assertThat(data.spells()).isEmpty();
            // People are no nodes unless partners; the order is the one the view's nodes had (layouts repeat).
            assertThat(data.shared().actors()).containsExactlyElementsOf(inSharedEvents);

            int withTies = 0;
            for (long day = data.firstDay(); day <= data.lastDay(); day += 97) {
                long from = LocalDate.ofEpochDay(day).minusYears(1).toEpochDay() + 1;
                GraphSnapshot expected = CoParticipation.between(drawn, headers, from, day + 1);
                GraphSnapshot read = CoParticipation.between(drawn, data.shared(), from, day + 1);
                assertThat(read.ties()).as(LocalDate.ofEpochDay(day).toString()).isEqualTo(expected.ties());
                if (!expected.ties().isEmpty()) withTies++;
            }
            assertThat(withTies).isGreaterThan(20);
        }
    }

    @Test
    void aReadCancelledMidwayStopsAtOnceAndLeavesTheLibraryFree() {
        try (Library lib = Library.open(dir.resolve("cancel.entente"))) {
            lib.bulkInsert(new SyntheticLibrary(9, 10_000).iterator(), 10_000, "synthetic", null, null);
            // Cancelled at the sixth question: past the stores' first reads, inside SQLite's statements.
            AtomicInteger asked = new AtomicInteger();
            TaskProgress cancelledMidway = new TaskProgress() {
                @Override
                public void update(long done, long total, String message) {}

                @Override
                public boolean isCancelled() { return asked.incrementAndGet() >= 6; }
            };
            // Stopped at once: no question after the one that cancelled it (no clock: the machine may be loaded).
            assertThatThrownBy(() -> NetworkData.read(lib, cancelledMidway)).isInstanceOf(CancellationException.class);
            assertThat(asked.get()).as("asked no more once cancelled").isEqualTo(6);

            // The library is free for the next read and a write.
            NetworkData whole = NetworkData.read(lib, TaskProgress.NONE);
            assertThat(whole.shared().pairs()).isNotEmpty();
            assertThat(lib.actors().save(Actor.country("After a cancelled network read", "ACN")).id()).isPositive();
        }
    }

    @Test
    void aReadTellsItsProgressByStartDay() {
        try (Library lib = Library.open(dir.resolve("progress.entente"))) {
            int events = 140_000;
            lib.bulkInsert(new SyntheticLibrary(5, events).iterator(), events, "synthetic", null, null);
            List<long[]> told = new java.util.ArrayList<>();
            NetworkData.read(lib, new TaskProgress() {
                @Override
                public void update(long done, long total, String message) { told.add(new long[] {done, total}); }

                @Override
                public boolean isCancelled() { return false; }
            });
            assertThat(told).isNotEmpty();
            for (int i = 0; i < told.size(); i++) {
                assertThat(told.get(i)[0]).isBetween(0L, told.get(i)[1]);
                if (i > 0) assertThat(told.get(i)[0]).isGreaterThanOrEqualTo(told.get(i - 1)[0]);
            }
        }
    }

    @Test
    void theNetworkNeverHoldsEveryEventsHeader() {
        // Ten million headers do not fit in 512 MB (issue #15): the network streams them into its shared events.
        noClasses().should().callMethod(EventStore.class, "allHeaders")
                .because("the network view keeps only its shared events, not every event's header")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.entente.app.network", "org.entente.ui.network"));
    }
}
