package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.entente.app.synthetic.SyntheticLibrary;
import org.entente.store.Library;
import org.entente.ui.OffFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #15: a library whose last large import left part of its search index to be built is
 * opened; the status bar says plainly how many events a search cannot find yet, the window builds
 * the rest in the background, and then the notice goes and a search finds the last event; a
 * cancelled build goes on from the notice's Resume link.
 */
@ExtendWith(ApplicationExtension.class)
class SearchBacklogNoticeTest {
    private static final int EVENTS = 12_000;
    @TempDir static Path dir;
    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void theStatusBarSaysSearchIsIncompleteUntilTheIndexIsBuiltThenSearchFindsTheLastEvent(FxRobot robot) throws Exception {
        Path file = dir.resolve("backlog.entente");
        org.entente.model.Event last = importedLeavingABacklog(file, 41, EVENTS);
        // Another program writes the file meanwhile (as a second window would): the window's first
        // batch waits for it, so the notice can be seen before the index is built.
        try (Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            robot.interact(() -> fixture.open(file));
            Label notice = robot.lookup("#status-search-backlog").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, notice::isVisible);
            assertThat(notice.getText()).isEqualTo("Search incomplete: 10,000 events not indexed yet");
            st.execute("ROLLBACK");
        }
        Label notice = robot.lookup("#status-search-backlog").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !notice.isVisible());
        fixture.waitForIdle(30);

        searchFinds(robot, last);
    }

    /**
     * The build is cancelled from the status bar: the notice stays, with a Resume link beside it
     * (before, the rest waited until the library was opened again); the link goes on with it, and
     * then a search finds the last event.
     */
    @Test
    void aCancelledBuildGoesOnFromTheResumeLinkBesideTheNotice(FxRobot robot) throws Exception {
        Path file = dir.resolve("resumed.entente");
        int events = 45_000; // a backlog of three batches: the cancel comes with two still to go
        org.entente.model.Event last = importedLeavingABacklog(file, 43, events);
        String building = org.entente.i18n.I18n.t("shell.task.search-index");
        Label notice = robot.lookup("#status-search-backlog").queryAs(Label.class);
        try (Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            // Held while the build is cancelled, so that its first batch waits and the cancel finds it running.
            st.execute("BEGIN IMMEDIATE");
            robot.interact(() -> fixture.open(file));
            StatusBarCancel.cancel(robot, fixture, building, () -> notice.isVisible()
                    && !robot.lookup("#status-search-resume").queryAs(javafx.scene.control.Hyperlink.class).isVisible());
            st.execute("ROLLBACK");
        }
        javafx.scene.control.Hyperlink resume = robot.lookup("#status-search-resume").queryAs(javafx.scene.control.Hyperlink.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, resume::isVisible);
        assertThat(notice.isVisible()).isTrue();
        assertThat(OffFxThread.call(() -> fixture.context.library().searchBacklog())).isPresent();

        robot.clickOn("#status-search-resume");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !notice.isVisible());
        assertThat(resume.isVisible()).isFalse();
        fixture.waitForIdle(30);
        assertThat(OffFxThread.call(() -> fixture.context.library().searchBacklog())).isEmpty();
        searchFinds(robot, last);
    }

    /**
     * Cancelled during its last batch, the build still ends that batch: then nothing is left, and
     * neither the notice ("no events not indexed yet") nor a Resume link stays.
     */
    @Test
    void aBuildCancelledInItsLastBatchLeavesNoNoticeAndNoLink(FxRobot robot) throws Exception {
        Path file = dir.resolve("last-batch.entente");
        org.entente.model.Event last = importedLeavingABacklog(file, 47, EVENTS);
        Label notice = robot.lookup("#status-search-backlog").queryAs(Label.class);
        try (Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // the one batch waits for it, so that the cancel finds it running
            robot.interact(() -> fixture.open(file));
            StatusBarCancel.cancel(robot, fixture, org.entente.i18n.I18n.t("shell.task.search-index"), notice::isVisible);
            st.execute("ROLLBACK");
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> OffFxThread.call(() -> fixture.context.library().searchBacklog()).isEmpty());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !notice.isVisible());
        fixture.waitForIdle(30);
        assertThat(robot.lookup("#status-search-resume").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isFalse();
        searchFinds(robot, last);
    }

    /**
     * A library of {@code events} synthetic events loaded as a large import leaves it: all but the
     * first 2,000 still to be indexed for search. Returns the last event (a search cannot find it yet).
     */
    private static org.entente.model.Event importedLeavingABacklog(Path file, long seed, int events) {
        return OffFxThread.call(() -> {
            try (Library library = Library.open(file)) {
                var r = library.bulkInsert(new SyntheticLibrary(seed, events).iterator(), events, "import:test", null, null, 2_000);
                return library.events().byId(r.lastId()).orElseThrow();
            }
        });
    }

    private static void searchFinds(FxRobot robot, org.entente.model.Event event) throws Exception {
        robot.clickOn("#timeline-search").write(event.title()).type(javafx.scene.input.KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<org.entente.store.SearchHit> hits = robot.lookup("#timeline-hits").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hits.getItems().stream().anyMatch(h -> h.event().id() == event.id()));
    }
}
