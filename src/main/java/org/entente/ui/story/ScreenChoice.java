package org.entente.ui.story;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;

/**
 * Which screen shows the slides and which the presenter view, from the screens' bounds and the main
 * window's: the laptop is the screen the main window is on (the lecturer opened Entente there), and
 * the slides go full screen on another, the projector. With three or more screens, the largest other
 * screen takes the slides (a projector is usually the biggest picture; on a tie, the first listed).
 * With one screen there is no choice: the slides stay where the window is, and the presenter view is
 * a window over them.
 */
final class ScreenChoice {
    private ScreenChoice() {}

    /** Indexes into the list of screens given. */
    record Placement(int laptop, int slides) {}

    /**
     * @param screens the screens' bounds, as {@code Screen.getScreens()} lists them
     * @param window  the main window's bounds before the story plays
     * @return the two screens, or empty with fewer than two
     */
    static Optional<Placement> choose(List<Rectangle2D> screens, Rectangle2D window) {
        if (screens.size() < 2) return Optional.empty();
        int laptop = laptop(screens, window);
        int slides = -1;
        for (int i = 0; i < screens.size(); i++)
            if (i != laptop && (slides < 0 || area(screens.get(i)) > area(screens.get(slides)))) slides = i;
        return Optional.of(new Placement(laptop, slides));
    }

    /** The screen with the window's centre; else the one it overlaps most; else the first (the primary). */
    private static int laptop(List<Rectangle2D> screens, Rectangle2D window) {
        double cx = window.getMinX() + window.getWidth() / 2, cy = window.getMinY() + window.getHeight() / 2;
        for (int i = 0; i < screens.size(); i++) if (screens.get(i).contains(cx, cy)) return i;
        int best = 0;
        double most = 0;
        for (int i = 0; i < screens.size(); i++) {
            double overlap = overlap(screens.get(i), window);
            if (overlap > most) {
                most = overlap;
                best = i;
            }
        }
        return best;
    }

    private static double area(Rectangle2D r) { return r.getWidth() * r.getHeight(); }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
