package org.entente.model;

import java.util.Locale;

/** How far a figure can be trusted: as reported, approximate ("about $5 bn"), or unsure. */
public enum DataQuality {
    REPORTED, APPROXIMATE, UNSURE;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static DataQuality of(String key) { return valueOf(key.strip().toUpperCase(Locale.ROOT)); }
}
