package org.entente.ui.trade;

import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;

import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks on a JFreeChart as a person does: where an item is drawn on the viewer's canvas. */
public final class ChartClicks {
    private ChartClicks() {}

    /** Clicks the legend item of the series {@code key} of the chart viewer {@code query}. */
    public static void legendItem(FxRobot robot, String query, String key) throws Exception {
        ChartViewer viewer = robot.lookup(query).queryAs(ChartViewer.class);
        Point2D at = WaitForAsyncUtils.asyncFx(() -> {
            var canvas = viewer.getCanvas();
            for (Object e : canvas.getRenderingInfo().getEntityCollection().getEntities())
                if (e instanceof LegendItemEntity li && key.equals(String.valueOf(li.getSeriesKey()))) {
                    var b = li.getArea().getBounds2D();
                    return canvas.localToScreen(b.getMinX() + Math.min(8, b.getWidth() / 2), b.getCenterY());
                }
            throw new AssertionError("no legend item " + key);
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn(at);
    }
}
