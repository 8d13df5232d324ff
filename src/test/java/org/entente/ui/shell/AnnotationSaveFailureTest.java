package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.store.HeldWrite;
import org.entente.store.Library;
import org.entente.ui.ShownNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;

/**
 * A star or a note that cannot be saved (the library busy with another window's long write) is
 * not shown as saved: the star goes back, the note's editor keeps its text and Save works again,
 * and the user is told why.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationSaveFailureTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1400, 900).selectTab("Events").open(MainWindowTest.seededLibrary(dir));
        context = fixture.context;
    }

    @AfterEach
    void closeLibrary() { fixture.closeLibrary(); }

    /** Waits for the shell's error dialog, returns its text and closes it. */
    private static String errorShownAndClosed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String text = dialog.getContentText();
        robot.interact(() -> dialog.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void aStarOrNoteThatCannotBeSavedIsNotShownAsSaved(FxRobot robot) throws Exception {
        fixture.waitForIdle(10);
        ShownNodes.click(robot, "Putin state visit to Hanoi", 15);
        fixture.waitForIdle(10);
        RecordRef ref = new RecordRef(RecordKind.EVENT, context.selectedEventId().get());
        context.library().busyTimeout(java.time.Duration.ofMillis(300)); // instead of 10 s, to keep the test short

        try (Library other = Library.open(context.library().file()); HeldWrite held = HeldWrite.on(other)) {
            ShownNodes.click(robot, "#note-add", 15);
            ShownNodes.click(robot, "#note-editor", 15);
            robot.write("For lecture 3");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class).getText().equals("For lecture 3"));
            // A reload while the note is being written (as after another window's commit) keeps it.
            robot.interact(context::libraryChanged);
            fixture.waitForIdle(30);
            assertThat(robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class).getText()).isEqualTo("For lecture 3");

            ShownNodes.click(robot, "#annotation-star", 15);
            assertThat(errorShownAndClosed(robot)).contains("busy");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#annotation-star").match(ShownNodes::isShown).queryAs(ToggleButton.class).isSelected());
            assertThat(robot.lookup("#annotation-star").match(ShownNodes::isShown).queryAs(ToggleButton.class).getText()).isEqualTo("Star");
            // The note being written is still there: only the marks were read again.
            assertThat(robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class).getText()).isEqualTo("For lecture 3");

            ShownNodes.click(robot, "#note-save", 15);
            assertThat(errorShownAndClosed(robot)).contains("busy");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#note-save").match(ShownNodes::isShown).queryAs(Button.class).isDisabled());
            assertThat(robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class).getText()).isEqualTo("For lecture 3");
        }
        assertThat(context.library().notes().forRecord(ref)).isEmpty();
        assertThat(context.library().annotations().of(ref).starred()).isFalse();

        // Once the other window is done (its last commit makes this window reload, which takes a while on a
        // loaded machine), the note being written is still there and the same Save goes through.
        fixture.waitForIdle(60);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#note-save")
                .match(b -> ShownNodes.isShown(b) && !((Button) b).isDisabled()).tryQuery().isPresent());
        assertThat(robot.lookup("#note-editor").match(ShownNodes::isShown).queryAs(TextArea.class).getText()).isEqualTo("For lecture 3");
        ShownNodes.click(robot, "#note-save", 30);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library().notes().forRecord(ref).size() == 1);
        assertThat(context.library().notes().forRecord(ref).get(0).text()).isEqualTo("For lecture 3");
    }
}
