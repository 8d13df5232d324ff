package org.entente.controls.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.entente.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shift-drag over the dated area chooses a range of days, as a person would draw it; Shift-click still adds an item. */
@ExtendWith(ApplicationExtension.class)
class TimelineRangeSelectionTest {
    private TimelineView view;
    private StackPane root;
    private Stage stage;
    private final List<TimelineItem> sample = new ArrayList<>();

    private static long day(int y, int m, int d) { return LocalDate.of(y, m, d).toEpochDay(); }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new TimelineView();
        sample.add(item(1, "Putin visit to Hanoi", day(2013, 11, 12), "vn-ru"));
        sample.add(item(2, "Путин state visit", day(2024, 6, 19), "vn-ru"));
        sample.add(item(3, "Xi state visit (习近平)", day(2023, 12, 12), "vn-cn"));
        sample.add(item(4, "Nong Duc Manh visits China", day(2008, 5, 30), "vn-cn"));
        view.getItems().setAll(sample);
        view.getLanes().setAll(new TimelineLane("vn-ru", "Vietnam–Russia"), new TimelineLane("vn-cn", "Vietnam–China"));
        view.setToday(LocalDate.of(2025, 1, 1));
        view.zoomTo(LocalDate.of(2007, 1, 1), LocalDate.of(2025, 12, 31));
        root = new StackPane(view);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private static TimelineItem item(long id, String title, long start, String lane) {
        return new SimpleTimelineItem(id, title, start, start + 1, DatePrecision.DAY, DatePrecision.DAY, false, false,
                lane, "state-visit", 3, false);
    }

    private static <T> T fx(Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(); }

    /** Where a day is on screen, at a height below the items (empty lane space). */
    private Point2D at(LocalDate date) throws Exception {
        return fx(() -> view.localToScreen(view.xForDay(date.toEpochDay()), 700));
    }

    private Point2D centreOf(TimelineItem item) throws Exception {
        double[] c = fx(() -> ((TimelineViewSkin) view.getSkin()).itemCentre(item));
        return fx(() -> view.localToScreen(c[0], c[1]));
    }

    private void shiftDrag(FxRobot robot, Point2D from, Point2D to) {
        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(from, MouseButton.PRIMARY).moveBy((to.getX() - from.getX()) / 2, 0).moveTo(to).release(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shiftDragChoosesWholeYearsAtThisZoomWithoutPanningAndEscClearsIt(FxRobot robot) throws Exception {
        double start = view.getVisibleStart(), end = view.getVisibleEnd();
        shiftDrag(robot, at(LocalDate.of(2013, 6, 1)), at(LocalDate.of(2016, 7, 1)));
        // eighteen years on 1,076 px: a month is under 12 px, so the range snaps out to whole years
        assertThat(view.getSelectedRange()).isEqualTo(new TimelineRange(day(2013, 1, 1), day(2017, 1, 1), DatePrecision.YEAR));
        assertThat(view.getVisibleStart()).isEqualTo(start);
        assertThat(view.getVisibleEnd()).isEqualTo(end);
        assertThat(view.getAccessibleText()).contains("Selected range: 2013 – 2016");
        assertThat(view.getPseudoClassStates().toString()).contains("has-range");
        // drawn: the band's colour (from the stylesheet) over the empty lane inside the range, not outside it
        snapshot("timeline-range-light.png");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.getSelectedRange()).isNull();
        assertThat(view.getAccessibleText()).doesNotContain("range");

        // dragged right to left, the same
        shiftDrag(robot, at(LocalDate.of(2016, 7, 1)), at(LocalDate.of(2013, 6, 1)));
        assertThat(view.getSelectedRange()).isEqualTo(new TimelineRange(day(2013, 1, 1), day(2017, 1, 1), DatePrecision.YEAR));
        // a plain click on an empty spot clears it
        robot.clickOn(at(LocalDate.of(2020, 1, 1)));
        assertThat(view.getSelectedRange()).isNull();
    }

    @Test
    void zoomedInItSnapsToDaysAndAPlainDragStillPans(FxRobot robot) throws Exception {
        fx(() -> {
            view.zoomTo(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 31));
            return null;
        });
        shiftDrag(robot, at(LocalDate.of(2024, 6, 10)).add(3, 0), at(LocalDate.of(2024, 6, 19)).add(3, 0));
        assertThat(view.getSelectedRange()).isEqualTo(new TimelineRange(day(2024, 6, 10), day(2024, 6, 20), DatePrecision.DAY));
        assertThat(view.getAccessibleText()).contains("10 June 2024 – 19 June 2024");
        double start = view.getVisibleStart();
        robot.drag(at(LocalDate.of(2024, 7, 10)), MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleStart()).isGreaterThan(start);
        // panning keeps the range; it was not redrawn by the plain drag
        assertThat(view.getSelectedRange()).isEqualTo(new TimelineRange(day(2024, 6, 10), day(2024, 6, 20), DatePrecision.DAY));
    }

