package org.entente.controls.network.impl;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import javafx.scene.paint.Color;

/** Draws on a Java2D graphics: the SVG export (JFreeSVG) and off-screen benchmarks. */
public final class AwtPen implements Pen {
    private final Graphics2D g;
    private final String family;

    public AwtPen(Graphics2D g, String family) {
        this.g = g;
        this.family = family == null || family.equals("System") ? Font.SANS_SERIF : family;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private Font font(double size, boolean bold) { return new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size); }

    @Override
    public void fillRect(double x, double y, double w, double h, Color c) {
        g.setColor(awt(c));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color c) {
        g.setColor(awt(c));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color c) {
        g.setColor(awt(c));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color c) {
        g.setColor(awt(c));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double width, Color c) {
        g.setColor(awt(c));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Color c) {
        g.setColor(awt(c));
        g.setFont(font(size, bold));
        g.drawString(s, (float) x, (float) y);
    }

    @Override
    public double textWidth(String s, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).getStringBounds(s, g).getWidth();
    }
}
