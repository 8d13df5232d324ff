package org.entente.ui.trade;

import org.entente.model.DataQuality;

/**
 * One plotted point as the data table and the CSV export show it.
 *
 * @param series    the series' legend text
 * @param year      the year
 * @param value     the value exactly as plotted, in {@code unit}
 * @param unit      "US$ bn", "index" or "%"
 * @param quality   the least trustworthy quality of the figures behind it
 * @param reporters who reported those figures
 * @param figures   the figures themselves, e.g. "Vietnam→Russia total 2023: 3,630,000,000 USD"
 * @param sources   their sources
 * @param shown     the value, quality and figures as the data table shows them, in the interface language
 *                  (the fields above are the CSV export's, the same in every language)
 */
public record PlottedRow(String series, int year, double value, String unit, DataQuality quality, String reporters,
                         String figures, String sources, Shown shown) {

    /** What the data table shows of a point: "3.63 US$ bn", "approximate", "Vietnam→Russia total 2023: US$ 3.63 bn". */
    public record Shown(String value, String quality, String figures) {}
}
