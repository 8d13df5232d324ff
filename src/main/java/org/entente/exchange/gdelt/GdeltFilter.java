package org.entente.exchange.gdelt;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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
