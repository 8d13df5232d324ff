package org.entente.controls.timeline.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A frame's drawing calls kept in order, to be played on another graphics later and on another
 * thread: the painter reads the skin's state on the FX thread (recording takes a few milliseconds)
 * and a PDF's or SVG's Java2D drawing, the slow part, runs in the background. What a call is given
 * is copied when the painter may reuse it (its polygon arrays); paints and fonts are immutable.
 */
final class RecordedTimelineGraphics implements TimelineGraphics {
    private final List<Consumer<TimelineGraphics>> calls = new ArrayList<>();

    /** Plays every recorded call on {@code target}, in order. */
    void replay(TimelineGraphics target) {
        for (Consumer<TimelineGraphics> call : calls) call.accept(target);
    }

    @Override public void setFill(Paint p) { calls.add(g -> g.setFill(p)); }
    @Override public void setStroke(Paint p) { calls.add(g -> g.setStroke(p)); }
    @Override public void setLineWidth(double w) { calls.add(g -> g.setLineWidth(w)); }
    @Override public void setLineCap(StrokeLineCap cap) { calls.add(g -> g.setLineCap(cap)); }

    @Override
    public void setLineDashes(double... dashes) {
        double[] copy = dashes == null ? new double[0] : dashes.clone();
        calls.add(g -> g.setLineDashes(copy));
    }

    @Override public void setFont(Font f) { calls.add(g -> g.setFont(f)); }
    @Override public void setTextAlign(TextAlignment align) { calls.add(g -> g.setTextAlign(align)); }
    @Override public void setTextBaseline(VPos baseline) { calls.add(g -> g.setTextBaseline(baseline)); }
    @Override public void setGlobalAlpha(double alpha) { calls.add(g -> g.setGlobalAlpha(alpha)); }
    @Override public void fillRect(double x, double y, double w, double h) { calls.add(g -> g.fillRect(x, y, w, h)); }
    @Override public void strokeRect(double x, double y, double w, double h) { calls.add(g -> g.strokeRect(x, y, w, h)); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) { calls.add(g -> g.fillRoundRect(x, y, w, h, aw, ah)); }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) { calls.add(g -> g.strokeRoundRect(x, y, w, h, aw, ah)); }
    @Override public void fillOval(double x, double y, double w, double h) { calls.add(g -> g.fillOval(x, y, w, h)); }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        double[] x = java.util.Arrays.copyOf(xs, n), y = java.util.Arrays.copyOf(ys, n);
        calls.add(g -> g.fillPolygon(x, y, n));
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2) { calls.add(g -> g.strokeLine(x1, y1, x2, y2)); }
    @Override public void fillText(String text, double x, double y) { calls.add(g -> g.fillText(text, x, y)); }
    @Override public void save() { calls.add(TimelineGraphics::save); }
    @Override public void restore() { calls.add(TimelineGraphics::restore); }
    @Override public void beginPath() { calls.add(TimelineGraphics::beginPath); }
    @Override public void moveTo(double x, double y) { calls.add(g -> g.moveTo(x, y)); }
    @Override public void lineTo(double x, double y) { calls.add(g -> g.lineTo(x, y)); }
    @Override public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) { calls.add(g -> g.bezierCurveTo(x1, y1, x2, y2, x, y)); }
    @Override public void rect(double x, double y, double w, double h) { calls.add(g -> g.rect(x, y, w, h)); }
    @Override public void closePath() { calls.add(TimelineGraphics::closePath); }
    @Override public void stroke() { calls.add(TimelineGraphics::stroke); }
    @Override public void fill() { calls.add(TimelineGraphics::fill); }
    @Override public void clip() { calls.add(TimelineGraphics::clip); }
}
