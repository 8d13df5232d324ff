package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Network › Export › Replay as GIF or MP4…, opened, filled in and run as a person would, on the starter library. */
@ExtendWith(ApplicationExtension.class)
class ReplayDialogTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    AppContext context;
    NetworkAppView view;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        context = fixture.context;
        view = fixture.view(NetworkAppView.class);
        fixture.selectTab("Network");
        view.viewModel().date().set(LocalDate.of(2024, 7, 1));
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        // The dialog holds the view model and its data: closed, so that the next tests do not carry it.
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Replay")).forEach(w -> ((Stage) w).close()))
                .get(10, TimeUnit.SECONDS);
        fixture.closeLibrary();
    }

    void waitForNetwork() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && !view.viewModel().nodes().isEmpty()
                && context.tasks().idleProperty().get() && !view.viewModel().isLayingOut());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Export › Replay as GIF or MP4… as a person opens it, once the network is drawn. */
    void openDialog(FxRobot robot) throws Exception {
        waitForNetwork();
        robot.clickOn("#network-export");
        UnAgreementTiesTest.choose(robot, "Replay as GIF or MP4…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#replay-from").tryQuery().isPresent());
    }

    void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Label.class).getText(); }

    @Test
    void theReplayDialogOpensFromTheExportMenuAndWritesTheGifAsked(FxRobot robot) throws Exception {
        openDialog(robot);

        replace(robot, "#replay-from", "2010");
        replace(robot, "#replay-to", "2014");
        replace(robot, ".combo-box .text-field", "480x270");
        replace(robot, "#replay-seconds", "0.5");
        robot.clickOn("#replay-step");
        UnAgreementTiesTest.choose(robot, "Month");
        assertThat(text(robot, "#replay-summary")).startsWith("60 frames, 1 January 2010 to 1 December 2014");
        robot.clickOn("#replay-step");
        UnAgreementTiesTest.choose(robot, "Year");
        assertThat(text(robot, "#replay-summary")).startsWith("5 frames, 1 January 2010 to 1 January 2014, 480×270: plays for 2.5 s");
        assertThat(robot.lookup("#replay-export").queryButton().isDisabled()).isTrue(); // no file yet
        Path target = dir.resolve("out-" + System.nanoTime()).resolve("replay.gif");
        Files.createDirectories(target.getParent());
        replace(robot, "#replay-file", target.toString());
        snapshot(robot, "replay-dialog.png");

        robot.clickOn("#replay-export");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#replay-status").startsWith("Saved"));
        assertThat(text(robot, "#replay-status")).isEqualTo("Saved 5 frames to " + target);
        NetworkReplayTest.Decoded gif = NetworkReplayTest.decode(target);
        assertThat(gif.frames()).hasSize(5).allSatisfy(f -> assertThat(f.getWidth() * 10_000 + f.getHeight()).isEqualTo(480 * 10_000 + 270));
        assertThat(gif.delays()).containsOnly(50);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target); // no temporary file left beside it
        }
    }

    @Test
    void choosingMp4WritesAVideoOfTheAskedSizeAndFrames(FxRobot robot) throws Exception {
        openDialog(robot);
        replace(robot, "#replay-from", "2012");
        replace(robot, "#replay-to", "2015");
        replace(robot, ".combo-box .text-field", "480x270");
        replace(robot, "#replay-seconds", "0.5");
        Path dirOut = Files.createDirectories(dir.resolve("mp4-" + System.nanoTime()));
        replace(robot, "#replay-file", dirOut.resolve("replay.gif").toString());
        assertThat(robot.lookup("#replay-export").queryButton().getText()).isEqualTo("Export GIF");

        robot.clickOn("#replay-format");
        UnAgreementTiesTest.choose(robot, "MP4 video (H.264)");
        // The button and the file's extension follow the format; a video does not loop by itself.
        assertThat(robot.lookup("#replay-export").queryButton().getText()).isEqualTo("Export MP4");
        Path target = dirOut.resolve("replay.mp4");
        assertThat(robot.lookup("#replay-file").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(target.toString());
        assertThat(text(robot, "#replay-summary")).isEqualTo("4 frames, 1 January 2012 to 1 January 2015, 480×270: plays for 2.0 s");
        snapshot(robot, "replay-dialog-mp4.png");

        robot.clickOn("#replay-export");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> text(robot, "#replay-status").startsWith("Saved"));
        assertThat(text(robot, "#replay-status")).isEqualTo("Saved 4 frames to " + target);
        NetworkReplayTest.DecodedVideo video = NetworkReplayTest.decodeMp4(target);
        assertThat(video.frames()).hasSize(4).allSatisfy(f -> assertThat(f.getWidth() * 10_000 + f.getHeight()).isEqualTo(480 * 10_000 + 270));
        assertThat(video.seconds()).containsOnly(0.5);
        try (var files = Files.list(dirOut)) {
            assertThat(files).containsExactly(target); // no temporary file left beside it
        }

        // An odd size cannot be a video: said at once, and Export stays off.
        replace(robot, ".combo-box .text-field", "481x270");
        assertThat(text(robot, "#replay-summary")).isEqualTo("an MP4 video is an even number of pixels wide and high, not 481×270");
        assertThat(robot.lookup("#replay-export").queryButton().isDisabled()).isTrue();
    }

    @Test
    void wrongFieldsSayWhatIsWrongAndExportStaysOff(FxRobot robot) throws Exception {
        openDialog(robot);
        replace(robot, "#replay-file", dir.resolve("never.gif").toString());
        replace(robot, "#replay-to", "2001-13");
        assertThat(text(robot, "#replay-summary")).contains("\"to\"").contains("month 13");
        assertThat(robot.lookup("#replay-summary").query().getStyleClass()).contains("replay-error");
        assertThat(robot.lookup("#replay-export").queryButton().isDisabled()).isTrue();
        replace(robot, "#replay-to", "2024");
        assertThat(robot.lookup("#replay-summary").query().getStyleClass()).doesNotContain("replay-error");
        assertThat(robot.lookup("#replay-export").queryButton().isDisabled()).isFalse();
        robot.clickOn("#replay-close");
        assertThat(Files.exists(dir.resolve("never.gif"))).isFalse();
    }

    @Test
    void cancelStopsTheReplayAndLeavesNoFile(FxRobot robot) throws Exception {
        openDialog(robot);
        // Long enough to be caught running: a frame a month over the library's whole range, full HD.
        robot.clickOn("#replay-step");
        UnAgreementTiesTest.choose(robot, "Month");
        replace(robot, ".combo-box .text-field", "1920x1080");
        Path target = dir.resolve("cancelled-" + System.nanoTime()).resolve("replay.gif");
        Files.createDirectories(target.getParent());
        replace(robot, "#replay-file", target.toString());
        robot.clickOn("#replay-export");
        javafx.scene.control.ProgressBar bar = robot.lookup("#replay-progress").queryAs(javafx.scene.control.ProgressBar.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> bar.getProgress() > 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#replay-status").startsWith("Frame "));
        snapshot(robot, "replay-dialog-running.png");
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getWidth()).isGreaterThan(200);
        assertThat(robot.lookup("#replay-close").queryButton().getText()).isEqualTo("Cancel");
        robot.clickOn("#replay-close");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#replay-status").startsWith("Cancelled"));
        assertThat(text(robot, "#replay-status")).isEqualTo("Cancelled: no file was written");
        assertThat(robot.lookup("#replay-close").queryButton().getText()).isEqualTo("Close");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).isEmpty();
        }
    }

    static void snapshot(FxRobot robot, String name) throws Exception {
        javafx.scene.Scene scene = robot.lookup("#replay-from").query().getScene();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target/screenshots/" + name);
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
    }
}
