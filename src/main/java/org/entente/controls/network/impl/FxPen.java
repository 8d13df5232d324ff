package org.entente.controls.network.impl;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Draws on a JavaFX canvas; remembers text widths (measuring text is the slow part of a repaint). */
public final class FxPen implements Pen {
    private final GraphicsContext g;
    private final String family;
    private final Map<String, Double> widths;
    private final Text measurer = new Text();

    public FxPen(GraphicsContext g, String family, Map<String, Double> widthCache) {
        this.g = g;
        this.family = family;
        this.widths = widthCache == null ? new HashMap<>() : widthCache;
        g.setLineCap(StrokeLineCap.ROUND);
    }

    private Font font(double size, boolean bold) { return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size); }

    @Override
    public void fillRect(double x, double y, double w, double h, Color c) {
        g.setFill(c);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color c) {
        g.setFill(c);
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color c) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color c) {
        g.setFill(c);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double width, Color c) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Color c) {
        g.setFont(font(size, bold));
        g.setFill(c);
        g.fillText(s, x, y);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        String key = (bold ? "b" : "n") + size + "|" + s;
        Double w = widths.get(key);
        if (w == null) {
            measurer.setFont(font(size, bold));
            measurer.setText(s);
            w = measurer.getLayoutBounds().getWidth();
            if (widths.size() > 5000) widths.clear();
            widths.put(key, w);
        }
        return w;
    }
}
