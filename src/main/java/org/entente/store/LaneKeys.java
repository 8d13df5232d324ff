package org.entente.store;

/**
 * The one place where timeline lane keys are made and read: "pair:LO-HI" (two countries, lower id
 * first), "pair:ID" (one), "pair:none" (none); "country:ID" or "country:none"; "category:KEY";
 * "all" for the single lane; "other" for the lanes beyond the named ones. The SQL of
 * {@link TimelineQueries} builds the same keys; view models group headers in memory with these.
 */
public final class LaneKeys {
    private LaneKeys() {}

    /** Lane key part of events with no country taking part, in pair and country grouping. */
    public static final String NO_COUNTRY = "none";
    /** Lane key of the single lane when grouping is {@link LaneGrouping#NONE}. */
    public static final String ALL = "all";
    /** Lane key that {@link TimelineQueries#density} reports for lanes outside the named ones. */
    public static final String OTHER = "other";

    static final String PAIR = "pair:", COUNTRY = "country:", CATEGORY = "category:";

    /** "pair:LO-HI" for two countries (lower id first), "pair:ID" for one, "pair:none" for none. */
    public static String pairKey(long lo, long hi) {
        if (lo == 0 && hi == 0) return PAIR + NO_COUNTRY;
        if (lo == 0 || hi == 0) return PAIR + Math.max(lo, hi);
        return PAIR + Math.min(lo, hi) + "-" + Math.max(lo, hi);
    }

    public static String countryKey(long actorId) { return COUNTRY + (actorId == 0 ? NO_COUNTRY : Long.toString(actorId)); }

    public static String categoryKey(String category) { return CATEGORY + category; }

    public static boolean isPair(String key) { return key.startsWith(PAIR); }

    public static boolean isCountry(String key) { return key.startsWith(COUNTRY); }

    public static boolean isCategory(String key) { return key.startsWith(CATEGORY); }

    /** The actor ids of a pair lane key ("pair:3-7" → 3, 7; "pair:3" → 3); empty for other keys. */
    public static long[] pairIds(String key) {
        if (!isPair(key) || key.endsWith(NO_COUNTRY)) return new long[0];
        String ids = key.substring(PAIR.length());
        int dash = ids.indexOf('-');
        if (dash < 0) return new long[] {Long.parseLong(ids)};
        return new long[] {Long.parseLong(ids.substring(0, dash)), Long.parseLong(ids.substring(dash + 1))};
    }

    /** The actor id of a country lane key that names one. */
    public static long countryId(String key) { return Long.parseLong(key.substring(COUNTRY.length())); }

    /** The category of a category lane key. */
    public static String category(String key) { return key.substring(CATEGORY.length()); }

    static final long PAIR_CODE = 1_000_000L;

    /** The integer code of a pair lane key (lower id × 10⁶ + higher id), or -1 for another kind of key. */
    static long pairCode(String key) {
        if (!isPair(key)) return -1;
        String ids = key.substring(PAIR.length());
        if (ids.equals(NO_COUNTRY)) return 0;
        int dash = ids.indexOf('-');
        if (dash < 0) return Long.parseLong(ids) * PAIR_CODE;
        return Long.parseLong(ids.substring(0, dash)) * PAIR_CODE + Long.parseLong(ids.substring(dash + 1));
    }

    static String pairKeyOfCode(long code) {
        if (code < 0) return OTHER;
        return pairKey(code / PAIR_CODE, code % PAIR_CODE);
    }
}
