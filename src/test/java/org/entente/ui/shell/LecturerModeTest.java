package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.entente.controls.timeline.TimelineView;
import org.entente.ui.ShownNodes;
import org.entente.ui.network.NetworkAppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a lecturer saw on the starter library at a projector's 1280×800 (issue #16): large type
 * (View › Large Type, which Present turns on with full screen) must keep every view readable, the
 * dark theme must reach the timeline's drawing, and the rough edges of the same walk stay fixed.
 */
@ExtendWith(ApplicationExtension.class)
class LecturerModeTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = MainWindowFixture.show(stage, 1280, 800);
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    private void idle() throws Exception {
        fixture.waitForIdle(30);
        // a view may start another load from the first one's result
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(FxRobot robot, String title) throws Exception {
        idle();
        robot.clickOn("#tab-" + title.toLowerCase(java.util.Locale.ROOT));
        idle();
    }

    private void presentByTheViewMenu(FxRobot robot) throws Exception {
        robot.clickOn("#menu-view").clickOn("Large Type (for projectors)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.context.largeType().get());
        idle();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Labeled nodes under {@code root} that are shown and whose text is cut short ("Partne…"). */
    static List<String> cutLabels(Node root) {
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && ShownNodes.isShown(l)) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText()) && t.getText().endsWith("…"))
                cut.add(l.getText() + " shown as " + t.getText());
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collectCut(child, cut);
    }

    @Test
    void theDarkThemeFromTheViewMenuDarkensTheTimelinesDrawing(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(luminance(fx(timeline::getCanvasBackground))).as("light theme").isGreaterThan(0.8);
        robot.clickOn("#menu-view").clickOn("Dark Theme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> luminance(fx(timeline::getCanvasBackground)) < 0.2);
        assertThat(luminance(fx(timeline::getLaneHeaderBackground))).isLessThan(0.2);
        robot.clickOn("#menu-view").clickOn("Light Theme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> luminance(fx(timeline::getCanvasBackground)) > 0.8);
    }

    private static double luminance(javafx.scene.paint.Paint p) {
        Color c = (Color) p;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void presentingKeepsTheTradePlotAtLeastHalfTheWindowAndPutsTheSplitBackAfterwards(FxRobot robot) throws Exception {
        tab(robot, "Measures");
        SplitPane split = robot.lookup("#trade-split").queryAs(SplitPane.class);
        double before = fx(() -> split.getDividerPositions()[0]);
        presentByTheViewMenu(robot);
        Node chart = robot.lookup("#trade-chart").query();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> chart.getLayoutBounds().getHeight()) >= 400);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below gives the height
        }
        assertThat(fx(() -> chart.getLayoutBounds().getHeight())).as("the chart's height at 1280×800 in large type").isGreaterThanOrEqualTo(400);
        // The table's short columns (year, value, quality) read whole; long ones may scroll sideways.
        TableView<?> table = robot.lookup("#trade-table").queryAs(TableView.class);
        List<String> cutHeaders = fx(() -> cutLabels(table).stream().filter(s -> s.startsWith("Year") || s.startsWith("Plotted value")
                || s.startsWith("Quality") || s.matches("^\\d{4} shown.*")).toList());
        assertThat(cutHeaders).isEmpty();
        // The chart's own type grows too.
        var chartObject = fx(() -> fixture.view(org.entente.ui.trade.MeasuresAppView.class).trade().view().chartProperty().get());
        assertThat(fx(() -> ((org.jfree.chart.plot.XYPlot) chartObject.getPlot()).getDomainAxis().getTickLabelFont().getSize())).isGreaterThanOrEqualTo(18);

        robot.clickOn("#menu-view").clickOn("Large Type (for projectors)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.context.largeType().get());
        idle();
        assertThat(fx(() -> split.getDividerPositions()[0])).isCloseTo(before, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void presentingKeepsTheTimelineAndNetworkToolbarsWhole(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        presentByTheViewMenu(robot);
        Node timelineBar = robot.lookup(".timeline-tool-bar").query();
        assertThat(fx(() -> cutLabels(timelineBar))).isEmpty();
        tab(robot, "Network");
        for (Node bar : robot.lookup(".network-bar").queryAll()) assertThat(fx(() -> cutLabels(bar))).isEmpty();
        // The slider's year labels read from the back of the room: at least as big as the window's type's 80 %.
        NetworkAppView network = fixture.view(NetworkAppView.class);
        double labelSize = fx(() -> network.slider().lookupAll(".axis").stream().map(a -> ((javafx.scene.chart.Axis<?>) a).getTickLabelFont().getSize())
                .findFirst().orElse(0.0));
        assertThat(labelSize).isGreaterThanOrEqualTo(16);
    }

    @Test
    void aDragUpOutOfTheTradePlotKeeps2024AndItsMarkersOnTheAxis(FxRobot robot) throws Exception {
        tab(robot, "Measures");
        var view = fixture.view(org.entente.ui.trade.MeasuresAppView.class).trade().view();
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#trade-chart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 100));
        double upper = fx(() -> view.chartProperty().get().getXYPlot().getDomainAxis().getUpperBound());
        assertThat(upper).isGreaterThanOrEqualTo(2024);
        var area = fx(() -> viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea());
        javafx.geometry.Point2D from = fx(() -> viewer.getCanvas().localToScreen(area.getCenterX(), area.getMinY() + 30));
        javafx.geometry.Point2D to = fx(() -> viewer.getCanvas().localToScreen(area.getCenterX() - 40, area.getMinY() - 25));
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.chartProperty().get().getXYPlot().getDomainAxis().getUpperBound())).isEqualTo(upper);
    }

    @Test
    void aPointsTooltipNearTheChartsRightEdgeStaysInsideTheWindow(FxRobot robot) throws Exception {
        tab(robot, "Measures");
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#trade-chart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getEntityCollection() != null));
        // the rightmost plotted point (2023), where a tooltip opening to the right has least room
        var point = fx(() -> {
            org.jfree.chart.entity.XYItemEntity best = null;
            for (Object o : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities())
                if (o instanceof org.jfree.chart.entity.XYItemEntity item && (best == null
                        || item.getArea().getBounds2D().getCenterX() > best.getArea().getBounds2D().getCenterX())) best = item;
            var b = best.getArea().getBounds2D();
            return viewer.getCanvas().localToScreen(b.getCenterX(), b.getCenterY());
        });
        robot.moveTo(point.add(-3, 0)).moveTo(point);
        javafx.stage.Window[] tip = new javafx.stage.Window[1];
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> {
            tip[0] = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                    .findFirst().orElse(null);
            return tip[0] != null && tip[0].getWidth() > 0;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        double right = fx(() -> tip[0].getX() + tip[0].getWidth()), windowRight = fx(() -> stage.getX() + stage.getWidth());
        assertThat(right).as("the tooltip's right edge against the window's").isLessThanOrEqualTo(windowRight + 0.5);
        assertThat(fx(() -> tip[0].getX())).as("the tooltip's left edge against the window's").isGreaterThanOrEqualTo(fx(stage::getX) - 0.5);
    }

    @Test
    void theEventsCategoryBoxOffersAllCategoriesToClearAChoice(FxRobot robot) throws Exception {
        tab(robot, "Events");
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        int all = fx(() -> table.getItems().size());
        robot.clickOn("#events-category");
        clickCell(robot, "State visit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) < all);
        robot.clickOn("#events-category");
        clickCell(robot, "All categories");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) == all);
        ComboBox<?> box = robot.lookup("#events-category").queryAs(ComboBox.class);
        assertThat(fx(box::getValue)).isNull();
    }

    private static void clickTableCell(FxRobot robot, String text) throws Exception {
        Node[] cell = new Node[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            cell[0] = robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> text.equals(c.getText()) && ShownNodes.isShown(c))
                    .tryQuery().orElse(null);
            return cell[0] != null;
        }));
        robot.clickOn(cell[0]);
    }

    /**
     * Clicks the Events table's cell reading {@code text} until its event is the selected one: a click
     * that meets the table while it lays out its filtered rows (on a loaded machine) selects nothing.
     */
    private void selectRow(FxRobot robot, String text) throws Exception {
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        java.util.concurrent.Callable<Boolean> selected = () -> fx(() -> table.getSelectionModel().getSelectedItem()
                instanceof org.entente.ui.events.EventRow r && r.title().equals(text) && fixture.context.selectedEventId().get() != null);
        for (int i = 0; i < 4 && !selected.call(); i++) {
            clickTableCell(robot, text);
            idle();
        }
    }

    private static void clickCell(FxRobot robot, String text) throws Exception {
        Node[] cell = new Node[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            cell[0] = robot.lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText()) && ShownNodes.isShown(c)).tryQuery().orElse(null);
            return cell[0] != null;
        }));
        robot.clickOn(cell[0]);
    }

    @Test
    void theEventsDetailPaneShowsASelectionMadeBeforeTheTabWasFirstShown(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        long id = fx(() -> fixture.view(org.entente.ui.timeline.TimelineAppView.class).timeline().getItems().get(0).id());
        robot.interact(() -> fixture.context.selectedEventId().set(id));
        idle();
        tab(robot, "Events");
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getSelectionModel().getSelectedItem() != null));
        Node eventsView = robot.lookup(".events-view").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> eventsView.lookup(".detail-title") != null));
        assertThat(fx(() -> eventsView.lookup(".detail-placeholder"))).isNull();
    }

    @Test
    void theEventsTableShowsNoSelectedRowForAnEventItsFilterHides(FxRobot robot) throws Exception {
        tab(robot, "Events");
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        robot.clickOn("#events-filter").write("Putin's state visit to Vietnam");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) >= 1);
        idle();
        selectRow(robot, "Putin's state visit to Vietnam");
        Long selected = fixture.context.selectedEventId().get();
        assertThat(selected).isNotNull();
        robot.doubleClickOn("#events-filter").eraseText(40).write("Biden");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.getItems().stream()
                .noneMatch(r -> ((org.entente.ui.events.EventRow) r).id() == selected)));
        idle();
        assertThat(fx(() -> table.getSelectionModel().getSelectedItems())).isEmpty();
    }

    @Test
    void savingTagsKeepsTheDetailPaneWhereTheReaderWas(FxRobot robot) throws Exception {
        tab(robot, "Events");
        robot.clickOn("#events-filter").write("Putin's state visit to Vietnam");
        idle();
        selectRow(robot, "Putin's state visit to Vietnam");
        ScrollPane pane = (ScrollPane) robot.lookup(".events-view .event-detail").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.lookup("#annotation-tags") != null));
        robot.interact(() -> pane.setVvalue(1));
        ShownNodes.click(robot, ".events-view #annotation-tags", 10);
        long version = fixture.context.libraryVersion().get();
        robot.write("lecture 3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.context.libraryVersion().get() > version);
        idle();
        assertThat(fx(pane::getVvalue)).as("the pane's scroll position after the save").isGreaterThan(0.8);
    }

    @Test
    void theTimelinesCategoryChecklistShowsATickedFilterTickedWhenReopened(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        robot.clickOn("#timeline-categories");
        clickCell(robot, "State visit");
        robot.type(KeyCode.ESCAPE);
        idle();
        // a write (here or in another window) reloads the timeline and its lists of choices
        robot.interact(fixture.context::libraryChanged);
        idle();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(fx(() -> timeline.getItems().stream().allMatch(i -> "state-visit".equals(i.category())))).as("the filter still applies").isTrue();
        robot.clickOn("#timeline-categories");
        Node[] cell = new Node[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            cell[0] = robot.lookup(".list-cell").match((ListCell<?> c) -> "State visit".equals(c.getText()) && c.getGraphic() instanceof CheckBox
                    && ShownNodes.isShown(c)).tryQuery().orElse(null);
            return cell[0] != null;
        }));
        assertThat(fx(() -> ((CheckBox) ((ListCell<?>) cell[0]).getGraphic()).isSelected())).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void myAnnotationsAndClearFiltersAreInSightInTheTimelinesSidePanel(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        for (String id : List.of("#timeline-annotated", "#timeline-clear-filters")) {
            Node n = robot.lookup(id).query();
            Bounds b = fx(() -> n.localToScene(n.getLayoutBounds()));
            assertThat(b.getMaxY()).as(id + " within the window").isLessThanOrEqualTo(stage.getScene().getHeight());
            assertThat(fx(() -> ShownNodes.isShown(n))).isTrue();
            // and never scrolled away inside the side panel's scrolling part
            boolean scrolls = fx(() -> {
                for (Node p = n.getParent(); p != null; p = p.getParent()) if (p instanceof ScrollPane) return true;
                return false;
            });
            assertThat(scrolls).as(id + " inside a scroll pane").isFalse();
        }
    }

    @Test
    void aSearchHitInALaneBelowTheFoldScrollsThatLaneIntoView(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        var skin = (org.entente.controls.timeline.impl.TimelineViewSkin) timeline.getSkin();
        assertThat(fx(skin::laneScroll)).isZero();
        robot.clickOn("#timeline-search").write("Japan comprehensive strategic");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> !robot.lookup("#timeline-hits").queryListView().getItems().isEmpty()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            Long id = fixture.context.selectedEventId().get();
            return id != null && fx(() -> timeline.getSelectedItem() != null && timeline.getSelectedItem().id() == id);
        });
        idle();
        assertThat(fx(() -> timeline.getSelectedItem().title())).contains("Japan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(skin::laneScroll) > 0);
    }

    @Test
    void theDetailPaneWrapsInsteadOfCuttingItsText(FxRobot robot) throws Exception {
        tab(robot, "Timeline");
        robot.interact(() -> fixture.context.selectedEventId().set(
                fixture.view(org.entente.ui.timeline.TimelineAppView.class).timeline().getItems().stream()
                        .filter(i -> i.title().equals("Putin's state visit to Vietnam")).findFirst().orElseThrow().id()));
        idle();
        ScrollPane pane = (ScrollPane) robot.lookup(".timeline-detail").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.lookup(".detail-summary") != null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.lookup("#annotation-star") != null));
        Label summary = (Label) fx(() -> pane.lookup(".detail-summary"));
        assertThat(fx(() -> summary.getWidth())).isLessThanOrEqualTo(fx(() -> pane.getViewportBounds().getWidth()));
        assertThat(fx(() -> pane.getContent().getLayoutBounds().getWidth())).as("the content against the pane's width")
                .isLessThanOrEqualTo(fx(() -> pane.getViewportBounds().getWidth()) + 1);
        assertThat(fx(() -> cutLabels(pane))).isEmpty();
    }
}
