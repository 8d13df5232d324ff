package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two first runs at the same moment (two windows started together on a new machine) must end
 * up on one library file: neither may replace the other's, or what one of them writes is lost.
 */
class FirstRunRaceTest {
    @TempDir Path dir;

    @Test
    void twoFirstRunsAtOnceShareOneLibraryAndLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Path file = dir.resolve("round-" + round + ".entente");
                // Every other round starts from an empty file where the library should be (a
                // placeholder both runs take for "no library yet" and remove).
                if (round % 2 == 1) Files.createFile(file);
                CyclicBarrier bothFilled = new CyclicBarrier(2);
                // Each run's starter fill ends only when the other's has too, so both publish at once.
                java.util.concurrent.Callable<Library> firstRun = () -> Library.open(file, lib -> {
                    try {
                        bothFilled.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Future<Library> a = pool.submit(firstRun), b = pool.submit(firstRun);
                try (Library one = a.get(); Library two = b.get()) {
                    Event saved = one.events().save(new Event(0, "Written by the first window " + round, DateRange.parse("2024-06-19"),
                            Category.STATE_VISIT, List.of(), null, null, 3, List.of(), List.of()));
                    assertThat(two.events().byId(saved.id())).as("round %d: the second window sees the first's event", round).isPresent();
                }
                try (Library reopened = Library.open(file)) {
                    assertThat(reopened.counts().events()).isEqualTo(1);
                }
                try (Stream<Path> left = Files.list(dir)) {
                    assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(Library.CREATING_PREFIX));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
