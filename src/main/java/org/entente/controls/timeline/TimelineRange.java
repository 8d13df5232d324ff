package org.entente.controls.timeline;

import java.time.LocalDate;
import java.util.Locale;
import org.entente.model.DatePrecision;
import org.entente.time.DateText;

/**
 * A span of whole days chosen on the timeline (a Shift-drag over the dated area): epoch days,
 * {@code endDay} exclusive as everywhere in the control, snapped to {@code unit} (days, months or
 * years, by the zoom it was drawn at), which is also how its dates are written.
 */
public record TimelineRange(long startDay, long endDay, DatePrecision unit) {
    public TimelineRange {
        if (endDay <= startDay) throw new IllegalArgumentException("a range needs startDay < endDay: " + startDay + ", " + endDay);
        if (unit == null) unit = DatePrecision.DAY;
    }

    /** Its first day. */
    public LocalDate first() { return LocalDate.ofEpochDay(startDay); }

    /** Its last day (the day before {@link #endDay()}). */
    public LocalDate last() { return LocalDate.ofEpochDay(endDay - 1); }

    /** Its dates at its unit: "2013 – 2016", "March 2022 – June 2023", "19 June 2024". */
    public String describe(Locale locale) {
        return DateText.describe(startDay, endDay, unit, unit, false, false, locale);
    }
}
