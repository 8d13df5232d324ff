package org.entente.app.measures;

import java.util.Map;

/**
 * One year of a measure for a pair.
 *
 * @param year   the year
 * @param value  the measure (a share 0–1, US dollars, a count)
 * @param unsure whether the figure rests on too little to read much into (fewer than 10 shared roll calls; a flagged trade figure)
 * @param counts the counts behind the value, by column name, in order
 */
public record MeasurePoint(int year, double value, boolean unsure, Map<String, Number> counts) {
    public MeasurePoint {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
