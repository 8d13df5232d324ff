package org.entente.ui.trade;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * The selected series of a chart, and focus on it (View › Focus on Selection): a click on a
 * series' line, point or legend item selects that series (a second click on it clears); while
 * focus is on and a series is selected, the other series are drawn at
 * {@link ChartStyle#unfocusedAlpha()}. One per chart viewer; the chart is rebuilt often, so
 * {@link #apply} paints each new one (the selection is kept by the series' name).
 */
final class SeriesFocus {
    private final Supplier<JFreeChart> chart;
    private final Supplier<ChartStyle> style;
    private final BooleanProperty focus = new SimpleBooleanProperty(this, "focusSelection");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selectedSeries");
    /** The chart last painted and its series' own paints, by dataset then series. */
    private JFreeChart painted;
    private List<Paint[]> own = List.of();
    /** The fixed legend items' own fill, line and outline paints (charts that list their legend themselves). */
    private List<Paint[]> ownLegend = List.of();

    SeriesFocus(ChartViewer viewer, Supplier<JFreeChart> chart, Supplier<ChartStyle> style) {
        this.chart = chart;
        this.style = style;
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String key = seriesOf(event.getEntity());
                if (key != null) selected.set(key.equals(selected.get()) ? null : key);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) { }
        });
        focus.addListener(o -> repaint());
        selected.addListener(o -> repaint());
    }

    /** Whether the series not selected are drawn faint (bound to the app's View › Focus on Selection). */
    BooleanProperty focusProperty() { return focus; }

    /** The selected series' name (its legend text), or null. */
    ObjectProperty<String> selectedProperty() { return selected; }

    /** The series a chart entity (a point of a line, a legend item) belongs to, or null. */
    private static String seriesOf(ChartEntity entity) {
        if (entity instanceof XYItemEntity item) return String.valueOf(item.getDataset().getSeriesKey(item.getSeriesIndex()));
        if (entity instanceof LegendItemEntity legend && legend.getSeriesKey() != null) return String.valueOf(legend.getSeriesKey());
        return null;
    }

    private void repaint() {
        JFreeChart c = chart.get();
        if (c != null) apply(c);
    }

    /** Paints a (new) chart: every series in its own colour, or the ones not selected faint while focusing. */
    void apply(JFreeChart c) {
        if (!(c.getPlot() instanceof XYPlot plot)) return;
        if (c != painted) {
            painted = c;
            own = new ArrayList<>();
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYItemRenderer r = plot.getRenderer(d);
                int n = plot.getDataset(d) == null || r == null ? 0 : plot.getDataset(d).getSeriesCount();
                Paint[] paints = new Paint[n];
                for (int s = 0; s < n; s++) paints[s] = paintOf(r, s);
                own.add(paints);
            }
            ownLegend = new ArrayList<>();
            if (plot.getFixedLegendItems() != null)
                for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++)
                    ownLegend.add(new Paint[] {plot.getFixedLegendItems().get(i).getFillPaint(), plot.getFixedLegendItems().get(i).getLinePaint(),
                            plot.getFixedLegendItems().get(i).getOutlinePaint()});
        }
        String key = selected.get();
        boolean focusing = focus.get() && key != null && hasSeries(plot, key);
        double alpha = style.get().unfocusedAlpha();
        for (int d = 0; d < own.size(); d++) {
            XYItemRenderer r = plot.getRenderer(d);
            for (int s = 0; s < own.get(d).length; s++) {
                Paint paint = own.get(d)[s];
                boolean faint = focusing && !key.equals(String.valueOf(plot.getDataset(d).getSeriesKey(s)));
                r.setSeriesPaint(s, faint ? faded(paint, alpha) : paint, false);
            }
        }
        // a fixed legend draws its own colours: its items of the series not selected fade with them
        if (plot.getFixedLegendItems() != null)
            for (int i = 0; i < Math.min(ownLegend.size(), plot.getFixedLegendItems().getItemCount()); i++) {
                var item = plot.getFixedLegendItems().get(i);
                boolean faint = focusing && item.getSeriesKey() != null && !key.equals(String.valueOf(item.getSeriesKey()));
                item.setFillPaint(faint ? faded(ownLegend.get(i)[0], alpha) : ownLegend.get(i)[0]);
                item.setLinePaint(faint ? faded(ownLegend.get(i)[1], alpha) : ownLegend.get(i)[1]);
                item.setOutlinePaint(faint ? faded(ownLegend.get(i)[2], alpha) : ownLegend.get(i)[2]);
            }
        c.fireChartChanged();
    }

    private static boolean hasSeries(XYPlot plot, String key) {
        for (int d = 0; d < plot.getDatasetCount(); d++)
            if (plot.getDataset(d) != null)
                for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++)
                    if (key.equals(String.valueOf(plot.getDataset(d).getSeriesKey(s)))) return true;
        return false;
    }

    /** A series' paint as drawn (the renderer's own when the series has none set). */
    private static Paint paintOf(XYItemRenderer r, int series) {
        return r instanceof org.jfree.chart.renderer.AbstractRenderer a ? a.lookupSeriesPaint(series) : r.getSeriesPaint(series);
    }

    private static Paint faded(Paint paint, double alpha) {
        if (!(paint instanceof Color c)) return paint;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(c.getAlpha() * alpha));
    }

    /** The alpha (0–255) a series is drawn with now, for tests and tools; -1 when there is no such series. */
    int alphaOf(String key) {
        JFreeChart c = chart.get();
        if (c == null || !(c.getPlot() instanceof XYPlot plot)) return -1;
        for (int d = 0; d < plot.getDatasetCount(); d++)
            if (plot.getDataset(d) != null)
                for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++)
                    if (key.equals(String.valueOf(plot.getDataset(d).getSeriesKey(s))) && paintOf(plot.getRenderer(d), s) instanceof Color p) return p.getAlpha();
        return -1;
    }
}
