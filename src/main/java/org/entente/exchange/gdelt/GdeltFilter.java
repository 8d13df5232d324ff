package org.entente.exchange.gdelt;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.entente.exchange.Countries;
import org.entente.i18n.I18n;

/**
 * What to keep of a GDELT file, applied while it is read (a day holds 100,000–200,000 rows).
 * Each part is skipped when empty (zero for mentions): countries keep a row when either actor is
 * one of them; pairs when its two actors are one of the pairs, in either order; a row passes the
 * countries-or-pairs step when it matches either list. Codes are ISO 3166-1 alpha-3, upper case.
 *
 * @param countries   alpha-3 codes, any one of which an actor must be
 * @param pairs       pairs of alpha-3 codes, as {@link #pair} writes them
 * @param minMentions the least NumMentions a row must have (0: any)
 * @param roots       CAMEO root codes 1–20 to keep (empty: all)
 */
public record GdeltFilter(Set<String> countries, Set<String> pairs, int minMentions, Set<Integer> roots) {
    public static final GdeltFilter NONE = new GdeltFilter(Set.of(), Set.of(), 0, Set.of());

    public GdeltFilter {
        countries = countries == null ? Set.of() : Set.copyOf(new TreeSet<>(countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
        pairs = pairs == null ? Set.of() : Set.copyOf(pairs);
        roots = roots == null ? Set.of() : Set.copyOf(roots);
        if (minMentions < 0) throw new IllegalArgumentException("minimum mentions cannot be negative");
        for (int r : roots) if (r < 1 || r > 20) throw new IllegalArgumentException("CAMEO root " + r + " is not 1-20");
    }

    /**
     * The filter a person wrote: countries as codes or names ("VN", "VNM", "Vietnam"), pairs as
     * two of them joined by a hyphen ("VN-RU"), root codes as numbers ("04", "5").
     *
     * @throws IllegalArgumentException with a message for the person, naming what is wrong
     */
    public static GdeltFilter parse(Collection<String> countries, Collection<String> pairs, int minMentions, Collection<String> roots) {
        Set<String> countryCodes = new LinkedHashSet<>();
        for (String c : countries) countryCodes.add(country(c));
        Set<String> pairKeys = new LinkedHashSet<>();
        for (String p : pairs) {
            String[] two = p.strip().split("-");
            if (two.length != 2 || two[0].isBlank() || two[1].isBlank())
                throw new IllegalArgumentException(I18n.t("exchange.gdelt.filter.bad-pair", p.strip()));
            pairKeys.add(pair(country(two[0]), country(two[1])));
        }
        Set<Integer> rootCodes = new LinkedHashSet<>();
        for (String r : roots) {
            String s = r.strip();
            int code = s.matches("\\d{1,2}") ? Integer.parseInt(s) : -1;
            if (code < 1 || code > 20) throw new IllegalArgumentException(I18n.t("exchange.gdelt.filter.bad-root", s));
            rootCodes.add(code);
        }
        if (minMentions < 0) throw new IllegalArgumentException(I18n.t("exchange.gdelt.filter.bad-mentions", minMentions));
        return new GdeltFilter(countryCodes, pairKeys, minMentions, rootCodes);
    }

    /** Splits a list typed in one field: "VN, RU" or "04 05" or "VN-RU; CN-US". */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String country(String text) {
        return Countries.iso3(text.strip())
                .orElseThrow(() -> new IllegalArgumentException(I18n.t("exchange.gdelt.filter.bad-country", text.strip())));
    }

    /** The key of a pair, the same in either order: "RUS-VNM" for VNM and RUS. */
    public static String pair(String a, String b) {
        a = a.toUpperCase(Locale.ROOT);
        b = b.toUpperCase(Locale.ROOT);
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    public boolean byActors() { return !countries.isEmpty() || !pairs.isEmpty(); }

    public boolean isNone() { return !byActors() && minMentions == 0 && roots.isEmpty(); }

    /** Whether a row whose actors have these codes (either may be null) passes the countries-or-pairs step. */
    boolean keepsActors(String a, String b) {
        if (!byActors()) return true;
        if (a != null && countries.contains(a)) return true;
        if (b != null && countries.contains(b)) return true;
        return a != null && b != null && pairs.contains(pair(a, b));
    }
}