    @Test
    void shiftClickOnAnItemStillAddsItAndChoosesNoRange(FxRobot robot) throws Exception {
        robot.clickOn(centreOf(sample.get(0)));
        robot.press(KeyCode.SHIFT).clickOn(centreOf(sample.get(3))).release(KeyCode.SHIFT);
        assertThat(view.getSelectedItems()).containsExactly(sample.get(0), sample.get(3));
        assertThat(view.getSelectedRange()).isNull();
        // a range chosen next keeps the items; Shift-clicking one more keeps both
        shiftDrag(robot, at(LocalDate.of(2013, 6, 1)), at(LocalDate.of(2016, 7, 1)));
        robot.press(KeyCode.SHIFT).clickOn(centreOf(sample.get(2))).release(KeyCode.SHIFT);
        assertThat(view.getSelectedItems()).containsExactly(sample.get(0), sample.get(3), sample.get(2));
        assertThat(view.getSelectedRange()).isNotNull();
        assertThat(view.getAccessibleText()).contains("Xi state visit").contains("Selected range: 2013 – 2016");
    }

    @Test
    void theBandIsDrawnInTheStylesheetsColoursLightAndDark(FxRobot robot) throws Exception {
        fx(() -> {
            view.setSelectedRange(new TimelineRange(day(2013, 1, 1), day(2017, 1, 1), DatePrecision.YEAR));
            return null;
        });
        int inside = pixel(LocalDate.of(2015, 1, 1)), outside = pixel(LocalDate.of(2020, 1, 1));
        assertThat(inside).isNotEqualTo(outside);
        snapshot("timeline-range-light.png");
        fx(() -> {
            root.getStyleClass().add("dark");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> fx(() -> view.getRangeTextColor().toString()).equals("0x0d1117ff"));
        int darkInside = pixel(LocalDate.of(2015, 1, 1)), darkOutside = pixel(LocalDate.of(2020, 1, 1));
        assertThat(darkInside).isNotEqualTo(darkOutside).isNotEqualTo(inside);
        snapshot("timeline-range-dark.png");
    }

    @Test
    void theRangeIsNamedInVietnameseToo() throws Exception {
        org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.VIETNAMESE);
        try {
            // texts are read when a control is built: a new one, in Vietnamese
            String text = fx(() -> {
                TimelineView vi = new TimelineView();
                vi.setSelectedRange(new TimelineRange(day(2024, 6, 10), day(2024, 6, 20), DatePrecision.DAY));
                return vi.getAccessibleText();
            });
            assertThat(text).isEqualTo("Dòng thời gian, chưa chọn sự kiện nào. Khoảng thời gian đã chọn: 10 tháng 6 năm 2024 – 19 tháng 6 năm 2024");
        } finally {
            org.entente.i18n.I18n.setLocale(org.entente.i18n.I18n.ENGLISH);
        }
    }

    /** The colour at a day's x, low in the lanes (no item there), as drawn. */
    private int pixel(LocalDate date) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            var img = stage.getScene().snapshot(null);
            Point2D p = view.localToScene(view.xForDay(date.toEpochDay()), 700);
            return img.getPixelReader().getArgb((int) p.getX(), (int) p.getY());
        });
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage out = fx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
