package org.entente.exchange;

import org.entente.i18n.I18n;

/** Size limits for files read whole (JSON, XML, spreadsheets): a hostile or mistaken file is refused early. */
public final class Limits {
    /** Largest JSON or XML file read into memory. Entente CSV streams; only its rows are limited ({@link #MAX_CSV_ROW_CHARS}). */
    public static final long MAX_DOCUMENT_BYTES = 256L << 20;
    /** Deepest nesting of XML elements or JSON values accepted. */
    public static final int MAX_DEPTH = 64;
    /** Longest single text value (a description, a JSON string). */
    public static final int MAX_STRING_CHARS = 10_000_000;

    /**
     * Longest CSV row accepted, in characters: rows stream, but one row is held whole, and an
     * open quote would otherwise make the rest of the file a single cell.
     */
    public static final long MAX_CSV_ROW_CHARS = 16L << 20;

    /** The problem's words for a JSON or XML document nested deeper than {@link #MAX_DEPTH}. */
    public static String tooDeep() { return I18n.t("exchange.json.too-deep", MAX_DEPTH); }

    /** The problem of a JSON or XML file larger than {@link #MAX_DOCUMENT_BYTES}. */
    static Problem tooLarge(String file) {
        return Problem.fileError(file, I18n.t("exchange.file.too-large", MAX_DOCUMENT_BYTES >> 20));
    }

    private Limits() {}
}
