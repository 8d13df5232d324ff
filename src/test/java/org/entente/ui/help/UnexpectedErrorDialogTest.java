package org.entente.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.entente.ui.ShownNodes;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug that escapes shows a dialog with its details and "Copy details", and the app stays usable. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorDialogTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        Path library = MainWindowFixture.emptyLibrary(dir, "errors");
        fixture = MainWindowFixture.show(stage, 1280, 800).open(library);
        before = Thread.getDefaultUncaughtExceptionHandler();
        UnexpectedErrorDialog.install(stage, () -> fixture.context);
    }

    @AfterEach
    void close() {
        Thread.setDefaultUncaughtExceptionHandler(before);
        fixture.closeLibrary();
    }

    @Test
    void anUncaughtExceptionShowsItsDetailsCanBeCopiedAndTheAppGoesOn(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug in a click handler: Tô Lâm");
        });
        Node dialog = ShownNodes.shown(robot, "#unexpected-error", 30);
        TextArea details = robot.from(dialog).lookup("#unexpected-error-details").queryAs(TextArea.class);
        assertThat(details.getText()).contains("java.lang.IllegalStateException: a bug in a click handler: Tô Lâm", "Entente ", "at ");

        // A second error, on a background thread, goes into the same dialog rather than a new one.
        Thread worker = new Thread(() -> {
            throw new ArithmeticException("a bug in a worker");
        }, "worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> details.getText().contains("ArithmeticException: a bug in a worker"));
        assertThat(details.getText()).contains("thread \"worker\"");
        assertThat(robot.lookup("#unexpected-error").match(n -> n.getScene().getWindow().isShowing()).queryAll()).hasSize(1);
        HelpScreenshots.write(dialog.getScene(), "unexpected-error");

        ShownNodes.click(robot, "#unexpected-error-copy", 15);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(details.getText());
        ShownNodes.click(robot, "#unexpected-error-close", 15);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !dialog.getScene().getWindow().isShowing());

        // The app goes on: clicking a tab still switches the view.
        ShownNodes.click(robot, "#tab-events", 15);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            Tab selected = fixture.window.tabs().getSelectionModel().getSelectedItem();
            return selected != null && selected.getText().equals("Events");
        });
    }
}
