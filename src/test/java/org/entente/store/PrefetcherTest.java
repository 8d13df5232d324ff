package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The bulk loader's read-ahead thread: order, failures and stopping. */
class PrefetcherTest {
    @Test
    void yieldsEveryElementMappedInOrderAcrossBatches() {
        List<Integer> source = IntStream.range(0, 10_007).boxed().toList();
        List<String> out = new ArrayList<>();
        try (Prefetcher<Integer, String> p = Prefetcher.of(source.iterator(), i -> "#" + i, "test-reader")) {
            p.forEachRemaining(out::add);
            assertThat(p.hasNext()).isFalse();
        }
        assertThat(out).hasSize(10_007).startsWith("#0", "#1").endsWith("#10006");
        assertThat(out).isEqualTo(source.stream().map(i -> "#" + i).toList());
    }

    @Test
    void aFailureReachesTheReaderAsItselfAfterTheElementsBeforeIt() {
        IllegalArgumentException bad = new IllegalArgumentException("events.csv line 1201: not a date");
        Iterator<Integer> failing = new Iterator<>() {
            int i;
            public boolean hasNext() { return true; }
            public Integer next() {
                if (i == 1200) throw bad;
                return i++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (Prefetcher<Integer, Integer> p = Prefetcher.of(failing, i -> i, "test-reader")) {
            assertThatThrownBy(() -> p.forEachRemaining(seen::add)).isSameAs(bad);
        }
        assertThat(seen).hasSize(1200).endsWith(1199);
    }

    @Test
    void aBrokenSequenceStaysBrokenAndAClosedOneCannotBeRead() {
        IllegalArgumentException bad = new IllegalArgumentException("bad row");
        Iterator<Integer> failing = List.of(1, 2).iterator();
        Prefetcher<Integer, Integer> p = Prefetcher.of(failing, i -> {
            if (i == 2) throw bad;
            return i;
        }, "test-reader");
        assertThat(p.next()).isEqualTo(1);
        assertThatThrownBy(p::hasNext).isSameAs(bad);
        assertThatThrownBy(p::hasNext).as("not an ordinary end").isSameAs(bad);
        p.close();
        Prefetcher<Integer, Integer> closed = Prefetcher.of(List.of(1, 2, 3).iterator(), i -> i, "test-reader");
        closed.close();
        assertThatThrownBy(closed::hasNext).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aSourceThatLeavesTheThreadInterruptedLosesNothing() {
        List<Integer> source = IntStream.range(0, 5_000).boxed().toList();
        Iterator<Integer> it = source.iterator();
        Iterator<Integer> interrupting = new Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }
            public Integer next() {
                Thread.currentThread().interrupt(); // as some I/O code does on its way out
                return it.next();
            }
        };
        List<Integer> out = new ArrayList<>();
        try (Prefetcher<Integer, Integer> p = Prefetcher.of(interrupting, i -> i, "test-reader")) {
            p.forEachRemaining(out::add);
        }
        assertThat(out).isEqualTo(source);
    }

    @Test
    void closeStopsTheThreadBeforeItReturnsSoTheSourceIsNoLongerTouched() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        AtomicReference<Thread> producer = new AtomicReference<>();
        Iterator<Integer> endless = new Iterator<>() {
            public boolean hasNext() { return true; }
            public Integer next() {
                producer.set(Thread.currentThread());
                return pulled.incrementAndGet();
            }
        };
        Prefetcher<Integer, Integer> p = Prefetcher.of(endless, i -> i, "test-reader");
        assertThat(p.next()).isEqualTo(1);
        p.close(); // the reader stopped early: a cancel, say
        int afterClose = pulled.get();
        Thread.sleep(200);
        assertThat(pulled.get()).isEqualTo(afterClose);
        assertThat(producer.get().isAlive()).isFalse();
    }
}
