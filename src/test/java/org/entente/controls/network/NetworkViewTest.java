package org.entente.controls.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.controls.network.impl.NetworkViewSkin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
    NetworkView view;
    final List<NetworkEvent> events = new ArrayList<>();

    static final NetworkEdge VN_RU = new NetworkEdge(1, 2, "comprehensive-strategic", "Comprehensive strategic partnership", 30, 3,
            List.of(new NetworkEdge.HistoryItem("March 2001 – June 2012", "Strategic partnership", "Joint Declaration, VietNamNet"),
                    new NetworkEdge.HistoryItem("since July 2012", "Comprehensive strategic partnership", "Bao Chinh phu")));

    @Start
    void start(Stage stage) {
        view = new NetworkView();
        view.setAnimated(false);
        view.getNodes().setAll(new NetworkNode(1, "Việt Nam", "VNM", 3, true), new NetworkNode(2, "Россия", "RUS", 1, true),
                new NetworkNode(3, "中国", "CHN", 1, true), new NetworkNode(4, "Malaysia", "MYS", 0, false));
        view.getEdges().setAll(VN_RU, new NetworkEdge(1, 3, "strategic", "Strategic partnership", 20, 2, List.of()));
        view.setPositions(Map.of(1L, new Point2D(0, 0), 2L, new Point2D(300, 0), 3L, new Point2D(-300, 0), 4L, new Point2D(0, 250)));
        view.setCaption("1 July 2024");
        view.addEventHandler(NetworkEvent.ANY, events::add);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    static <T> T fx(java.util.concurrent.Callable<T> c) { return WaitForAsyncUtils.waitForAsyncFx(5000, c); }

    private Point2D screen(FxRobot robot, Point2D local) {
        return fx(() -> view.localToScreen(local));
    }

    @Test
    void clickingANodeSelectsItAndFiresAnEvent(FxRobot robot) {
        Point2D ru = fx(() -> view.nodeLocation(2));
        robot.clickOn(screen(robot, ru), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedNode()).isNotNull();
        assertThat(view.getSelectedNode().name()).isEqualTo("Россия");
        assertThat(events).extracting(e -> (Object) e.getEventType()).containsExactly(NetworkEvent.NODE_CLICKED);
        assertThat(events.get(0).getNode().id()).isEqualTo(2);
    }

    @Test
    void focusOnASelectedTieDimsTheOtherCountriesAndTiesAndNothingSelectedDimsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> view.setFocusSelection(true));
        Point2D vn = fx(() -> view.nodeLocation(1)), ru = fx(() -> view.nodeLocation(2)), cn = fx(() -> view.nodeLocation(3));
        assertThat(darkest(cn)).as("focus on, nothing selected: China in full").isLessThan(0.45);

        robot.clickOn(screen(robot, vn.midpoint(ru)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> darkest(cn) > 0.65);
        assertThat(darkest(vn)).as("the tie's ends stay full").isLessThan(0.45);
        assertThat(darkest(ru)).isLessThan(0.45);
        // the Vietnam–China tie, out of focus, is faint too
        assertThat(darkest(vn.midpoint(cn))).isGreaterThan(0.65);

        // a click on empty ground clears the selection: nothing dims
        robot.clickOn(screen(robot, fx(() -> view.nodeLocation(4)).add(120, 0)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> darkest(cn) < 0.45);
        assertThat(view.getSelectedEdge()).isNull();
    }

    /** The lowest colour channel in a small square around {@code at} on a snapshot of the view: high where it is all near white. */
    private double darkest(Point2D at) {
        return fx(() -> {
            var pixels = view.snapshot(null, null).getPixelReader();
            double min = 1;
            for (int dy = -6; dy <= 6; dy++)
                for (int dx = -6; dx <= 6; dx++) {
                    var c = pixels.getColor((int) at.getX() + dx, (int) at.getY() + dy);
                    min = Math.min(min, Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())));
                }
            return min;
        });
    }

    @Test
    void clickingAnEdgeSelectsTheEdgeAndTheTooltipGivesItsHistory(FxRobot robot) {
        Point2D vn = fx(() -> view.nodeLocation(1)), ru = fx(() -> view.nodeLocation(2));
        robot.clickOn(screen(robot, vn.midpoint(ru)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getSelectedEdge()).isEqualTo(VN_RU);
        assertThat(view.getSelectedNode()).isNull();
        assertThat(events).extracting(e -> (Object) e.getEventType()).containsExactly(NetworkEvent.EDGE_CLICKED);
        String tip = ((NetworkViewSkin) view.getSkin()).tooltipText(VN_RU);
        assertThat(tip).contains("Việt Nam – Россия", "March 2001 – June 2012: Strategic partnership", "Bao Chinh phu");
    }

    @Test
    void draggingANodeMovesAndPinsIt(FxRobot robot) {
        Point2D cn = fx(() -> view.nodeLocation(3));
        Point2D before = view.getPositions().get(3L);
        robot.drag(screen(robot, cn), MouseButton.PRIMARY).moveBy(60, 80).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getPinned()).containsExactly(3L);
        assertThat(view.getPositions().get(3L).getY()).isGreaterThan(before.getY());
        assertThat(events).extracting(e -> (Object) e.getEventType()).containsExactly(NetworkEvent.NODE_MOVED);
        assertThat(view.getSelectedNode()).isNull();
    }

    @Test
    void exportsTheSameDrawingAsPngAtTwiceTheSizeAndAsSvg(FxRobot robot) {
        WritableImage image = fx(() -> view.renderImage(2));
        assertThat(image.getWidth()).isEqualTo(view.getWidth() * 2);
        String svg = fx(() -> view.renderSvg());
        assertThat(svg).contains("<svg", "Việt Nam", "VNM", "1 July 2024", "Comprehensive strategic partnership");
    }

    @Test
    void removingAnEdgeDropsItsSelection(FxRobot robot) {
        robot.interact(() -> view.setSelectedEdge(VN_RU));
        robot.interact(() -> view.getEdges().remove(VN_RU));
        assertThat(view.getSelectedEdge()).isNull();
    }
}
