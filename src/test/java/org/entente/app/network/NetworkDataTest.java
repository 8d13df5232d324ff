package org.entente.app.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.entente.analysis.CoParticipation;
import org.entente.analysis.GraphSnapshot;
import org.entente.app.synthetic.SyntheticLibrary;
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
            SyntheticLibrary synthetic = new SyntheticLibrary(7, 4_000);
            lib.bulkInsert(synthetic.iterator(), 4_000, "synthetic", null, null);
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
    void theNetworkNeverHoldsEveryEventsHeader() {
        // Ten million headers do not fit in 512 MB (issue #15): the network streams them into its shared events.
        noClasses().should().callMethod(EventStore.class, "allHeaders")
                .because("the network view keeps only its shared events, not every event's header")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.entente.app.network", "org.entente.ui.network"));
    }
}
