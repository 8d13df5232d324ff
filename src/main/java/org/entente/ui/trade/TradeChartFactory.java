package org.entente.ui.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.analysis.trade.DiplomacyMarker;
import org.entente.analysis.trade.SeriesUnit;
import org.entente.analysis.trade.TradePoint;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.DataQuality;
import org.entente.ui.common.Names;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Turns a {@link TradeChartModel} into a JFreeChart. A year's value is drawn at the year's number;
 * a missing year is a null item, so no line is drawn across it. Approximate points are hollow
 * diamonds and unsure ones hollow triangles (pale bars in bar views), each with a legend entry.
 */
public final class TradeChartFactory {
    private TradeChartFactory() {}

    /** Dataset index of the lines or primary bars. */
    public static final int PRIMARY = 0;
    /** Dataset index of the secondary-axis bars, when there are any. */
    public static final int SECONDARY = 1;

    /** An empty plot in the style: its grounds, grid and no axis offset. */
    static XYPlot plot(ChartStyle style) {
        XYPlot plot = new XYPlot();
        plot.setBackgroundPaint(style.plotBackground());
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinePaint(style.grid());
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    public static JFreeChart create(TradeChartModel model, ChartStyle style) {
        XYPlot plot = plot(style);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE); // bars behind lines

        int[] range = model.domain();
        NumberAxis years = new YearAxis(range != null ? new org.jfree.data.Range(range[0] - 0.5, range[1] + 0.5) : new org.jfree.data.Range(2007.5, 2024.5));
        years.setStandardTickUnits(yearTickUnits());
        years.setAutoRangeIncludesZero(false);
        styleAxis(years, style);
        // the years' ticks say what the axis is: in large type its "Year" line goes to the plot
        if (style.legendBeside()) years.setLabel(null);
        plot.setDomainAxis(years);

        ValueAxis values = model.logScale() ? new OneTwoFiveLogAxis(model.axisLabel()) : new FewTicksAxis(model.axisLabel());
        if (values instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(model.unit() != SeriesUnit.INDEX);
            n.setNumberFormatOverride(valueFormat());
        }
        styleAxis(values, style);
        // head-room above the data for the marker labels, so they do not cover the newest points
        if (!model.markers().isEmpty()) values.setUpperMargin(model.logScale() ? 0.3 : 0.2);
        plot.setRangeAxis(PRIMARY, values);

        List<List<TradePoint>> primaryItems = new ArrayList<>(), secondaryItems = new ArrayList<>();
        XYSeriesCollection primary = new XYSeriesCollection(), secondary = new XYSeriesCollection();
        List<Color> primaryColours = new ArrayList<>(), secondaryColours = new ArrayList<>();
        boolean bars = false;
        int colour = 0;
        for (PlottedSeries ps : model.series()) {
            boolean second = ps.style() == PlottedSeries.Style.SECONDARY_BAR;
            boolean withGaps = ps.style() == PlottedSeries.Style.LINE;
            bars |= ps.style() == PlottedSeries.Style.BAR;
            XYSeries xy = new XYSeries(ps.legend(), true, false);
            List<TradePoint> items = new ArrayList<>();
            int previous = Integer.MIN_VALUE;
            for (TradePoint p : ps.series().points()) {
                if (withGaps && previous != Integer.MIN_VALUE && p.year() > previous + 1) {
                    // one null item per run of missing years breaks the line there
                    xy.add(Double.valueOf(previous + 1), null);
                    items.add(null);
                }
                xy.add(p.year(), TradeChartModel.chartValue(ps.series().unit(), p.value()));
                items.add(p);
                previous = p.year();
            }
            (second ? secondary : primary).addSeries(xy);
            (second ? secondaryItems : primaryItems).add(items);
            (second ? secondaryColours : primaryColours).add(style.seriesColour(colour++));
        }
        XYToolTipGenerator tips = (dataset, s, i) -> {
            List<List<TradePoint>> items = dataset == secondary ? secondaryItems : primaryItems;
            TradePoint p = items.get(s).get(i);
            return p == null ? null : tooltip(model.series().stream().filter(x -> x.legend().equals(dataset.getSeriesKey(s))).findFirst()
                    .orElseThrow(), p);
        };

        if (bars) {
            primary.setIntervalWidth(0.8);
            FlaggedBarRenderer r = new FlaggedBarRenderer(primaryItems, style);
            for (int i = 0; i < primaryColours.size(); i++) r.setSeriesPaint(i, primaryColours.get(i));
            r.setDefaultToolTipGenerator(tips);
            plot.setRenderer(PRIMARY, r);
        } else {
            FlaggedLineRenderer r = new FlaggedLineRenderer(primaryItems, style);
            for (int i = 0; i < primaryColours.size(); i++) r.setSeriesPaint(i, primaryColours.get(i));
            r.setDefaultToolTipGenerator(tips);
            plot.setRenderer(PRIMARY, r);
        }
        plot.setDataset(PRIMARY, primary);

        if (secondary.getSeriesCount() > 0) {
            NumberAxis right = new FewTicksAxis(model.secondaryLabel());
            right.setNumberFormatOverride(valueFormat());
            styleAxis(right, style);
            plot.setRangeAxis(SECONDARY, right);
            plot.setRangeAxisLocation(SECONDARY, org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
            secondary.setIntervalWidth(0.5);
            FlaggedBarRenderer r = new FlaggedBarRenderer(secondaryItems, style);
            for (int i = 0; i < secondaryColours.size(); i++) r.setSeriesPaint(i, translucent(secondaryColours.get(i), 140));
            r.setDefaultToolTipGenerator(tips);
            plot.setDataset(SECONDARY, secondary);
            plot.setRenderer(SECONDARY, r);
            plot.mapDatasetToRangeAxis(SECONDARY, SECONDARY);
        }

        addMarkers(plot, model.markers(), style, years.getLowerBound(), years.getUpperBound());

        JFreeChart chart = new JFreeChart(model.title(), style.titleFont(), plot, true);
        chart.setBackgroundPaint(style.background());
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setPaint(style.foreground());
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        if (model.subtitle() != null && !model.subtitle().isBlank())
            chart.addSubtitle(subtitle(model.subtitle(), style, style.muted()));
        for (String note : model.notes()) chart.addSubtitle(subtitle("⚠ " + note, style, style.partnershipMarker()));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(style.legendFont());
        legend.setItemPaint(style.foreground());
        legend.setBackgroundPaint(style.background());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(style.legendBeside() ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        if (style.legendBeside()) {
            legend.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.TOP);
            // laid out after the subtitles, so that they keep the chart's whole width (one line, not two)
            chart.removeLegend();
            chart.addSubtitle(legend);
        }
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        plot.setFixedLegendItems(legendItems(plot, model, style, bars));
        return chart;
    }

    /** A point's tooltip, in the interface language: its value, the figures behind it, who reported them, quality and source. */
    static String tooltip(PlottedSeries ps, TradePoint p) {
        StringBuilder sb = new StringBuilder(I18n.t("measures.tooltip.value", ps.legend(), Integer.toString(p.year()),
                TradeChartModel.format(ps.series().unit(), p.value())));
        if (p.basis().size() > 1 || ps.series().unit() != SeriesUnit.USD)
            for (var f : p.basis())
                sb.append("\n  ").append(I18n.t("measures.tooltip.figure", f.reporter().name(), f.partner().name(),
                        TradeChartModel.flowName(f.flow()), Integer.toString(f.year()), TradeChartModel.format(SeriesUnit.USD, f.valueUsd())));
        sb.append('\n').append(I18n.t("measures.tooltip.reporters", p.reporters()));
        sb.append('\n').append(I18n.t("measures.tooltip.quality", TradeChartModel.qualityName(p.quality())));
        sb.append('\n').append(I18n.t("measures.tooltip.sources", p.sources()));
        return sb.toString();
    }

    /**
     * A marker's text: a partnership spell's tier in the interface language ("Russia: Comprehensive
     * strategic", "Russia: Đối tác chiến lược toàn diện"); a visit's or an event's title, and an
     * official wording, as the library has them.
     */
    static String markerLabel(DiplomacyMarker m) {
        if (m.tier() == null) return m.label();
        return I18n.t("measures.marker.tier", m.tier().partner(), tierName(m.tier().level()));
    }

    /**
     * A tier's name on a marker: its shown name ({@link Names#level}) less the word every tier's name
     * ends in, where the language has one ("Comprehensive strategic partnership" reads "Comprehensive
     * strategic"; Vietnamese names begin with "Đối tác" and stay whole).
     */
    static String tierName(org.entente.model.PartnershipLevel level) {
        String name = Names.level(level);
        String word = " " + I18n.t("measures.marker.tier.last-word");
        return word.isBlank() || !name.toLowerCase(I18n.locale()).endsWith(word.toLowerCase(I18n.locale())) ? name
                : name.substring(0, name.length() - word.length());
    }

    private static final int MARKER_LINES = 5;

    private static void addMarkers(XYPlot plot, List<DiplomacyMarker> markers, ChartStyle style, double from, double to) {
        float lineHeight = style.markerFont().getSize2D() * 1.35f;
        // Each label goes on the first of five lines where it overlaps no label already placed; its
        // width in years is estimated for a chart about 1,200 pixels wide.
        double yearsPerChar = (to - from) / (1200.0 / (style.markerFont().getSize2D() * 0.58));
        java.util.List<java.util.List<double[]>> lines = new ArrayList<>();
        for (int l = 0; l < MARKER_LINES; l++) lines.add(new ArrayList<>());
        for (DiplomacyMarker m : markers) {
            double x = TradeChartModel.markerX(m);
            boolean leftwardsLabel = x > from + (to - from) * 2 / 3;
            String label = markerLabel(m);
            double w = (label.length() + 2) * yearsPerChar;
            double[] span = leftwardsLabel ? new double[] {x - w, x} : new double[] {x, x + w};
            int level = 0;
            for (int l = 0; l < MARKER_LINES; l++) {
                boolean free = lines.get(l).stream().noneMatch(o -> o[0] < span[1] && span[0] < o[1]);
                if (free) {
                    level = l;
                    break;
                }
                level = (l + 1) % MARKER_LINES;
            }
            lines.get(level).add(span);
            boolean partnership = m.kind() == DiplomacyMarker.Kind.PARTNERSHIP;
            ValueMarker vm = new ValueMarker(x, partnership ? style.partnershipMarker() : style.visitMarker(),
                    partnership ? style.partnershipStroke() : style.visitStroke());
            vm.setLabel(label);
            vm.setLabelFont(style.markerFont());
            vm.setLabelPaint(partnership ? style.partnershipMarker() : style.muted());
            vm.setLabelBackgroundColor(translucent(style.plotBackground(), 215));
            // labels in the last third read leftwards so they are not cut off at the plot's edge
            boolean leftwards = x > from + (to - from) * 2 / 3;
            vm.setLabelAnchor(leftwards ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            vm.setLabelTextAnchor(leftwards ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            vm.setLabelOffset(new RectangleInsets(4 + level * lineHeight, 3, 2, 3));
            plot.addDomainMarker(vm, Layer.BACKGROUND);
        }
    }

    private static LegendItemCollection legendItems(XYPlot plot, TradeChartModel model, ChartStyle style, boolean bars) {
        LegendItemCollection items = new LegendItemCollection();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) == null || plot.getRenderer(d) == null) continue;
            for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++) {
                LegendItem li = plot.getRenderer(d).getLegendItem(d, s);
                if (li == null) continue;
                // the renderer fills shapes with the plot background (hollow = flagged); a series' own legend shape is solid
                li.setFillPaint(li.getLinePaint() != null && li.isLineVisible() ? li.getLinePaint() : li.getFillPaint());
                items.add(li);
            }
        }
        boolean approx = false, unsure = false;
        for (PlottedSeries ps : model.series())
            for (TradePoint p : ps.series().points()) {
                approx |= p.quality() == DataQuality.APPROXIMATE;
                unsure |= p.quality() == DataQuality.UNSURE;
            }
        Color fg = style.foreground();
        if (bars && (approx || unsure)) {
            items.add(shapeItem(I18n.t("measures.legend.flagged-bar"), new Rectangle2D.Double(-5, -5, 10, 10), true, translucent(fg, 70), fg));
        } else {
            if (approx) items.add(shapeItem(I18n.t("measures.legend.approximate"), FlaggedLineRenderer.diamond(style.shapeRadius()), false, fg, fg));
            if (unsure) items.add(shapeItem(I18n.t("measures.legend.unsure"), FlaggedLineRenderer.triangle(style.shapeRadius()), false, fg, fg));
        }
        boolean partnerships = model.markers().stream().anyMatch(m -> m.kind() == DiplomacyMarker.Kind.PARTNERSHIP);
        boolean visits = model.markers().stream().anyMatch(m -> m.kind() == DiplomacyMarker.Kind.VISIT);
        // the markers are of these two built-in categories: their names as the rest of the app shows them
        if (partnerships) items.add(lineItem(Names.category(Category.PARTNERSHIP_CHANGE), style.partnershipMarker(), style.partnershipStroke()));
        if (visits) items.add(lineItem(Names.category(Category.STATE_VISIT), style.visitMarker(), style.visitStroke()));
        return items;
    }

    private static LegendItem shapeItem(String label, Shape shape, boolean filled, Paint fill, Paint outline) {
        return new LegendItem(label, null, null, null, true, shape, filled, fill, true, outline, new BasicStroke(1.5f), false,
                new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1f), outline);
    }

    private static LegendItem lineItem(String label, Paint paint, java.awt.Stroke stroke) {
        return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-1, -1, 2, 2), false, paint, false, paint, stroke, true,
                new Line2D.Double(0, -7, 0, 7), stroke, paint);
    }

    static TextTitle subtitle(String text, ChartStyle style, Paint paint) {
        TextTitle t = new TextTitle(text, style.subtitleFont());
        t.setPaint(paint);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(1, 0, 3, 0));
        return t;
    }

    static void styleAxis(ValueAxis axis, ChartStyle style) {
        axis.setLabelFont(style.axisLabelFont());
        axis.setLabelPaint(style.foreground());
        axis.setTickLabelFont(style.tickFont());
        axis.setTickLabelPaint(style.foreground());
        axis.setAxisLinePaint(style.muted());
        axis.setTickMarkPaint(style.muted());
    }

    static Color translucent(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }

    /** The value axes' tick labels in the interface language: "1,234.5" in English, "1.234,5" in Vietnamese. */
    static DecimalFormat valueFormat() { return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(I18n.locale())); }

    /**
     * The years axis: its "automatic" range is the model's span of years, markers' years included.
     * JFreeChart's restore-auto-bounds (a drag up or left on the chart) fitted it to the data alone
     * and dropped 2024, whose only content is markers, until the view was switched.
     */
    static final class YearAxis extends NumberAxis {
        private final org.jfree.data.Range span;

        YearAxis(org.jfree.data.Range span) {
            super(I18n.t("measures.axis.year"));
            this.span = span;
            setRange(span, false, false);
            setAutoRange(false);
        }

        @Override
        protected void autoAdjustRange() { setRange(span, false, false); }

        @Override
        public void setAutoRange(boolean auto) {
            super.setAutoRange(auto);
            if (auto) setRange(span, false, true);
        }
    }

    /** Most ticks a value axis shows: a big export chose 5-unit steps and drew 43 ticks. */
    static final int MAX_VALUE_TICKS = 10;

    /** A value axis whose automatic tick unit leaves at most {@link #MAX_VALUE_TICKS} ticks, however tall it is drawn. */
    static final class FewTicksAxis extends NumberAxis {
        FewTicksAxis(String label) { super(label); }

        @Override
        protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            super.selectAutoTickUnit(g2, dataArea, edge);
            double length = getRange().getLength();
            if (length / getTickUnit().getSize() > MAX_VALUE_TICKS) {
                var unit = getStandardTickUnits().getCeilingTickUnit(length / MAX_VALUE_TICKS);
                setTickUnit((NumberTickUnit) unit, false, false);
            }
        }
    }

    /** Years as "2015", never "2,015", stepping 1, 2, 5 or 10 years as the width allows; plain digits in every language. */
    static TickUnits yearTickUnits() {
        TickUnits units = new TickUnits();
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) units.add(new NumberTickUnit(step, f));
        return units;
    }

    /**
     * The look both charts' line renderers share: the style's stroke, dots filled with the plot's
     * background, outlines drawn in the series' colour, lines broken at null items.
     */
    static void styleLines(XYLineAndShapeRenderer r, ChartStyle style) {
        double radius = style.shapeRadius();
        r.setDefaultStroke(style.lineStroke());
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultShape(new Ellipse2D.Double(-radius, -radius, radius * 2, radius * 2));
        r.setAutoPopulateSeriesShape(false);
        r.setUseFillPaint(true);
        r.setDefaultFillPaint(style.plotBackground());
        r.setAutoPopulateSeriesFillPaint(false);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setDefaultOutlineStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesOutlineStroke(false);
        r.setDrawSeriesLineAsPath(false); // a path would join points across a null item
    }

    /** Lines broken at null items, with a distinct hollow shape for approximate and unsure figures. */
    static final class FlaggedLineRenderer extends XYLineAndShapeRenderer {
        private final transient List<List<TradePoint>> items;
        private final double radius;

        FlaggedLineRenderer(List<List<TradePoint>> items, ChartStyle style) {
            super(true, true);
            this.items = items;
            this.radius = style.shapeRadius();
            styleLines(this, style);
        }

        private TradePoint point(int series, int item) {
            List<TradePoint> l = series < items.size() ? items.get(series) : null;
            return l == null || item >= l.size() ? null : l.get(item);
        }

        @Override
        public Shape getItemShape(int series, int item) {
            TradePoint p = point(series, item);
            if (p == null) return super.getItemShape(series, item);
            return switch (p.quality()) {
                case APPROXIMATE -> diamond(radius * 1.35);
                case UNSURE -> triangle(radius * 1.45);
                case REPORTED -> super.getItemShape(series, item);
            };
        }

        @Override
        public Paint getItemFillPaint(int series, int item) {
            TradePoint p = point(series, item);
            // reported figures are solid dots; approximate and unsure ones stay hollow
            return p != null && !p.flagged() ? getItemPaint(series, item) : super.getItemFillPaint(series, item);
        }

        static Shape diamond(double r) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(0, -r);
            d.lineTo(r, 0);
            d.lineTo(0, r);
            d.lineTo(-r, 0);
            d.closePath();
            return d;
        }

        static Shape triangle(double r) {
            Path2D.Double t = new Path2D.Double();
            t.moveTo(0, r);
            t.lineTo(r, -r * 0.8);
            t.lineTo(-r, -r * 0.8);
            t.closePath();
            return t;
        }
    }

    /** Bars side by side per year, pale where the figure is approximate or unsure. */
    static final class FlaggedBarRenderer extends ClusteredXYBarRenderer {
        private final transient List<List<TradePoint>> items;

        FlaggedBarRenderer(List<List<TradePoint>> items, ChartStyle style) {
            super(0.08, false);
            this.items = items;
            setBarPainter(new StandardXYBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setDefaultOutlinePaint(style.plotBackground());
        }

        @Override
        public Paint getItemPaint(int series, int item) {
            Paint base = super.getItemPaint(series, item);
            List<TradePoint> l = series < items.size() ? items.get(series) : null;
            TradePoint p = l == null || item >= l.size() ? null : l.get(item);
            return p != null && p.flagged() && base instanceof Color c ? translucent(c, 80) : base;
        }
    }

    /** A log axis labelled at 1, 2 and 5 times each power of ten, so that $3.6 bn and $171 bn both sit near a labelled tick. */
    static final class OneTwoFiveLogAxis extends LogAxis {
        OneTwoFiveLogAxis(String label) {
            super(label);
            setBase(10);
            setSmallestValue(1e-3);
            setNumberFormatOverride(valueFormat());
            setMinorTickMarksVisible(true);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList();
            double lo = getLowerBound(), hi = getUpperBound();
            TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            DecimalFormat f = valueFormat();
            // over less than about a decade and a half, 1-2-5 leaves too few labels: label every integer multiple
            int[] mantissas = hi / Math.max(lo, 1e-9) < 30 ? new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9} : new int[] {1, 2, 5};
            for (int e = (int) Math.floor(Math.log10(Math.max(lo, 1e-9))); e <= (int) Math.ceil(Math.log10(Math.max(hi, 1e-9))); e++)
                for (int m : mantissas) {
                    double v = m * Math.pow(10, e);
                    if (v >= lo && v <= hi) ticks.add(new NumberTick(TickType.MAJOR, v, f.format(v), anchor, TextAnchor.CENTER, 0.0));
                }
            return ticks;
        }
    }
}
