package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineView;
import org.entente.controls.timeline.impl.TimelineViewSkin;
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

/** The Timeline tab in the real main window on a real library file, used with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class TimelineAppViewTest {
    @TempDir static Path dir;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("timeline-ui-" + System.nanoTime() + ".entente");
        TimelineTestLibrary.create(file).close();
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1600, 1000));
        stage.show();
        window.openLibrary(file, false);
    }

    @AfterEach
    void closeLibrary() {
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    private void settle() throws Exception {
        // the view waits for the visible range to rest (120 ms) before it reads, then reads in the background
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TimelineView openTimeline(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("Timeline");
        settle();
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private TimelineAppView view() {
        return (TimelineAppView) window.views().stream().filter(v -> v.title().equals("Timeline")).findFirst().orElseThrow();
    }

    private static TimelineItem item(TimelineView timeline, String title) {
        return timeline.getItems().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private static Point2D onScreen(TimelineView timeline, double[] xy) { return timeline.localToScreen(xy[0], xy[1]); }

    @Test
    void opensOn2008To2024WithLanesPerVietnamPair(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        assertThat(LocalDate.ofEpochDay((long) timeline.getVisibleStart()).getYear()).isBetween(2007, 2008);
        assertThat(LocalDate.ofEpochDay((long) timeline.getVisibleEnd()).getYear()).isBetween(2024, 2025);
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).startsWith("Vietnam–China", "Vietnam–Russia", "Vietnam–United States");
        assertThat(timeline.getItems()).hasSize(14);
    }

    /**
     * Opening a library while the timeline is built: its set-up read begins on the thread that opened
     * the library, before the FX thread hands the library over (start-up, #13), and the view shows
     * that read's lanes and events.
     */
    @Test
    void theTimelinesFirstReadBeginsAsALibraryOpens(FxRobot robot) throws Exception {
        openTimeline(robot);
        // The first open may or may not end before the view is built: only the second one counts here.
        int before = view().model().adoptedEarlyReads();
        Path other = dir.resolve("timeline-other-" + System.nanoTime() + ".entente");
        TimelineTestLibrary.create(other).close();
        Library first = context.library();
        robot.interact(() -> window.openLibrary(other, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.library() != null && context.library() != first);
        settle();
        first.close();
        assertThat(view().model().adoptedEarlyReads()).isEqualTo(before + 1);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).startsWith("Vietnam–China", "Vietnam–Russia", "Vietnam–United States");
        assertThat(timeline.getItems()).hasSize(14);
    }

    @Test
    void aCategoryFilterHidesTheLanesWithoutSuchEvents(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).contains("Vietnam–United States", "Vietnam–Japan");
        robot.clickOn("#timeline-categories");
        // the choice in the drop-down's popup window (the Events tab has a "State visit" of its own)
        javafx.scene.Node choice = robot.lookup("State visit")
                .match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow).query();
        robot.clickOn(choice);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        settle();
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).containsExactly("Vietnam–Russia", "Vietnam–China");
        assertThat(timeline.getItems()).extracting(TimelineItem::category).containsOnly("state-visit");
        robot.clickOn("#timeline-clear-filters");
        settle();
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).contains("Vietnam–United States", "Vietnam–Japan");
    }

    @Test
    void aSearchListsHitsAndEnterJumpsToTheFirst(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        double spanBefore = timeline.getVisibleEnd() - timeline.getVisibleStart();
        robot.clickOn("#timeline-search").write("biden hanoi");
        settle();
        assertThat(view().model().hits()).hasSize(1);
        long biden = view().model().hits().get(0).event().id();
        robot.clickOn("#timeline-search").type(javafx.scene.input.KeyCode.ENTER); // Enter jumps to the first hit
        settle();
        assertThat(context.selectedEventId().get()).isEqualTo(biden);
        assertThat(timeline.getSelectedItem()).isNotNull().extracting(TimelineItem::id).isEqualTo(biden);
        long visit = LocalDate.of(2023, 9, 10).toEpochDay();
        assertThat(timeline.getVisibleStart()).isLessThan(visit);
        assertThat(timeline.getVisibleEnd()).isGreaterThan(visit);
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isLessThan(spanBefore / 4);
        assertThat(robot.lookup(".detail-title").queryAs(Label.class).getText()).isEqualTo("Biden in Hanoi: comprehensive strategic partnership");
    }

    @Test
    void clickingASearchHitJumpsToIt(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        robot.clickOn("#timeline-search").write("partnership");
        settle();
        assertThat(view().model().hits().size()).isGreaterThan(2);
        var second = view().model().hits().get(1).event();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#timeline-hits .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == 1).queryAs(javafx.scene.control.ListCell.class);
        javafx.scene.Node list = robot.lookup("#timeline-hits").query();
        // the hit lies inside the list: long titles are cut, not scrolled out of sight
        assertThat(list.localToScreen(list.getBoundsInLocal()).contains(
                cell.localToScreen(cell.getBoundsInLocal()).getCenterX(), cell.localToScreen(cell.getBoundsInLocal()).getCenterY())).isTrue();
        robot.clickOn(cell);
        settle();
        assertThat(context.selectedEventId().get()).isEqualTo(second.id());
        assertThat(timeline.getVisibleStart()).isLessThan(second.startDay() + 1);
        assertThat(timeline.getVisibleEnd()).isGreaterThan(second.startDay());
        var third = view().model().hits().get(2).event();
        robot.clickOn(robot.lookup("#timeline-hits .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == 2).queryAs(javafx.scene.control.ListCell.class));
        settle();
        assertThat(context.selectedEventId().get()).isEqualTo(third.id());
    }

    @Test
    void aClickOnAnItemMakesItTheSharedSelection(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        TimelineItem oilRig = item(timeline, "Oil rig stand-off");
        double[] centre = WaitForAsyncUtils.asyncFx(() -> ((TimelineViewSkin) timeline.getSkin()).itemCentre(oilRig)).get();
        assertThat(centre).as("the item is drawn on its own").isNotNull();
        robot.clickOn(onScreen(timeline, centre), MouseButton.PRIMARY);
        settle();
        assertThat(context.selectedEventId().get()).isEqualTo(oilRig.id());
        assertThat(robot.lookup(".detail-title").queryAs(Label.class).getText()).isEqualTo("Oil rig stand-off");
        // and a selection made elsewhere (the Events table) is selected here too
        long putin = item(timeline, "Путин в Ханое").id();
        robot.interact(() -> context.selectedEventId().set(putin));
        settle();
        assertThat(timeline.getSelectedItem().id()).isEqualTo(putin);
    }

    @Test
    void wheelZoomsAndDragPansTheVisibleRange(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        double start = timeline.getVisibleStart(), span = timeline.getVisibleEnd() - start;
        Point2D middle = timeline.localToScreen(timeline.timeAreaLeft() + timeline.timeAreaWidth() / 2, 160);
        robot.moveTo(middle).scroll(10, javafx.geometry.VerticalDirection.UP);
        settle();
        double zoomedSpan = timeline.getVisibleEnd() - timeline.getVisibleStart();
        // the headless platform sends small wheel deltas (a real wheel notch zooms ≈10 %); the other way undoes it
        assertThat(Math.abs(zoomedSpan - span)).isGreaterThan(span * 0.005);
        robot.moveTo(middle).scroll(10, javafx.geometry.VerticalDirection.DOWN);
        settle();
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isCloseTo(span, org.assertj.core.data.Percentage.withPercentage(0.2));
        robot.moveTo(middle).scroll(10, javafx.geometry.VerticalDirection.UP);
        settle();
        double before = timeline.getVisibleStart();
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-300, 0).release(MouseButton.PRIMARY);
        settle();
        assertThat(timeline.getVisibleStart()).as("dragging left shows later dates").isGreaterThan(before);
        assertThat(timeline.getVisibleEnd() - timeline.getVisibleStart()).isCloseTo(zoomedSpan, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void aTypedRangeIsShown(FxRobot robot) throws Exception {
        TimelineView timeline = openTimeline(robot);
        robot.clickOn("#timeline-range").write("2023-09 to 2024-08").type(javafx.scene.input.KeyCode.ENTER);
        settle();
        assertThat(timeline.getVisibleStart()).isCloseTo(LocalDate.of(2023, 9, 1).toEpochDay(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(timeline.getVisibleEnd()).isCloseTo(LocalDate.of(2024, 9, 1).toEpochDay(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(timeline.getItems()).extracting(TimelineItem::title).contains("Biden in Hanoi: comprehensive strategic partnership");
        robot.clickOn("#timeline-fit");
        settle();
        // fit all shows the whole library again, not only what the narrow window had loaded
        assertThat(timeline.getVisibleStart()).isLessThan(LocalDate.of(2008, 5, 30).toEpochDay());
        assertThat(timeline.getVisibleEnd()).isGreaterThan(LocalDate.of(2024, 6, 20).toEpochDay());
        assertThat(timeline.getItems()).hasSize(14);
    }
}
