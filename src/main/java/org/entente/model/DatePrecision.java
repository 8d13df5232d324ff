package org.entente.model;

/** How much of a date is known: a whole year, a month, or one day. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
