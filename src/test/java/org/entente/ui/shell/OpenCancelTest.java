package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a library, cancelled from the status bar as a person would while it is slow to open
 * (another program holds the file here; a ten-million-event library's migration takes minutes):
 * the window goes back to the library it showed, its path in the status bar and nothing covering
 * its views, and the file opened meanwhile is let go. Before, the "Opening library…" cover stayed
 * over the views and the status bar kept saying it was opening the other file.
 */
@ExtendWith(ApplicationExtension.class)
class OpenCancelTest {
    @TempDir Path dir;
    private MainWindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void tearDown() { fx.closeLibrary(); }

    @Test
    void aCancelledOpenLeavesTheWindowOnTheLibraryItShowed(FxRobot robot) throws Exception {
        Path shown = MainWindowFixture.starterCopy(dir);
        robot.interact(() -> fx.open(shown));
        fx.waitForIdle(30);
        Path other = MainWindowFixture.emptyLibrary(dir, "Tô Lâm's library");
        cancelTheOpenOf(other, robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx.window.openingLibrary().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context.library().file()).isEqualTo(shown);
        Label path = robot.lookup("#status-library").queryAs(Label.class);
        assertThat(path.getText()).isEqualTo(shown.toString());
        assertThat(fx.window.stage().getTitle()).contains(shown.getFileName().toString());
        // The other file, opened once the holder let go, is closed again: nobody will show it.
        if (Files.isDirectory(FDS)) {
            assertThat(heldOpen(shown)).as("the shown library, seen open").isTrue();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !heldOpen(other));
        }
    }

    /** With no library open before (the first open of a start, cancelled): the window says so, and nothing waits. */
    @Test
    void aCancelledFirstOpenLeavesAWindowThatSaysNoLibraryIsOpen(FxRobot robot) throws Exception {
        Path other = MainWindowFixture.emptyLibrary(dir, "习近平's library");
        cancelTheOpenOf(other, robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx.window.openingLibrary().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context.library()).isNull();
        assertThat(robot.lookup("#status-library").queryAs(Label.class).getText()).isEqualTo("No library open");
        // Not "Opening the library…" with a moving bar over an empty timeline: nothing is opening.
        assertThat(robot.lookup("#timeline-loading").query().isVisible()).isFalse();
        org.entente.controls.timeline.TimelineView timeline = robot.lookup("#timeline").queryAs(org.entente.controls.timeline.TimelineView.class);
        assertThat(WaitForAsyncUtils.asyncFx(timeline::getEmptyText).get()).isEqualTo("No library open");
        if (Files.isDirectory(FDS)) WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !heldOpen(other));
    }

    /**
     * Opens {@code file} while another program holds it, so that the open waits (up to SQLite's busy
     * timeout, ten seconds), and clicks the status bar's Cancel; the open's own task is the one cancelled.
     */
    private void cancelTheOpenOf(Path file, FxRobot robot) throws Exception {
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = holder.createStatement()) {
            // Nobody else may read the file while this is held.
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            robot.interact(() -> fx.open(file));
            StatusBarCancel.cancel(robot, fx, I18n.t("shell.task.opening"), () -> fx.window.openingLibrary().get());
            st.execute("COMMIT");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("no failure told").isEmpty();
    }

    private static final Path FDS = Path.of("/proc/self/fd");

    /** Whether this process has {@code file} open (Linux: its descriptors' links). */
    private static boolean heldOpen(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            });
        }
    }
}
