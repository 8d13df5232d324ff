package org.entente.ui.common;

/** The app's own stylesheet (theme variables, large type, the shell's and the views' shared looks). */
public final class AppStyles {
    private AppStyles() {}

    /** {@code entente.css}, for the main window and for every window or dialog that should look like it. */
    public static String main() { return AppStyles.class.getResource("entente.css").toExternalForm(); }
}
