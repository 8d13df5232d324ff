package org.entente.controls.network.impl;

import javafx.scene.paint.Color;

/**
 * The few drawing operations the network painter needs, so that the same drawing goes to the
 * screen (a JavaFX canvas) and to an SVG file (a Java2D graphics).
 */
public interface Pen {
    void fillRect(double x, double y, double w, double h, Color c);

    void fillRoundRect(double x, double y, double w, double h, double arc, Color c);

    void line(double x1, double y1, double x2, double y2, double width, Color c);

    void fillCircle(double cx, double cy, double r, Color c);

    void strokeCircle(double cx, double cy, double r, double width, Color c);

    /** Text with its baseline at {@code y}, starting at {@code x}. */
    void text(String s, double x, double y, double size, boolean bold, Color c);

    double textWidth(String s, double size, boolean bold);
}
