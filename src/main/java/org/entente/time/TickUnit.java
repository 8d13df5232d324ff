package org.entente.time;

/** The calendar units an axis can be ticked in, from days to years (multiples of years make decades, centuries, millennia). */
public enum TickUnit {
    DAY, WEEK, MONTH, YEAR
}
