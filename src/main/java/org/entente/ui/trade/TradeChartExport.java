package org.entente.ui.trade;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a trade chart for slides and papers: PNG at a chosen size (optionally at 2× for sharp
 * projection), SVG through JFreeSVG, and the plotted data as CSV. Each export draws a chart of its
 * own from the model, so it may run off the JavaFX thread without touching the chart on screen.
 *
 * <p>No PDF: none of the project's libraries writes PDF, and SVG (vector, opened by Inkscape,
 * LibreOffice and slide software) covers the same need.
 */
public final class TradeChartExport {
    public static final int MAX_SIDE = 10_000;

    private TradeChartExport() {}

    /** The least type scale of a chart exported 1,000 pixels wide or more. */
    static final double SLIDE_TYPE = 1.6;

    /**
     * The style of an exported chart: a chart laid out 1,000 pixels wide or more is shown shrunk on
     * a slide, so it gets at least the large type (the screen's 12-pixel ticks read as 9 on a
     * projector); a larger type size chosen on screen stays.
     */
    public static ChartStyle slideStyle(ChartStyle onScreen, int width) {
        return width >= 1000 ? new ChartStyle(onScreen.theme(), Math.max(onScreen.typeScale(), SLIDE_TYPE)) : onScreen;
    }

    /**
     * The chart laid out at {@code width}×{@code height} and drawn at {@code scale} times that many
     * pixels (2 gives a 2× image with the same layout, twice as sharp).
     */
    public static BufferedImage image(TradeChartModel model, ChartStyle style, int width, int height, double scale) {
        checkSize(width, height, scale);
        JFreeChart chart = TradeChartFactory.create(model, style);
        int pw = (int) Math.round(width * scale), ph = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * PNG bytes of {@link #image}. Deflate runs at a middle level: measured on a 1600×900 chart it
     * encodes in about 50 ms instead of 85 ms for files about 8% larger (see docs/bench/trade.md).
     */
    public static byte[] png(TradeChartModel model, ChartStyle style, int width, int height, double scale) {
        BufferedImage image = image(model, style, width, height, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_COMPRESSION_QUALITY);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** ImageIO's PNG "quality" picks the deflate level (1.0 = none, 0.0 = most): 0.7 is level 3. */
    private static final float PNG_COMPRESSION_QUALITY = 0.7f;

    /** A standalone SVG document of the chart, {@code width}×{@code height} user units. */
    public static String svg(TradeChartModel model, ChartStyle style, int width, int height) {
        checkSize(width, height, 1);
        JFreeChart chart = TradeChartFactory.create(model, style);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * Exactly the plotted points, one row each, with the figures and sources behind them. The file is
     * for scripts and spreadsheets as much as for people, so it does not follow the interface's
     * language where a machine reads it: the column names stay in English, the values are plain
     * numbers ("3.63", never "3,63"), the unit, quality and flows are codes ("US$ bn", "approximate",
     * "total"). Only the texts a person reads (the series' names, as in the legend) are in the interface language.
     */
    public static void csv(TradeChartModel model, Writer out) throws IOException {
        try (CSVPrinter p = CSVFormat.DEFAULT.builder()
                // machine-readable column names: the same in every language (docs/formats.md)
                .setHeader("series", "year", "value", "unit", "quality", "reporters", "figures", "sources").get().print(out)) {
            for (PlottedRow r : model.rows())
                p.printRecord(r.series(), r.year(), plain(r.value()), r.unit(), r.quality().key(), r.reporters(), r.figures(), r.sources());
        }
    }

    /** Shortest exact decimal of the plotted double, never in scientific notation. */
    static String plain(double v) { return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString(); }

    private static void checkSize(int width, int height, double scale) {
        if (width < 100 || height < 100 || width > MAX_SIDE || height > MAX_SIDE)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a chart of %d×%d pixels is not possible: each side must be 100–%d",
                    width, height, MAX_SIDE));
        if (!(scale >= 1 && scale <= 4)) throw new IllegalArgumentException("scale " + scale + " is not between 1 and 4");
    }
}
