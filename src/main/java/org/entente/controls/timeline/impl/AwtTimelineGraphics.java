package org.entente.controls.timeline.impl;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The painter's calls on a Java2D graphics, keeping a canvas's state rules (fill and stroke apart,
 * a path built call by call, save/restore of everything): shapes stay shapes and text stays text,
 * so JFreeSVG writes SVG elements and a PDF bridge writes PDF paths. Colours with an alpha, global
 * alpha, linear gradients in canvas coordinates, dashes and clips are kept.
 */
final class AwtTimelineGraphics implements TimelineGraphics {
    private final Graphics2D g;
    private final Map<Font, java.awt.Font> fonts = new HashMap<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State s = new State();
    private Path2D.Double path = new Path2D.Double();

    /** Everything {@link #save} keeps. */
    private static final class State implements Cloneable {
        Paint fill = Color.BLACK, stroke = Color.BLACK;
        double lineWidth = 1, alpha = 1;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        double[] dashes = new double[0];
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        AffineTransform transform;
        Shape clip;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    AwtTimelineGraphics(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** A JavaFX paint as Java2D's: colours and linear gradients (the painter's only kinds); anything else as its first colour. */
    static java.awt.Paint awt(Paint p) {
        if (p instanceof Color c) return awt(c);
        if (p instanceof LinearGradient lg) {
            List<Stop> stops = lg.getStops();
            if (lg.isProportional() || stops.size() < 2 || (lg.getStartX() == lg.getEndX() && lg.getStartY() == lg.getEndY())) {
                return stops.isEmpty() ? java.awt.Color.GRAY : awt(stops.get(0).getColor());
            }
            // Java2D wants strictly rising offsets; a canvas accepts equal ones (a hard edge)
            float[] at = new float[stops.size()];
            java.awt.Color[] colours = new java.awt.Color[stops.size()];
            float last = -1;
            for (int i = 0; i < stops.size(); i++) {
                float f = (float) Math.max(0, Math.min(1, stops.get(i).getOffset()));
                if (f <= last) f = Math.nextUp(last);
                at[i] = f;
                last = f;
                colours[i] = awt(stops.get(i).getColor());
            }
            if (at[at.length - 1] > 1) return colours[0];
            return new LinearGradientPaint((float) lg.getStartX(), (float) lg.getStartY(), (float) lg.getEndX(), (float) lg.getEndY(), at, colours);
        }
        return java.awt.Color.GRAY;
    }

    /** The canvas's "System" font is the platform's sans serif; bold and size kept. */
    private java.awt.Font font() {
        return fonts.computeIfAbsent(s.font, f -> {
            String family = f.getFamily();
            if (family == null || family.equals("System")) family = java.awt.Font.SANS_SERIF;
            boolean bold = f.getStyle() != null && f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
            return new java.awt.Font(family, bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1).deriveFont((float) f.getSize());
        });
    }

    private void filling() {
        g.setPaint(awt(s.fill));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.alpha));
    }

    private void stroking() {
        g.setPaint(awt(s.stroke));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.alpha));
        int cap = switch (s.cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        float[] dash = null;
        if (s.dashes.length > 0) {
            dash = new float[s.dashes.length];
            for (int i = 0; i < dash.length; i++) dash[i] = (float) s.dashes[i];
        }
        g.setStroke(new BasicStroke((float) s.lineWidth, cap, BasicStroke.JOIN_MITER, 10, dash, 0));
    }

    @Override public void setFill(Paint p) { s.fill = p; }
    @Override public void setStroke(Paint p) { s.stroke = p; }
    @Override public void setLineWidth(double w) { s.lineWidth = w; }
    @Override public void setLineCap(StrokeLineCap cap) { s.cap = cap; }
    @Override public void setLineDashes(double... dashes) { s.dashes = dashes == null ? new double[0] : dashes.clone(); }
    @Override public void setFont(Font f) { s.font = f; }
    @Override public void setTextAlign(TextAlignment align) { s.align = align; }
    @Override public void setTextBaseline(VPos baseline) { s.baseline = baseline; }
    @Override public void setGlobalAlpha(double alpha) { s.alpha = Math.max(0, Math.min(1, alpha)); }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        filling();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroking();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double aw, double ah) {
        filling();
        g.fill(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double aw, double ah) {
        stroking();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, aw, ah));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        filling();
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        filling();
        g.fill(p);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroking();
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) return;
        java.awt.Font f = font();
        g.setFont(f);
        filling();
        double w = s.align == TextAlignment.LEFT || s.align == TextAlignment.JUSTIFY ? 0 : g.getFontMetrics(f).getStringBounds(text, g).getWidth();
        double left = switch (s.align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        LineMetrics m = f.getLineMetrics(text, g.getFontRenderContext());
        double baseline = switch (s.baseline) {
            case TOP -> y + m.getAscent();
            case CENTER -> y + (m.getAscent() - m.getDescent()) / 2;
            case BOTTOM -> y - m.getDescent();
            default -> y;
        };
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public void save() {
        State copy = s.copy();
        copy.transform = g.getTransform();
        copy.clip = g.getClip();
        saved.push(copy);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) return;
        s = saved.pop();
        g.setTransform(s.transform);
        g.setClip(s.clip);
    }

    @Override public void beginPath() { path = new Path2D.Double(); }
    @Override public void moveTo(double x, double y) { path.moveTo(x, y); }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) path.moveTo(x, y);
        else path.lineTo(x, y);
    }

    @Override
    public void bezierCurveTo(double x1, double y1, double x2, double y2, double x, double y) {
        if (path.getCurrentPoint() == null) path.moveTo(x1, y1);
        path.curveTo(x1, y1, x2, y2, x, y);
    }

    @Override
    public void rect(double x, double y, double w, double h) { path.append(new Rectangle2D.Double(x, y, w, h), false); }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) path.closePath();
    }

    @Override
    public void stroke() {
        stroking();
        g.draw(path);
    }

    @Override
    public void fill() {
        filling();
        g.fill(path);
    }

    @Override
    public void clip() { g.clip(path); }
}
