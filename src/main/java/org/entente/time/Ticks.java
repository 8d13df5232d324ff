package org.entente.time;

/**
 * The ticks of a two-row time axis for one visible span: a fine row (e.g. months) and the
 * enclosing row above it (e.g. years). Positions are epoch days, ascending; the label of tick i
 * names the interval from tick i to tick i+1 and is drawn to the right of its tick.
 *
 * @param minorStep   step of the fine row
 * @param minorDays   fine tick positions
 * @param minorLabels their labels
 * @param majorStep   step of the enclosing row (null when nothing encloses it)
 * @param majorDays   enclosing tick positions (the first may lie left of the visible start: its label is sticky)
 * @param majorLabels their labels
 */
public record Ticks(TickStep minorStep, double[] minorDays, String[] minorLabels,
                    TickStep majorStep, double[] majorDays, String[] majorLabels) {

    public int minorCount() { return minorDays.length; }

    public int majorCount() { return majorDays.length; }
}
