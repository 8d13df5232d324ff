package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.app.timeline.TimelineLoader;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window whose overview would read many rows is first shown from the lane summary, in whole
 * blocks, and then replaced by the overview it asked for (issue #15: the ten-million-event library
 * opens on 2008–2024, 2.3 million events with the margins, 2.6 s of rows before anything was drawn).
 */
class ProvisionalOverviewTest {
    static final int EVENTS = 20_000;
    @TempDir Path dir;
    Library lib;
    CurrentThreadTaskExecutor tasks;
    TimelineViewModel vm;
    final List<TimelineLoader.WindowData> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("many.entente"));
        lib.bulkInsert(new SyntheticLibrary(11, EVENTS).iterator(), EVENTS, "import:test", null, null, 5_000);
        tasks = new CurrentThreadTaskExecutor();
        vm = new TimelineViewModel(tasks);
        vm.loadedProperty().addListener((obs, o, data) -> { if (data != null) shown.add(data); });
    }

    @AfterEach
    void close() { lib.close(); }

    @Test
    void aWindowOfManyRowsIsShownFromTheSummaryFirstThenInItsOwnBuckets() {
        vm.setProvisionalAbove(1_000); // this library's 2008–2024 (with margins) holds several thousand events
        vm.open(lib);

        assertThat(shown).hasSize(2);
        TimelineLoader.WindowData first = shown.get(0), then = shown.get(1);
        assertThat(first.provisional()).isTrue();
        assertThat(first.overview()).isTrue();
        assertThat(first.bucketDays() % 512).as("whole summary blocks").isZero();
        assertThat(first.items()).isNotEmpty();
        assertThat(then.provisional()).isFalse();
        assertThat(then.overview()).isTrue();
        assertThat(then.bucketDays()).as("the buckets asked for").isLessThan(256);
        assertThat(then.request().fromDay()).isEqualTo(first.request().fromDay());
        assertThat(vm.loadedProperty().get()).isSameAs(then);
        // The set-up task reads the provisional one with the lanes (start-up, #13); the final one is a window load of its own.
        assertThat(tasks.titles()).containsExactly(org.entente.i18n.I18n.t("timeline.task.setup"), org.entente.i18n.I18n.t("timeline.task.window"));

        // Settled: a range inside the loaded one loads nothing more.
        TimelineLoader.WindowRequest r = then.request();
        long span = r.toDay() - r.fromDay();
        vm.visibleRangeChanged(r.fromDay() + span / 4.0, r.toDay() - span / 4.0);
        assertThat(shown).hasSize(2);
    }

    @Test
    void aWindowOfFewRowsIsReadOnce() {
        vm.open(lib); // the app's threshold: far above this library
        assertThat(shown).singleElement().satisfies(d -> assertThat(d.provisional()).isFalse());
    }
}
