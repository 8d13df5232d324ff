package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Entente windows (two {@link Library} objects, two connections) on one file. */
class TwoWindowsLibraryTest {
    @TempDir Path dir;

    private static final String[] TITLES = {"Tô Lâm visits Moscow", "Võ Văn Thưởng receives Путин", "习近平 in Hanoi",
            "Phạm Minh Chính meets Lula", "Đỗ Mười in Beijing"};

    @Test
    void twoLibrariesWritingAtOnceFromSeveralThreadsLoseNothingAndNeverReportBusy() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Library first = Library.open(file); Library second = Library.open(file)) {
            int threadsPerLibrary = 2, editsPerThread = 40;
            ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerLibrary);
            Set<String> written = ConcurrentHashMap.newKeySet();
            List<Future<?>> done = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < 2 * threadsPerLibrary; t++) {
                Library lib = t % 2 == 0 ? first : second;
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < editsPerThread; i++) {
                        String title = TITLES[i % TITLES.length] + " #" + thread + "-" + i;
                        Event saved = lib.events().save(LibraryTest.event(title, "2024-06-" + (10 + i % 19), "Vietnam", "Russia"));
                        // An update and a note per edit too: three transactions, as a user's edits would be.
                        lib.events().save(new Event(saved.id(), title, saved.when(), saved.category(), saved.participants(),
                                "Hà Nội", "updated by " + thread, 4, saved.tags(), saved.sources()));
                        lib.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, saved.id()), "ghi chú " + title, List.of(), null,
                                null, null));
                        written.add(title);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) f.get(2, TimeUnit.MINUTES); // rethrows any LibraryException (busy or other)
            pool.shutdown();

            int expected = 2 * threadsPerLibrary * editsPerThread;
            assertThat(written).hasSize(expected);
            for (Library lib : List.of(first, second)) {
                List<String> titles = lib.events().allHeaders().stream().map(EventHeader::title).toList();
                assertThat(titles).hasSize(expected).containsExactlyInAnyOrderElementsOf(written);
                assertThat(lib.counts().notes()).isEqualTo(expected);
                // Actors are matched by name inside each transaction: no duplicate made by the race.
                assertThat(lib.actors().all()).extracting(a -> a.name()).containsOnlyOnce("Vietnam", "Russia");
            }
            assertThat(first.events().search("Путин", 1000)).hasSize(expected / TITLES.length);
            assertThat(second.events().search("ghi chu", 1000)).hasSize(expected);
            String integrity = first.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }

    @Test
    void aWatcherHearsTheOtherWindowsEditsButNotItsOwn() throws Exception {
        Path file = dir.resolve("watched.db");
        try (Library mine = Library.open(file); Library other = Library.open(file)) {
            AtomicInteger heard = new AtomicInteger();
            CountDownLatch firstHeard = new CountDownLatch(1);
            LibraryWatcher watcher = mine.watchOtherWriters(Duration.ofMillis(100), () -> {
                heard.incrementAndGet();
                firstHeard.countDown();
            });
            try {
                mine.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-03-01", "Vietnam"));
                mine.events().save(LibraryTest.event("Võ Văn Thưởng resigns", "2024-03-20", "Vietnam"));
                waitForTicks(watcher, 3);
                assertThat(heard).as("own writes must not look like another window's").hasValue(0);

                other.events().save(LibraryTest.event("习近平 in Hanoi", "2023-12-12", "China", "Vietnam"));
                assertThat(firstHeard.await(5, TimeUnit.SECONDS)).as("heard the other window's edit").isTrue();
                waitForTicks(watcher, 3);
                assertThat(heard).as("one edit, one notice").hasValue(1);
            } finally {
                watcher.close();
            }
            int afterClose = heard.get();
            other.events().save(LibraryTest.event("Путин in Hanoi", "2024-06-19", "Russia"));
            // Another watcher on the same library as the clock: it hears the edit; the closed one must not.
            CountDownLatch clockHeard = new CountDownLatch(1);
            try (LibraryWatcher clock = mine.watchOtherWriters(Duration.ofMillis(50), clockHeard::countDown)) {
                waitForTicks(clock, 3);
            }
            assertThat(heard).as("a closed watcher is silent").hasValue(afterClose);
        }
    }

    /** Waits until {@code watcher} has asked the library {@code more} more times. */
    private static void waitForTicks(LibraryWatcher watcher, int more) throws Exception {
        long until = watcher.ticks() + more;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (watcher.ticks() < until) {
            if (System.nanoTime() > deadline) throw new AssertionError("the watcher did not tick " + more + " times within 20 s");
            Thread.onSpinWait();
        }
    }

    /**
     * The watcher starts while this window is busy loading its views (as it is right after a
     * library is opened), and another window commits before this one is free again: the watcher's
     * first reading comes after that commit, and must still count it as a change. It used to take
     * that reading as its baseline and never report the commit (CI, OtherWindowEditsTest).
     */
    @Test
    void aCommitByAnotherWindowBeforeTheWatchersFirstReadingIsHeard() throws Exception {
        Path file = dir.resolve("busy-at-start.db");
        try (Library mine = Library.open(file); Library other = Library.open(file)) {
            CountDownLatch loading = new CountDownLatch(1), loaded = new CountDownLatch(1), heard = new CountDownLatch(1);
            Thread viewLoad = new Thread(() -> mine.read(c -> {
                loading.countDown();
                try {
                    loaded.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }), "this window's first load");
            viewLoad.start();
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            LibraryWatcher watcher = mine.watchOtherWriters(Duration.ofMillis(50), heard::countDown);
            try {
                other.events().save(LibraryTest.event("Võ Văn Thưởng visits Beijing", "2023-12-12", "Vietnam", "China"));
                loaded.countDown();
                viewLoad.join();
                assertThat(heard.await(10, TimeUnit.SECONDS)).as("heard the other window's edit made while this one was busy").isTrue();
            } finally {
                watcher.close();
            }
        }
    }

    @Test
    void anEditThatStillMeetsTheLockAfterTheBusyTimeoutChangesNothingAndSaysWhy() throws Exception {
        Path file = dir.resolve("busy.db");
        try (Library mine = Library.open(file); Library other = Library.open(file)) {
            mine.events().save(LibraryTest.event("Tô Lâm visits Moscow", "2024-03-01", "Vietnam"));
            mine.busyTimeout(Duration.ofMillis(300));
            try (HeldWrite longWrite = HeldWrite.on(other)) {
                assertThatThrownBy(() -> mine.events().save(LibraryTest.event("Phạm Minh Chính meets Lula", "2024-05-01", "Vietnam")))
                        .isInstanceOf(LibraryException.class)
                        .hasMessageStartingWith(LibraryException.BUSY_MESSAGE).hasMessageContaining(file.toString())
                        .satisfies(e -> assertThat(((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.IN_USE));
            }
            assertThat(mine.events().allHeaders()).extracting(EventHeader::title).containsExactly("Tô Lâm visits Moscow");
            // Once the other window is done, the same edit goes through.
            mine.events().save(LibraryTest.event("Phạm Minh Chính meets Lula", "2024-05-01", "Vietnam"));
            assertThat(mine.events().allHeaders()).hasSize(2);
            assertThat(mine.info("other-window")).contains("importing");
        }
    }
}
