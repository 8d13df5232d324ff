package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.LibraryService;
import org.entente.controls.timeline.TimelineItem;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.store.Library;
import org.entente.store.LibraryCounts;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.timeline.TimelineAppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a small seeded library, with helpers to use the forms like a person would. */
@ExtendWith(ApplicationExtension.class)
abstract class EditorFixture {
    @TempDir static Path dir;
    MainWindow window;
    AppContext context;

    static Path seededLibrary(Path dir) {
        return org.entente.ui.OffFxThread.call(() -> seedLibrary(dir));
    }

    private static Path seedLibrary(Path dir) {
        Path file = dir.resolve("editor-test-" + System.nanoTime() + ".db");
        Source dw = new Source(0, "Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?", "DW", "David Hutt", null,
                "https://www.dw.com/example", null, null);
        Actor vn = Actor.country("Vietnam", "VNM"), ru = Actor.country("Russia", "RUS"), cn = Actor.country("China", "CHN");
        LibraryContent content = new LibraryContent(null, null, List.of(
                new Event(0, "Tô Lâm elected State President", DateRange.parse("2024-05-22"), Category.LEADERSHIP_CHANGE,
                        List.of(new Participant(vn, null)), "Hanoi", null, 4, List.of("leadership"), List.of(Citation.of(dw))),
                new Event(0, "Putin state visit to Hanoi", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                        List.of(new Participant(vn, "host"), new Participant(ru, "guest")), "Hanoi", null, 5, List.of(),
                        List.of(Citation.of(dw))),
                new Event(0, "Xi Jinping in Hanoi", DateRange.parse("2023-12-12/2023-12-13"), Category.STATE_VISIT,
                        List.of(new Participant(vn, "host"), new Participant(cn, "guest")), "Hanoi", null, 4, List.of(),
                        List.of(Citation.of(dw)))),
                null, null, null);
        LibraryService.openOrCreate(file, () -> org.entente.exchange.bundle.Bundle.of(content), "test").close();
        return file;
    }

    /** Subclasses annotate their override with {@code @Start}: TestFX looks for it on the test class itself. */
    void start(Stage stage) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.tabs().getSelectionModel().select(tab("Events"));
        window.openLibrary(seededLibrary(dir), false);
    }

    javafx.scene.control.Tab tab(String title) {
        return window.tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w != context.window() && w instanceof Stage s) s.close();
        });
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    LibraryCounts counts() throws Exception {
        return context.library().counts();
    }

    @SuppressWarnings("unchecked")
    TableView<Object> table(FxRobot robot) { return robot.lookup("#events-table").queryAs(TableView.class); }

    List<String> tableTitles(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> ((org.entente.ui.events.EventRow) r).title()).toList();
    }

    /** Opens the new-event form with the keyboard, as a person would. */
    void openNewEventForm(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("#events-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-event").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the completion field and clicks the suggestion reading {@code suggestion}. */
    static void pick(FxRobot robot, String field, String text, String suggestion) throws Exception {
        robot.clickOn(field).write(text);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                    .match((ListCell<?> c) -> suggestion.equals(c.getText())).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no suggestion " + suggestion + " for " + text + "; field has \""
                    + robot.lookup(field).queryAs(javafx.scene.control.TextField.class).getText() + "\", focused "
                    + robot.lookup(field).query().isFocused() + "; cells "
                    + robot.lookup(".auto-complete-popup .list-cell").queryAll().stream().map(c -> ((ListCell<?>) c).getText()).toList(), e);
        }
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").match((ListCell<?> c) -> suggestion.equals(c.getText()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> item.equals(c.getText()) && c.isVisible())
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }


    /** Edit › {@code item}, clicked, and waits for the form with {@code formId}. */
    void menu(FxRobot robot, String item, String formId) throws Exception {
        waitForIdle();
        robot.clickOn("Edit").clickOn(item);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(formId).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks Save and waits until the form has closed and the save has finished. */
    void save(FxRobot robot, String formId) throws Exception {
        javafx.scene.control.Button save = robot.lookup(formId + " #form-save").queryButton();
        assertThat(save.isDisabled()).as("Save enabled").isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(formId).tryQuery().isEmpty());
        waitForIdle();
    }
}
