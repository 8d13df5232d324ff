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

/** The event form in the real main window, used like a person would: menus, typing, clicking suggestions. */
class EditorWindowTest extends EditorFixture {
    @Start
    @Override
    void start(javafx.stage.Stage stage) { super.start(stage); }

    @Test
    void anEventCreatedInTheFormShowsInTheTableAndOnTheTimelineAndUndoTakesItAway(FxRobot robot) throws Exception {
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

        // Edit › Undo (Shortcut+Z) takes it away again, from the library, the timeline and the table.
        robot.clickOn(timeline.timeline());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts().events() == before.events());
        assertThat(context.library().events().byId(stored.id())).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.timeline().getItems().stream()
                .map(TimelineItem::title).noneMatch("Tô Lâm gặp 习近平"::equals));
        robot.interact(() -> window.tabs().getSelectionModel().select(tab("Events")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tableTitles(robot).contains("Tô Lâm gặp 习近平"));
        assertThat(tableTitles(robot)).contains("Putin state visit to Hanoi");
        assertThat(counts()).isEqualTo(before);
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
