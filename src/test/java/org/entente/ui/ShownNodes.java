package org.entente.ui;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks for TestFX tests on a loaded machine: a node found by a query may still be laid out, or be
 * a cell that was just recycled out of its scene, and {@code robot.clickOn(query)} then fails with "no
 * scene". Here the test waits until a matching node is shown (in a scene of a showing window, visible,
 * with a size), takes its centre on the FX thread, and clicks that point as a person would.
 */
public final class ShownNodes {
    private ShownNodes() {
    }

    /** Waits up to {@code seconds} for a node matching {@code query} to be shown, then clicks its centre. */
    public static void click(FxRobot robot, String query, int seconds) throws TimeoutException {
        Point2D[] at = new Point2D[1];
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> (at[0] = centreOfShown(robot, query)) != null);
        robot.clickOn(at[0], MouseButton.PRIMARY);
    }

    /** Waits up to {@code seconds} for a node matching {@code query} to be shown and returns it. */
    public static <T extends Node> T shown(FxRobot robot, String query, int seconds) throws TimeoutException {
        Object[] found = new Object[1];
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(() -> {
            found[0] = robot.lookup(query).match(ShownNodes::isShown).tryQuery().orElse(null);
            return found[0] != null;
        }));
        @SuppressWarnings("unchecked")
        T node = (T) found[0];
        return node;
    }

    /** In a showing window, with a size, and visible with every ancestor (a view in a tab not selected is not). */
    public static boolean isShown(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) return false;
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0 && n.localToScreen(n.getLayoutBounds()) != null;
    }

    /**
     * Opens the menu {@code menuQuery}, rests on its submenu {@code submenu} and clicks {@code item}
     * in it, as a person does: across into the submenu first, then down to the item (a diagonal path
     * passes over the menu's other items, which closes the submenu).
     */
    public static void clickInSubmenu(FxRobot robot, String menuQuery, String submenu, String item) throws TimeoutException {
        click(robot, menuQuery, 15);
        Node parent = shown(robot, submenu, 15);
        robot.moveTo(parent);
        Node target = shown(robot, item, 15);
        javafx.geometry.Bounds to = onFx(() -> target.localToScreen(target.getBoundsInLocal()));
        double rowY = onFx(() -> parent.localToScreen(parent.getBoundsInLocal()).getCenterY());
        robot.moveTo(new Point2D(to.getMinX() + 10, rowY));
        robot.moveTo(new Point2D(to.getMinX() + 10, to.getCenterY()));
        robot.clickOn(MouseButton.PRIMARY);
    }

    private static Point2D centreOfShown(FxRobot robot, String query) {
        return onFx(() -> {
            Optional<Node> node = robot.lookup(query).match(ShownNodes::isShown).tryQuery();
            if (node.isEmpty()) return null;
            var b = node.get().localToScreen(node.get().getLayoutBounds());
            return b == null ? null : new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
