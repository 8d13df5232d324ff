package org.entente.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.entente.ui.common.AppContext;

/**
 * View › Pointer Spotlight: dims the views except a circle around the pointer, so that a class sees
 * what the lecturer points at on a projector. A layer over the views that lets every click through;
 * its shade's colour is CSS ({@code .pointer-spotlight-shade} in entente.css), its circle grows with
 * the type size (90 px at 100 %).
 */
final class PointerSpotlight {
    static final double RADIUS_AT_NORMAL_TYPE = 90;

    private final AppContext context;
    private final Pane layer = new Pane();
    private final Region shade = new Region();
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private double x = Double.NaN, y = Double.NaN;

    PointerSpotlight(AppContext context) {
        this.context = context;
        layer.getStyleClass().add("pointer-spotlight");
        layer.setId("pointer-spotlight");
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        shade.getStyleClass().add("pointer-spotlight-shade");
        shade.setScaleShape(false);
        shade.setCenterShape(false);
        shade.setManaged(false);
        layer.getChildren().add(shade);
        layer.visibleProperty().bind(on);
        layer.widthProperty().addListener(o -> reshape());
        layer.heightProperty().addListener(o -> reshape());
        context.effectiveTypeScale().addListener(o -> reshape());
        on.addListener(o -> reshape());
        layer.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
                old.removeEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
            }
            if (scene != null) listen(scene);
        });
    }

    private void listen(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
    }

    private void follow(MouseEvent e) {
        var p = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        x = p.getX();
        y = p.getY();
        if (on.get()) reshape();
    }

    /** The layer to put over the views. */
    Pane layer() { return layer; }

    /** Whether the spotlight is shown. */
    BooleanProperty onProperty() { return on; }

    /** The circle's radius in pixels: 90 at 100 % type, grown with the type size. */
    double radius() { return RADIUS_AT_NORMAL_TYPE * context.effectiveTypeScale().get() / 100.0; }

    private void reshape() {
        double w = layer.getWidth(), h = layer.getHeight();
        if (!on.get() || w <= 0 || h <= 0) return;
        // Before the pointer has moved over the window, the light is in the middle.
        double cx = Double.isNaN(x) ? w / 2 : x, cy = Double.isNaN(y) ? h / 2 : y;
        Shape dimmed = Shape.subtract(new Rectangle(0, 0, w, h), new Circle(cx, cy, radius()));
        shade.setShape(dimmed);
        shade.resizeRelocate(0, 0, w, h);
    }
}
