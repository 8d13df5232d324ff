package org.entente.controls.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.entente.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The control alone, driven like a person would: wheel, drag, click, keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private TimelineView view;
    private TimelineLane russia, china;
    private final List<TimelineItem> sample = new ArrayList<>();

    private static long day(int y, int m, int d) { return LocalDate.of(y, m, d).toEpochDay(); }

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        russia = new TimelineLane("vn-ru", "Vietnam–Russia");
        china = new TimelineLane("vn-cn", "Vietnam–China");
        sample.add(item(1, "Putin visit to Hanoi", day(2013, 11, 12), 1, "vn-ru"));
        sample.add(item(2, "Putin meets Võ Văn Thưởng in Beijing", day(2023, 10, 17), 1, "vn-ru"));
        sample.add(item(3, "Путин state visit", day(2024, 6, 19), 2, "vn-ru"));
        sample.add(item(4, "Xi state visit (习近平)", day(2023, 12, 12), 2, "vn-cn"));
        sample.add(item(5, "Nong Duc Manh visits China", day(2008, 5, 30), 4, "vn-cn"));
        view.getItems().setAll(sample);
        view.getLanes().setAll(russia, china);
        view.setToday(LocalDate.of(2025, 1, 1));
        view.zoomTo(LocalDate.of(2007, 1, 1), LocalDate.of(2025, 12, 31));
        stage.setScene(new Scene(new StackPane(view), 1200, 600));
        stage.show();
    }

    private static TimelineItem item(long id, String title, long start, int days, String lane) {
        return new SimpleTimelineItem(id, title, start, start + days, DatePrecision.DAY, DatePrecision.DAY, false, false,
                lane, "state-visit", 3, false);
    }

    private TimelineViewSkin skin() { return (TimelineViewSkin) view.getSkin(); }

    private Point2D screenOf(double[] local) { return view.localToScreen(local[0], local[1]); }

    private double[] centreOf(TimelineItem item) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> skin().itemCentre(item)).get();
    }

    /** The texts the timeline draws now, through its vector drawing (as an SVG export would). */
    private String drawnTexts() throws Exception {
        var drawing = WaitForAsyncUtils.asyncFx(() -> skin().recordDrawing()).get();
        org.jfree.svg.SVGGraphics2D svg = new org.jfree.svg.SVGGraphics2D(1200, 600);
        drawing.accept(svg);
        return svg.getSVGElement();
    }

    @Test
    void withNoItemsItSaysSoUnlessItsEmptyTextIsTakenAway() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.getItems().clear()).get();
        assertThat(drawnTexts()).contains("No events to show");
        // A sign laid over it says more (the library opening): the canvas says nothing under it.
        WaitForAsyncUtils.asyncFx(() -> view.setEmptyText("")).get();
        assertThat(drawnTexts()).doesNotContain("No events to show");
        WaitForAsyncUtils.asyncFx(() -> view.setEmptyText("Nothing in 1066")).get();
        assertThat(drawnTexts()).contains("Nothing in 1066");
    }

    @Test
    void wheelZoomsAroundThePointer(FxRobot robot) {
        double localX = view.timeAreaLeft() + view.timeAreaWidth() * 0.7;
        double dayBefore = view.dayForX(localX);
        double spanBefore = view.getVisibleEnd() - view.getVisibleStart();
        robot.moveTo(view.localToScreen(localX, 300));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        // the wheel's sign differs between platforms (Monocle reports "up" as negative): check the change, not its sign
        double spanAfter = view.getVisibleEnd() - view.getVisibleStart();
        assertThat(Math.abs(Math.log(spanAfter / spanBefore))).isGreaterThan(Math.log(1.3));
        assertThat(view.dayForX(localX)).isCloseTo(dayBefore, within(spanAfter * 0.001));
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(spanBefore, within(spanBefore * 0.001));
        assertThat(view.dayForX(localX)).isCloseTo(dayBefore, within(spanBefore * 0.001));
    }

    @Test
    void dragPansTheView(FxRobot robot) {
        double start = view.getVisibleStart();
        double daysPerPixel = (view.getVisibleEnd() - view.getVisibleStart()) / view.timeAreaWidth();
        Point2D from = view.localToScreen(view.timeAreaLeft() + 600, 560);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // content followed the pointer to the left: later dates came into view (kinetic glide may add more)
        assertThat(view.getVisibleStart() - start).isGreaterThanOrEqualTo(200 * daysPerPixel * 0.95);
        assertThat(view.getSelectedItem()).isNull();
    }

    @Test
    void clickSelectsTheItemUnderThePointerAndCtrlClickAddsAnother(FxRobot robot) throws Exception {
        TimelineItem putin2013 = sample.get(0);
        robot.clickOn(screenOf(centreOf(putin2013)));
        assertThat(view.getSelectedItem()).isEqualTo(putin2013);
        assertThat(view.getAccessibleText()).contains("Putin visit to Hanoi").contains("12 November 2013");
        TimelineItem manh = sample.get(4);
        robot.press(KeyCode.CONTROL).clickOn(screenOf(centreOf(manh))).release(KeyCode.CONTROL);
        assertThat(view.getSelectedItems()).containsExactly(putin2013, manh);
        // a plain click on empty space clears the selection
        robot.clickOn(view.localToScreen(view.timeAreaLeft() + 5, 590));
        assertThat(view.getSelectedItems()).isEmpty();
    }

    @Test
    void doubleClickActivates(FxRobot robot) throws Exception {
        AtomicReference<TimelineItem> activated = new AtomicReference<>();
        view.setOnItemActivated(e -> activated.set(e.getItem()));
        robot.doubleClickOn(screenOf(centreOf(sample.get(4))));
        assertThat(activated.get()).isEqualTo(sample.get(4));
    }

    @Test
    void clickingALaneHeaderCollapsesItAndHidesItsItems(FxRobot robot) throws Exception {
        assertThat(centreOf(sample.get(0))).isNotNull();
        double[] header = WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get();
        robot.clickOn(screenOf(header));
        assertThat(russia.isCollapsed()).isTrue();
        assertThat(centreOf(sample.get(0))).isNull();
        assertThat(WaitForAsyncUtils.asyncFx(() -> skin().laneCounts(russia)).get()[0]).isZero();
        // the other lane keeps its items
        assertThat(centreOf(sample.get(3))).isNotNull();
        robot.clickOn(screenOf(WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get()));
        assertThat(russia.isCollapsed()).isFalse();
        assertThat(centreOf(sample.get(0))).isNotNull();
    }

    @Test
    void keyboardStepsThroughEventsInDateOrder(FxRobot robot) throws Exception {
        List<TimelineItem> byDate = new ArrayList<>(sample);
        byDate.sort(Comparator.comparingLong(TimelineItem::startDay));
        robot.clickOn(screenOf(centreOf(byDate.get(0))));
        assertThat(view.getSelectedItem()).isEqualTo(byDate.get(0));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(view.getSelectedItem()).isEqualTo(byDate.get(1));
        robot.type(KeyCode.TAB);
        assertThat(view.getSelectedItem()).isEqualTo(byDate.get(2));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(view.getSelectedItem()).isEqualTo(byDate.get(1));
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(view.getSelectedItem()).isEqualTo(byDate.get(0));
        assertThat(view.isFocused()).isTrue();
    }

    @Test
    void keysZoomPanAndFitAll(FxRobot robot) {
        robot.clickOn(view.localToScreen(view.timeAreaLeft() + 5, 590));
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.type(KeyCode.ADD);
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isCloseTo(span / 1.5, within(span * 0.001));
        double start = view.getVisibleStart();
        robot.type(KeyCode.RIGHT);
        assertThat(view.getVisibleStart()).isGreaterThan(start);
        robot.type(KeyCode.HOME);
        assertThat(view.getVisibleStart()).isLessThan(sample.get(4).startDay());
        assertThat(view.getVisibleEnd()).isGreaterThan(sample.get(2).endDay());
    }

    @Test
    void clickingAClusterZoomsIntoIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.getItems().setAll(SampleTimeline.synthetic(3000, 1, 50, 3));
            view.getLanes().setAll(SampleTimeline.syntheticLanes(1));
            view.fitAll();
        }).get();
        TimelineLane lane = view.getLanes().get(0);
        int[] counts = WaitForAsyncUtils.asyncFx(() -> skin().laneCounts(lane)).get();
        assertThat(counts[1]).as("clusters").isGreaterThan(0);
        AtomicReference<TimelineEvent> event = new AtomicReference<>();
        view.setOnClusterActivated(event::set);
        double span = view.getVisibleEnd() - view.getVisibleStart();
        robot.clickOn(screenOf(WaitForAsyncUtils.asyncFx(() -> skin().clusterCentre(lane, 3)).get()));
        assertThat(event.get()).isNotNull();
        assertThat(event.get().getClusterItems()).hasSize(event.get().getCount()).isNotEmpty();
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(span / 5);
        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(event.get().getStartDay());
    }

    @Test
    void draggingALaneHeaderReordersTheLanes(FxRobot robot) throws Exception {
        double[] from = WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get();
        double[] to = WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(china)).get();
        robot.drag(screenOf(from), MouseButton.PRIMARY).moveBy(0, 10).moveTo(screenOf(new double[] {to[0], to[1] + 5})).release(MouseButton.PRIMARY);
        assertThat(view.getLanes()).containsExactly(china, russia);
        assertThat(russia.isCollapsed()).isFalse();
    }

    @Test
    void steppingIntoAClusterZoomsUntilTheItemIsDrawn() throws Exception {
        // 5000 one-day events over 20 years, far too dense to label at once
        List<TimelineItem> dense = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < 5000; i++) {
            long d = day(2000, 1, 1) + rnd.nextInt(7300);
            dense.add(new SimpleTimelineItem(i + 1, "Event " + (i + 1), d, d + 1, DatePrecision.DAY, DatePrecision.DAY,
                    false, false, "lane-0", "meeting", 1 + rnd.nextInt(3), false));
        }
        WaitForAsyncUtils.asyncFx(() -> {
            view.getItems().setAll(dense);
            view.getLanes().setAll(SampleTimeline.syntheticLanes(1));
            view.fitAll();
        }).get();
        TimelineItem target = dense.get(1234);
        WaitForAsyncUtils.asyncFx(() -> {
            view.setSelectedItem(target);
            view.revealAndZoom(target);
        }).get();
        assertThat(centreOf(target)).as("drawn on its own").isNotNull();
        assertThat(view.getVisibleStart()).isLessThanOrEqualTo(target.startDay());
        assertThat(view.getVisibleEnd()).isGreaterThanOrEqualTo(target.startDay());
    }

    @Test
    void indexesBigListsInTheBackgroundAndThenDrawsThem() throws Exception {
        List<TimelineItem> big = SampleTimeline.synthetic(120_000, 2, 100, 17);
        WaitForAsyncUtils.asyncFx(() -> {
            view.getItems().setAll(big);
            view.getLanes().setAll(SampleTimeline.syntheticLanes(2));
            view.fitAll();
        }).get();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !skin().isIndexing()).get());
        int[] counts = WaitForAsyncUtils.asyncFx(() -> skin().laneCounts(view.getLanes().get(0))).get();
        assertThat(counts[0] + counts[2]).as("placed + clustered in lane 1").isEqualTo(60_000);
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.findItem(99_999)).get()).isSameAs(big.get(99_998));
    }

    @Test
    void findsItemsByIdAndZoomsToTheSelection() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(view.findItem(4)).isEqualTo(sample.get(3));
            assertThat(view.findItem(99)).isNull();
            view.getSelectedItems().setAll(sample.get(1), sample.get(3));
            view.zoomToSelection();
        }).get();
        assertThat(view.getVisibleStart()).isLessThan(sample.get(1).startDay());
        assertThat(view.getVisibleEnd()).isGreaterThan(sample.get(3).endDay());
        assertThat(view.getVisibleEnd() - view.getVisibleStart()).isLessThan(365);
    }

    @Test
    void laneNamesTakeAtMostAThirdOfTheWidthAndACutNameShowsWholeUnderThePointer(FxRobot robot) throws Exception {
        // 200 % type on a narrow window: a 15.7 em column would be 408 px of this 1200 px control
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> view.setStyle("-fx-font-size: 26px;"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.getLaneHeaderWidth()).get() > 400);
        double inner = WaitForAsyncUtils.asyncFx(() -> view.getWidth() - view.snappedLeftInset() - view.snappedRightInset()).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.timeAreaLeft()).get())
                .isLessThanOrEqualTo(view.snappedLeftInset() + TimelineView.MAX_LANE_HEADER_SHARE * inner + 0.5);
        // a column too narrow for "Vietnam–Russia": the name ends in "…" and shows whole under the pointer
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> view.setStyle("-tl-lane-header-width: 90px;"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.getLaneHeaderWidth()).get() < 100);
        robot.moveTo(screenOf(WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get()));
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> "Vietnam–Russia".equals(WaitForAsyncUtils.asyncFx(() -> skin().tooltipText()).get()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("tooltip " + WaitForAsyncUtils.asyncFx(() -> skin().tooltipText()).get() + " at "
                    + java.util.Arrays.toString(WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get()) + ", left "
                    + WaitForAsyncUtils.asyncFx(() -> view.timeAreaLeft()).get(), e);
        }
        // whole names need no tooltip
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> view.setStyle(""));
        robot.moveBy(1, 0);
        robot.moveTo(screenOf(WaitForAsyncUtils.asyncFx(() -> skin().laneHeaderCentre(russia)).get()));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> skin().tooltipText()).get() == null);
    }
}
