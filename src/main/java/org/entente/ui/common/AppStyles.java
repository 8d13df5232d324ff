package org.entente.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Parent;

/** The app's own stylesheet (theme variables, type sizes, the shell's and the views' shared looks). */
public final class AppStyles {
    private AppStyles() {}

    /** {@code entente.css}, for the main window and for every window or dialog that should look like it. */
    public static String main() { return AppStyles.class.getResource("entente.css").toExternalForm(); }

    /** The stylesheet of the high-contrast theme: Primer dark with its colours replaced (a user-agent stylesheet). */
    public static String highContrast() { return AppStyles.class.getResource("high-contrast.css").toExternalForm(); }

    /**
     * The size to open a secondary window at: {@code width}×{@code height} (its size at 100 % type)
     * grown with the type size, but no larger than {@code owner} (its main window), and never smaller
     * than at 100 %. At 200 % type a 900×600 dialog held a third of what it held at 100 %: dates cut
     * to "1815-1…", a slide list one line high.
     */
    public static javafx.geometry.Dimension2D windowSize(double width, double height, javafx.stage.Window owner, AppContext context) {
        double f = context.effectiveTypeScale().get() / 100.0;
        double w = width * f, h = height * f;
        if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
            w = Math.min(w, owner.getWidth() * 0.95);
            h = Math.min(h, owner.getHeight() * 0.95);
        }
        return new javafx.geometry.Dimension2D(Math.max(width, w), Math.max(height, h));
    }

    private static final String LISTENER_KEY = AppStyles.class.getName() + ".follow";

    /**
     * Keeps {@code root}'s style classes on the context's display settings: the theme's class
     * ({@code dark}, {@code high-contrast}), the type size's ({@code type-150}) and {@code large-type}
     * while Large Type or Present is on. The CSS does the rest. The root holds the listener, so a
     * closed window's root is not kept alive by the context.
     */
    public static void follow(Parent root, AppContext context) {
        InvalidationListener apply = o -> {
            var classes = root.getStyleClass();
            String themeClass = context.theme().get().styleClass();
            String typeClass = TypeScale.styleClass(context.effectiveTypeScale().get());
            classes.removeIf(c -> (c.equals("dark") || c.equals("high-contrast") || c.startsWith("type-")) && !c.equals(themeClass) && !c.equals(typeClass));
            if (themeClass != null && !classes.contains(themeClass)) classes.add(themeClass);
            if (!classes.contains(typeClass)) classes.add(typeClass);
            boolean large = context.largeType().get();
            if (large && !classes.contains("large-type")) classes.add("large-type");
            if (!large) classes.remove("large-type");
        };
        apply.invalidated(null);
        root.getProperties().put(LISTENER_KEY, apply);
        InvalidationListener weak = new WeakInvalidationListener(apply);
        context.theme().addListener(weak);
        context.effectiveTypeScale().addListener(weak);
        context.largeType().addListener(weak);
    }
}
