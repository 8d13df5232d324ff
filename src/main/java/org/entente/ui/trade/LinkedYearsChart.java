package org.entente.ui.trade;

import java.util.OptionalInt;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.entente.ui.common.LinkedViews;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * A chart of years in linked views (the trade chart, the agreement chart): the linked range's
 * years shaded behind the data, and the year under a click on the plot, which the timeline goes to.
 * One per chart viewer; the chart itself is rebuilt often, so {@link #applyShade} marks each new one.
 */
final class LinkedYearsChart {
    private final ChartViewer viewer;
    private final Supplier<JFreeChart> chart;
    private final Supplier<ChartStyle> style;
    /** Years shaded (both included), or null. */
    private int[] shaded;
    private IntervalMarker marker;
    private IntConsumer onYearClicked = y -> { };

    LinkedYearsChart(ChartViewer viewer, Supplier<JFreeChart> chart, Supplier<ChartStyle> style) {
        this.viewer = viewer;
        this.chart = chart;
        this.style = style;
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                yearAt(event.getTrigger().getX(), event.getTrigger().getY()).ifPresent(y -> onYearClicked.accept(y));
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) { }
        });
    }

    /**
     * Follows the linked views: their range's years shaded while they are linked; a year clicked
     * here asked of the timeline (which goes there only while linked).
     */
    void follow(LinkedViews links) {
        Runnable shade = () -> {
            var span = links.range().get();
            if (links.enabled().get() && span != null) shade(span.from().getYear(), span.to().getYear());
            else shade(null, null);
        };
        links.enabled().addListener((o, was, on) -> shade.run());
        links.range().addListener((o, was, span) -> shade.run());
        shade.run();
        setOnYearClicked(year -> links.goTo(LinkedViews.Span.year(year)));
    }

    /** Shades the years {@code from} to {@code to} (both included) behind the data; null clears. */
    void shade(Integer from, Integer to) {
        shaded = from == null || to == null ? null : new int[] {from, to};
        JFreeChart c = chart.get();
        if (c != null) applyShade(c);
    }

    /** Which years are shaded: {from, to}, or null. */
    int[] shadedYears() { return shaded == null ? null : shaded.clone(); }

    void setOnYearClicked(IntConsumer action) { onYearClicked = action == null ? y -> { } : action; }

    /** Marks a (new) chart with the shaded years. */
    void applyShade(JFreeChart c) {
        if (!(c.getPlot() instanceof XYPlot plot)) return;
        if (marker != null) plot.removeDomainMarker(0, marker, Layer.BACKGROUND, false);
        marker = null;
        if (shaded != null) {
            // Half a year either side: a year's point sits on its tick, and its whole band is shaded.
            marker = new IntervalMarker(shaded[0] - 0.5, shaded[1] + 0.5);
            marker.setPaint(style.get().linkedShade());
            plot.addDomainMarker(0, marker, Layer.BACKGROUND, false);
        }
        c.fireChartChanged();
    }

    /** The year under a point of the viewer's canvas, when the point is on the plot. */
    OptionalInt yearAt(double x, double y) {
        JFreeChart c = chart.get();
        if (c == null || !(c.getPlot() instanceof XYPlot plot) || viewer.getCanvas().getRenderingInfo() == null) return OptionalInt.empty();
        var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(x, y)) return OptionalInt.empty();
        return OptionalInt.of((int) Math.round(plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge())));
    }
}
