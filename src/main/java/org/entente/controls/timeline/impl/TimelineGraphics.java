package org.entente.controls.timeline.impl;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing calls the timeline's painter makes, named and behaving as on a JavaFX
 * {@link javafx.scene.canvas.GraphicsContext}, so that one frame goes to the screen's canvas
 * ({@link FxTimelineGraphics}) or to a Java2D graphics ({@link AwtTimelineGraphics}): an SVG or PDF
 * export, drawn as shapes and text rather than as a picture.
 */
interface TimelineGraphics {
    void setFill(Paint p);

    void setStroke(Paint p);

    void setLineWidth(double w);

    void setLineCap(StrokeLineCap cap);

    /** No dashes when empty. */
    void setLineDashes(double... dashes);

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void setGlobalAlpha(double alpha);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillText(String text, double x, double y);

    /** Pushes the fill, stroke, line, font, text, alpha, transform and clip; {@link #restore} pops them. */
    void save();

    void restore();

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y);

    void rect(double x, double y, double w, double h);

    void closePath();

    void stroke();

    void fill();

    /** Intersects the clip with the current path. */
    void clip();
}
