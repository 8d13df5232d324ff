package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.entente.model.Category;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.common.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders forms to target/screenshots/editor-*.png, to be looked at (and copied to screenshots/ by hand). */
@ExtendWith(ApplicationExtension.class)
class EditorScreenshotTest {
    @TempDir static Path dir;
    private AppContext context;

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.openLibrary(EditorFixture.seededLibrary(dir), false);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != context.window() && w instanceof Stage s) s.close();
        });
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    private RecordForm<?, ?> open(FxRobot robot, RecordKind kind) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        EditorData data = EditorData.load(context.library());
        RecordForm<?, ?>[] form = new RecordForm<?, ?>[1];
        robot.interact(() -> form[0] = ((Editor) context.editing()).open(kind, null, data, context.window()));
        return form[0];
    }

    private static void write(RecordForm<?, ?> form, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> image[0] = form.stage().getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(out).exists();
    }

    @Test
    void eventForm(FxRobot robot) throws Exception {
        RecordForm<?, ?> form = open(robot, RecordKind.EVENT);
        EditorData data = form.data;
        robot.interact(() -> {
            EventFormModel m = (EventFormModel) form.model();
            m.title().set("Tô Lâm gặp 习近平");
            m.start().set("2024-08-19");
            m.category().set(Category.STATE_VISIT);
            m.importance().set(4);
            data.actors().stream().filter(a -> a.name().equals("Vietnam")).forEach(m::addParticipant);
            data.actors().stream().filter(a -> a.name().equals("China")).forEach(m::addParticipant);
            m.place().set("Bắc Kinh");
            m.summary().set("General Secretary Tô Lâm's first state visit abroad after taking office.");
            m.addTag("visit");
            m.addTag("china");
            data.sources().forEach(m::addSource);
        });
        robot.interact(form::fitToContent);
        write(form, "editor-event.png");
        robot.clickOn("#event-end").write("2024-08-18");
        robot.clickOn("#event-title");
        write(form, "editor-event-invalid.png");
    }

    @Test
    void partnershipForm(FxRobot robot) throws Exception {
        RecordForm<?, ?> form = open(robot, RecordKind.PARTNERSHIP);
        robot.interact(() -> {
            PartnershipFormModel m = (PartnershipFormModel) form.model();
            form.data.actors().stream().filter(a -> a.name().equals("Vietnam")).forEach(m.actorA()::set);
            m.level().set(PartnershipLevel.COMPREHENSIVE_STRATEGIC);
            m.from().set("2012-07");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        EditorFixture.pick(robot, "#partnership-b", "viet", "Vietnam (VNM)");
        robot.clickOn("#partnership-until").write("2001");
        robot.clickOn("#partnership-official");
        write(form, "editor-partnership.png");
    }

    @Test
    void tradeFigureFormInLargeType(FxRobot robot) throws Exception {
        robot.interact(() -> context.largeType().set(true));
        RecordForm<?, ?> form = open(robot, RecordKind.TRADE_FIGURE);
        robot.interact(() -> {
            TradeFigureFormModel m = (TradeFigureFormModel) form.model();
            form.data.actors().stream().filter(a -> a.name().equals("Vietnam")).forEach(m.reporter()::set);
            form.data.actors().stream().filter(a -> a.name().equals("Russia")).forEach(m.partner()::set);
            m.year().set("2023");
            form.data.sources().stream().findFirst().ifPresent(src -> m.source().set(org.entente.model.Citation.of(src)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        robot.clickOn("#trade-value").write("3.6 bn");
        robot.clickOn("#trade-year");
        write(form, "editor-trade-large.png");
    }

    @Test
    void participantSuggestions(FxRobot robot) throws Exception {
        RecordForm<?, ?> form = open(robot, RecordKind.EVENT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        robot.clickOn("#event-participant-input").write("a");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".auto-complete-popup .list-cell").query();
        var popupScene = cell.getScene();
        var image = new javafx.scene.image.WritableImage[2];
        WaitForAsyncUtils.asyncFx(() -> {
            image[0] = form.stage().getScene().snapshot(null);
            image[1] = popupScene.snapshot(null);
        }).get();
        // The form with the suggestion list drawn where it stands, under the field.
        var formImage = SwingFXUtils.fromFXImage(image[0], null);
        var popupImage = SwingFXUtils.fromFXImage(image[1], null);
        var at = robot.lookup("#event-participant-input").query().localToScene(0, 0);
        var g = formImage.createGraphics();
        g.drawImage(popupImage, (int) at.getX(), (int) (at.getY() + robot.lookup("#event-participant-input").query()
                .getBoundsInLocal().getHeight()), null);
        g.dispose();
        Path out = Path.of("target", "screenshots", "editor-completion.png");
        ImageIO.write(formImage, "png", out.toFile());
        assertThat(out).exists();
    }
}
