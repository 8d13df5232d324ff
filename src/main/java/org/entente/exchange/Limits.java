package org.entente.exchange;

/** Size limits for files read whole (JSON, XML, spreadsheets): a hostile or mistaken file is refused early. */
public final class Limits {
    /** Largest JSON or XML file read into memory. Entente CSV streams and has no limit. */
    public static final long MAX_DOCUMENT_BYTES = 256L << 20;
    /** Deepest nesting of XML elements or JSON values accepted. */
    public static final int MAX_DEPTH = 64;
    /** Longest single text value (a description, a JSON string). */
    public static final int MAX_STRING_CHARS = 10_000_000;

    /** The problem's words for a JSON or XML document nested deeper than {@link #MAX_DEPTH}. */
    public static String tooDeep() {
        return "the data is nested deeper than " + MAX_DEPTH + " levels (Entente's limit for JSON and XML files)";
    }

    private Limits() {}
}
