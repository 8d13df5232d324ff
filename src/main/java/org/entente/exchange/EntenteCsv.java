package org.entente.exchange;

import java.util.List;

/** The Entente CSV layout: file names and columns of each file (documented in docs/formats.md). */
public final class EntenteCsv {
    public static final String ACTORS = "actors.csv";
    public static final String SOURCES = "sources.csv";
    public static final String EVENTS = "events.csv";
    public static final String PARTNERSHIPS = "partnerships.csv";
    public static final String TRADE = "trade.csv";

    public static final List<String> FILES = List.of(ACTORS, SOURCES, EVENTS, PARTNERSHIPS, TRADE);

    public static final List<String> ACTOR_COLUMNS = List.of("name", "kind", "iso3", "colour");
    public static final List<String> SOURCE_COLUMNS = List.of("key", "title", "publisher", "author", "date", "url", "accessed", "note");
    public static final List<String> EVENT_COLUMNS = List.of("title", "start", "end", "category", "participants", "roles", "place",
            "summary", "importance", "tags", "sources");
    public static final List<String> PARTNERSHIP_COLUMNS = List.of("a", "b", "level", "official_name", "from", "until", "sources", "note");
    public static final List<String> TRADE_COLUMNS = List.of("reporter", "partner", "year", "flow", "value_usd", "quality", "source",
            "change_percent");

    /** Separator between several values in one cell. */
    public static final char SEPARATOR = '|';
    /** In an {@code end} cell: the event or spell is still going on. */
    public static final String ONGOING = "..";

    private EntenteCsv() {}

    /**
     * The {@code category} cell of an event: the key when the key alone brings back the label
     * ({@code state-visit}, {@code cultural-exchange} → "Cultural exchange"), else the label when
     * it brings back the key ("Planned Release" from the Timeline app), so a round trip keeps the
     * label's own case.
     */
    public static String categoryCell(org.entente.model.Category c) {
        if (org.entente.model.Category.of(c.key()).label().equals(c.label())) return c.key();
        return category(c.label()).equals(c) ? c.label() : c.key();
    }

    /** The category of a {@code category} cell: a key (lower case, no spaces) or a label. */
    public static org.entente.model.Category category(String cell) {
        String c = cell.strip();
        boolean keyForm = c.equals(c.toLowerCase(java.util.Locale.ROOT)) && c.chars().noneMatch(Character::isWhitespace);
        return keyForm ? org.entente.model.Category.of(c) : TimelineJs.category(c);
    }

    /** Whether a file name is one of the Entente CSV files. */
    public static boolean isEntenteCsvName(String fileName) {
        return FILES.contains(fileName.toLowerCase(java.util.Locale.ROOT));
    }

    /** The columns of an Entente CSV file by name, or null. */
    public static List<String> columnsOf(String fileName) {
        return switch (fileName.toLowerCase(java.util.Locale.ROOT)) {
            case ACTORS -> ACTOR_COLUMNS;
            case SOURCES -> SOURCE_COLUMNS;
            case EVENTS -> EVENT_COLUMNS;
            case PARTNERSHIPS -> PARTNERSHIP_COLUMNS;
            case TRADE -> TRADE_COLUMNS;
            default -> null;
        };
    }

    /**
     * Splits a multi-value cell at {@code |}; {@code \|} is a | inside a value and {@code \\} a
     * backslash. Empty parts are kept so that roles stay aligned with participants.
     */
    static List<String> split(String cell) {
        if (cell == null) return List.of();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                part.append(cell.charAt(++i));
            } else if (ch == SEPARATOR) {
                out.add(part.toString().strip());
                part.setLength(0);
            } else part.append(ch);
        }
        out.add(part.toString().strip());
        return out;
    }

    static String join(List<String> values) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String v : values) {
            if (!first) sb.append(SEPARATOR);
            first = false;
            if (v != null) escape(v, sb);
        }
        return sb.toString();
    }

    /** Appends {@code value} with its {@code \\} and {@code |} escaped, as {@link #join} does. */
    static void escape(String value, StringBuilder to) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == SEPARATOR) to.append('\\');
            to.append(ch);
        }
    }
}
