package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.store.Library;
import org.entente.ui.common.FileDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Save a Copy As… as a person cancels it from the status bar: the copy stops, the file they
 * chose to replace is as it was, no partial copy is left, and the window stays on its library. (The
 * copy of a ten-million-event library takes about a minute; the menu's task did not pass its cancel
 * to the copy, which went on and replaced the file after the Cancel.)
 */
@ExtendWith(ApplicationExtension.class)
class SaveCopyCancelTest {
    @TempDir Path dir;
    private MainWindowFixture fx;
    private Path library;
    /** Counted down when the copy has begun on its task's thread, which then waits for {@link #release}. */
    private final CountDownLatch copyBegun = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Thread copying;

    @Start
    void start(Stage stage) {
        fx = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        Library.forbidOnThreadsWhere(Platform::isFxApplicationThread);
        FileDialogs.usePresenter(FileDialogs.PLATFORM);
        fx.closeLibrary();
    }

    @Test
    void cancelledFromTheStatusBarTheCopyStopsAndTheChosenFileIsAsItWas(FxRobot robot) throws Exception {
        library = MainWindowFixture.starterCopy(dir);
        robot.interact(() -> fx.selectTab("Events").open(library));
        fx.waitForIdle(30);
        Path target = dir.resolve("Tô Lâm's copy.entente");
        Files.writeString(target, "a file of the person's");
        FileDialogs.usePresenter(new SavesTo(target));
        // The copy is held as it begins (the store's thread check is the first thing it does), so that
        // the Cancel comes while it runs, whatever the machine's speed.
        Library.forbidOnThreadsWhere(() -> {
            if (!Platform.isFxApplicationThread() && insideSaveCopy()) {
                copying = Thread.currentThread();
                copyBegun.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Platform.isFxApplicationThread();
        });

        robot.clickOn("File");
        robot.clickOn("Save a Copy As…");
        assertThat(copyBegun.await(30, TimeUnit.SECONDS)).as("the copy began").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#status-cancel");
        release.countDown();
        // Until the copy's thread has left the copy, done or stopped.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !inSaveCopy(copying));
        fx.waitForIdle(30);

        String atTheName = new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(atTheName.startsWith("SQLite format 3")).as("the file at the chosen name replaced by the copy after the Cancel").isFalse();
        assertThat(atTheName).as("the file at the chosen name, as it was").isEqualTo("a file of the person's");
        assertThat(leftovers()).as("no partial copy left beside it").isEmpty();
        assertThat(fx.context.library().file().toAbsolutePath()).as("the window stays on its library").isEqualTo(library.toAbsolutePath());
    }

    private List<String> leftovers() {
        String[] names = dir.toFile().list();
        return names == null ? List.of() : Arrays.stream(names).filter(n -> n.startsWith(".entente-copy-")).toList();
    }

    private static boolean insideSaveCopy() { return inSaveCopy(Thread.currentThread()); }

    /** Whether {@code thread} is in {@link Library#saveCopyTo}. */
    private static boolean inSaveCopy(Thread thread) {
        return thread != null && thread.isAlive() && Arrays.stream(thread.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(Library.class.getName()) && f.getMethodName().equals("saveCopyTo"));
    }

}
