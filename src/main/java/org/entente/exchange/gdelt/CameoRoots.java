package org.entente.exchange.gdelt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.entente.model.Category;

/**
 * The twenty root codes of CAMEO (Conflict and Mediation Event Observations, Event and Actor
 * Codebook, version 1.1b3, Schrodt 2012), which GDELT gives every event as {@code EventRootCode}:
 * each becomes a category keyed {@code cameo-01} … {@code cameo-20}, labelled with the codebook's
 * English name, as the manual's chapter 2 titles them (GDELT's own lookup file, CAMEO.eventcodes.txt,
 * words two of them differently: 15 "Exhibit force posture", 20 "Use unconventional mass violence").
 * The interface shows its own translation (common.category.cameo-NN).
 */
public final class CameoRoots {
    private static final String[] NAMES = {
            "Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
            "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand", "Disapprove", "Reject",
            "Threaten", "Protest", "Exhibit military posture", "Reduce relations", "Coerce", "Assault", "Fight",
            "Engage in unconventional mass violence"};

    /** The twenty categories, root 01 first. */
    public static final List<Category> CATEGORIES;

    static {
        List<Category> all = new ArrayList<>(NAMES.length);
        for (int i = 0; i < NAMES.length; i++) all.add(new Category(key(i + 1), NAMES[i]));
        CATEGORIES = Collections.unmodifiableList(all);
    }

    private CameoRoots() {}

    /** The category of a root code, 1 to 20. */
    public static Category category(int root) {
        if (root < 1 || root > NAMES.length) throw new IllegalArgumentException("CAMEO root " + root + " is not 1-20");
        return CATEGORIES.get(root - 1);
    }

    /** "cameo-04" for root 4. */
    public static String key(int root) { return String.format(Locale.ROOT, "cameo-%02d", root); }

    /** Whether a category is one of the twenty as this class names them (not a user's renamed copy). */
    public static boolean isRoot(Category c) {
        return c != null && CATEGORIES.contains(c);
    }
}
