package org.entente.controls.timeline.impl;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineView;

/** Draws a {@link TimelineView} on one canvas (work in progress). */
public class TimelineViewSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();

    public TimelineViewSkin(TimelineView control) {
        super(control);
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.setLayoutX(x);
        canvas.setLayoutY(y);
        canvas.setWidth(w);
        canvas.setHeight(h);
    }

    public void fitAll() {
        TimelineView c = getSkinnable();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (TimelineItem it : c.getItems()) {
            lo = Math.min(lo, it.startDay());
            hi = Math.max(hi, c.effectiveEnd(it));
        }
        if (lo < hi) c.zoomTo(lo - (hi - lo) * 0.03, hi + (hi - lo) * 0.03);
    }

    public TimelineItem findItem(long id) {
        for (TimelineItem it : getSkinnable().getItems()) if (it.id() == id) return it;
        return null;
    }

    public void step(int direction) {
    }
}
