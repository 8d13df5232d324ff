package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.app.ExportFormat;
import org.entente.app.LibraryService;
import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.common.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export…: pick a format in the list, press Export…, get the file where it was asked for. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir static Path dir;
    private AppContext context;
    private Library library;
    /** What the (stand-in) file chooser was asked for, and the path it answers with. */
    private final List<ExportFormat> asked = new ArrayList<>();
    private Path answer;

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        Path lib = dir.resolve("starter-" + System.nanoTime() + ".entente");
        org.entente.ui.OffFxThread.call(() -> {
            LibraryService.openOrCreateWithStarter(lib).close();
            return lib;
        });
        window.openLibrary(lib, false);
    }

    /** Once the starter library is open, File › Export… as the menu opens it, with the stand-in chooser. */
    private void openDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        library = context.library();
        robot.interact(() -> new ExportDialog(context, (ctx, format) -> {
            asked.add(format);
            return Optional.ofNullable(answer);
        }).show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        if (context.library() != null) context.library().close();
    }

    @Test
    void chooseTimelineJsExportTheStarterLibraryAndFindItsEventsInTheFile(FxRobot robot) throws Exception {
        answer = dir.resolve("out-" + System.nanoTime()).resolve("Bamboo diplomacy.json");
        openDialog(robot);
        robot.clickOn(ExportFormat.TIMELINEJS.label());
        robot.clickOn("#export-confirm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Exported"));
        assertThat(asked).containsExactly(ExportFormat.TIMELINEJS);
        assertThat(answer).isRegularFile();
        assertThat(Files.list(answer.getParent())).containsExactly(answer); // no half-written file left beside it

        JsonNode json = new ObjectMapper().readTree(answer.toFile());
        List<String> headlines = new ArrayList<>();
        json.get("events").forEach(e -> headlines.add(e.get("text").get("headline").asText()));
        List<String> titles = library.events().allHeaders().stream().map(EventHeader::title).toList();
        assertThat(titles).isNotEmpty();
        assertThat(headlines).containsExactlyInAnyOrderElementsOf(titles);
        String status = robot.lookup("#export-status").queryAs(Label.class).getText();
        assertThat(status).contains(answer.toString());
    }

    @Test
    void aCancelledChoiceExportsNothing(FxRobot robot) throws Exception {
        answer = null;
        openDialog(robot);
        robot.clickOn(ExportFormat.CSV.label());
        robot.clickOn("#export-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(ExportFormat.CSV);
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEmpty();
        // The dialog as laid out by its FXML, to look at: target/screenshots/export-dialog.png.
        javafx.scene.Scene scene = robot.lookup("#export-formats").query().getScene();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path out = Path.of("target/screenshots/export-dialog.png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
    }
}
