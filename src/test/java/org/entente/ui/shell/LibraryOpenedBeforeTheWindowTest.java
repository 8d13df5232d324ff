package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.entente.app.LibraryService;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import org.entente.ui.timeline.TimelineAppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start-up the library starts opening before the window is built (issue #13, start-up time):
 * the window takes the open under way, says it is opening until it ends, then shows the library in
 * its views, or tells why it could not be opened, as for a library opened from the File menu.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryOpenedBeforeTheWindowTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() {
        fixture.closeLibrary();
    }

    @Test
    void theWindowShowsTheLibraryWhoseOpenBeganBeforeIt(FxRobot robot) throws Exception {
        Path file = MainWindowTest.seededLibrary(dir);
        CompletableFuture<Library> opening = new CompletableFuture<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> fixture.window.openLibrary(file, opening));
        WaitForAsyncUtils.waitForFxEvents();
        // Still opening: the window says so and has no library yet.
        assertThat(fixture.window.openingLibrary().get()).isTrue();
        assertThat(fixture.context.library()).isNull();

        opening.complete(LibraryService.openOrCreateEmpty(file));
        fixture.waitForIdle(20);
        assertThat(fixture.window.openingLibrary().get()).isFalse();
        assertThat(fixture.context.library().file()).isEqualTo(file);
        assertThat(stage.getTitle()).contains(file.getFileName().toString());
        TimelineAppView timeline = fixture.view(TimelineAppView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !timeline.model().items().isEmpty());
        assertThat(timeline.model().items()).extracting(i -> i.title()).contains("Tô Lâm elected State President");
    }

    @Test
    void aFailedOpenIsToldAsAnyOther(FxRobot robot) throws Exception {
        Path file = dir.resolve("not-there.db");
        CompletableFuture<Library> opening = new CompletableFuture<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> fixture.window.openLibrary(file, opening));
        opening.completeExceptionally(new LibraryException(LibraryException.Reason.IO, file, "The disk could not be read."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains("The disk could not be read.");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> dialog.getScene().getWindow().hide());
        assertThat(fixture.window.openingLibrary().get()).isFalse();
        assertThat(fixture.context.library()).isNull();
    }
}
