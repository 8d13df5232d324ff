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
import org.entente.ui.shell.AppContext;
import org.entente.ui.shell.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.TaskRunner;
import org.entente.ui.timeline.TimelineAppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event form in the real main window, used like a person would: menus, typing, clicking suggestions. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    @TempDir static Path dir;
    private MainWindow window;
    private AppContext context;

    static Path seededLibrary(Path dir) {
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

    @Start
    void start(Stage stage) {
        EntenteApp.applyTheme(false);
        context = new AppContext(new TaskRunner());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.tabs().getSelectionModel().select(tab("Events"));
        window.openLibrary(seededLibrary(dir), false);
    }

    private javafx.scene.control.Tab tab(String title) {
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

    @Test
    void anEventCreatedInTheFormShowsInTheTableAndOnTheTimeline(FxRobot robot) throws Exception {
        openNewEventForm(robot);
        LibraryCounts before = counts();
        robot.clickOn("#event-title").write("Tô Lâm gặp 习近平");
        robot.clickOn("#event-start").write("2024-08-19");
        choose(robot, "#event-category", "Meeting");
        pick(robot, "#event-participant-input", "viet", "Vietnam (VNM)");
        pick(robot, "#event-participant-input", "chi", "China (CHN)");
        assertThat(robot.lookup(".participant-row").queryAll()).hasSize(2);
        robot.clickOn("#event-importance-4");
        Button save = robot.lookup("#form-save").queryButton();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        waitForIdle();

        assertThat(robot.lookup("#form-event").tryQuery()).isEmpty();
        assertThat(counts().events()).isEqualTo(before.events() + 1);
        Event stored = context.library().events().byId(context.selectedEventId().get()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Tô Lâm gặp 习近平");
        assertThat(stored.when()).isEqualTo(DateRange.parse("2024-08-19"));
        assertThat(stored.category()).isEqualTo(Category.MEETING);
        assertThat(stored.importance()).isEqualTo(4);
        assertThat(stored.participants()).extracting(p -> p.actor().name() + "/" + p.role())
                .containsExactly("Vietnam/host", "China/guest");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tableTitles(robot).contains("Tô Lâm gặp 习近平"));

        robot.interact(() -> window.tabs().getSelectionModel().select(tab("Timeline")));
        TimelineAppView timeline = (TimelineAppView) window.views().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.timeline().getItems().stream()
                .map(TimelineItem::title).anyMatch("Tô Lâm gặp 习近平"::equals));
    }

    @Test
    void aBadDateIsMarkedUnderItsFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        openNewEventForm(robot);
        LibraryCounts before = counts();
        robot.clickOn("#event-title").write("Một sự kiện");
        choose(robot, "#event-category", "Statement");
        robot.clickOn("#event-start").write("2024-13-40");
        WaitForAsyncUtils.waitForFxEvents();

        Node start = robot.lookup("#event-start").query();
        Label message = (Label) start.getProperties().get("field-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("\"2024-13-40\" is not a date: month 13");
        assertThat(start.getPseudoClassStates()).extracting(Object::toString).contains("danger");
        // The message stands right under the field.
        assertThat(message.localToScene(0, 0).getY()).isGreaterThan(start.localToScene(0, 0).getY());
        assertThat(robot.lookup("#form-save").queryButton().isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.clickOn("#form-save");
        waitForIdle();
        assertThat(robot.lookup("#form-event").tryQuery()).as("the form stays open").isPresent();
        assertThat(counts()).isEqualTo(before);

        // Correcting the date clears the mark.
        robot.doubleClickOn("#event-start").eraseText(10).write("2024-12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(robot.lookup("#form-save").queryButton().isDisabled()).isFalse();
    }
}
