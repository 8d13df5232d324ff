package org.entente.time;

/**
 * The mapping between time (epoch days, fractional) and screen x: the visible span
 * [{@code startDay}, {@code endDay}) is drawn across [{@code left}, {@code left + width}).
 * Immutable; zooming and panning give a new scale.
 *
 * @param startDay first visible instant in epoch days
 * @param endDay   last visible instant in epoch days (greater than startDay)
 * @param left     x of startDay
 * @param width    pixels from startDay to endDay (positive)
 */
public record TimeScale(double startDay, double endDay, double left, double width) {

    public TimeScale {
        if (!(endDay > startDay)) throw new IllegalArgumentException("the visible span must not be empty: " + startDay + ".." + endDay);
        if (!(width > 0)) throw new IllegalArgumentException("width must be positive: " + width);
    }

    public double span() { return endDay - startDay; }

    public double pixelsPerDay() { return width / (endDay - startDay); }

    public double daysPerPixel() { return (endDay - startDay) / width; }

    public double dayToX(double day) { return left + (day - startDay) * (width / (endDay - startDay)); }

    public double xToDay(double x) { return startDay + (x - left) * ((endDay - startDay) / width); }

    public double right() { return left + width; }

    /** Zoomed by {@code factor} (> 1 zooms in) so that the day under {@code anchorX} stays under it. */
    public TimeScale zoom(double factor, double anchorX) {
        if (!(factor > 0)) throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        double anchorDay = xToDay(anchorX);
        double newSpan = span() / factor;
        double f = (anchorX - left) / width;
        double s = anchorDay - f * newSpan;
        return new TimeScale(s, s + newSpan, left, width);
    }

    /** Moved by {@code pixels}: positive shows later dates (the content moves left). */
    public TimeScale pan(double pixels) {
        double d = pixels * daysPerPixel();
        return new TimeScale(startDay + d, endDay + d, left, width);
    }

    /** The same span drawn over another pixel range. */
    public TimeScale withPixels(double newLeft, double newWidth) { return new TimeScale(startDay, endDay, newLeft, newWidth); }
}
