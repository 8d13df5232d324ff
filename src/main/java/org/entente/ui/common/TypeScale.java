package org.entente.ui.common;

import java.util.List;

/**
 * The type sizes of View › Type Size, in percent of the normal 13 px. Each step is a style class
 * ({@code type-150}) on a window's root whose -fx-font-size is set in {@code entente.css}; every
 * other size in the app's CSS is in em, so it follows, and the charts scale their Java2D fonts by
 * the same percentage.
 */
public final class TypeScale {
    private TypeScale() {}

    public static final List<Integer> STEPS = List.of(100, 125, 150, 175, 200, 250, 300);

    public static final int NORMAL = 100;

    /**
     * The least type size of Large Type and Present (150 %, about the 20 px Present had). Present
     * enlarges type for a projector; a reader who chose more than that keeps their choice, so
     * Present never makes type smaller, and never multiplies an already large choice beyond the
     * 300 % that still leaves a 1280×800 window usable.
     */
    public static final int LARGE_TYPE_MINIMUM = 150;

    /** The size shown for the chosen size and the Large Type / Present switch. */
    public static int effective(int chosen, boolean largeType) {
        int size = nearest(chosen);
        return largeType ? Math.max(size, LARGE_TYPE_MINIMUM) : size;
    }

    /** The step nearest to {@code percent} (a stored preference may hold any number). */
    public static int nearest(int percent) {
        int best = NORMAL;
        for (int s : STEPS) if (Math.abs(s - percent) < Math.abs(best - percent)) best = s;
        return best;
    }

    /** The next larger step (the largest stays). */
    public static int larger(int percent) {
        for (int s : STEPS) if (s > percent) return s;
        return STEPS.get(STEPS.size() - 1);
    }

    /** The next smaller step (the smallest stays). */
    public static int smaller(int percent) {
        for (int i = STEPS.size() - 1; i >= 0; i--) if (STEPS.get(i) < percent) return STEPS.get(i);
        return STEPS.get(0);
    }

    /** The style class of a step on a window's root. */
    public static String styleClass(int percent) { return "type-" + nearest(percent); }
}
