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
 * the rest in the background, and then the notice goes and a search finds the last event.
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
        org.entente.model.Event last = OffFxThread.call(() -> {
            try (Library library = Library.open(file)) {
                var r = library.bulkInsert(new SyntheticLibrary(41, EVENTS).iterator(), EVENTS, "import:test", null, null, 2_000);
                return library.events().byId(r.lastId()).orElseThrow();
            }
        });
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

        robot.clickOn("#timeline-search").write(last.title()).type(javafx.scene.input.KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<org.entente.store.SearchHit> hits = robot.lookup("#timeline-hits").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> hits.getItems().stream().anyMatch(h -> h.event().id() == last.id()));
    }
}
