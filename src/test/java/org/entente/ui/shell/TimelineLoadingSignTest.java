package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.controls.timeline.TimelineView;
import org.entente.ui.ShownNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While the library opens, the timeline says so with a moving bar instead of "No events to show" (issue #16). */
@ExtendWith(ApplicationExtension.class)
class TimelineLoadingSignTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void theTimelineShowsALoadingSignUntilItsFirstEventsAreDrawn(FxRobot robot) throws Exception {
        Node sign = ShownNodes.shown(robot, "#timeline-loading", 20);
        assertThat(robot.from(sign).lookup(".label").queryAs(Label.class).getText()).isEqualTo("Opening the library…");
        // Not "No events to show" drawn under the sign as well: the two overlapped and disagreed.
        TimelineView waiting = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(WaitForAsyncUtils.asyncFx(waiting::getEmptyText).get()).isEmpty();
        robot.interact(() -> fixture.open(MainWindowFixture.starterCopy(dir)));
        fixture.waitForIdle(30);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sign.isVisible());
        assertThat(WaitForAsyncUtils.asyncFx(timeline::getEmptyText).get()).isEqualTo("No events to show");
    }
}
