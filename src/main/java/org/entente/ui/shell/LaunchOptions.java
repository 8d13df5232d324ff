package org.entente.ui.shell;

import java.nio.file.Path;

/**
 * How the app was asked to start.
 *
 * @param library        the library to open (the default one when not given on the command line)
 * @param measureStartup print the time to the first frame and to the loaded library, then quit
 * @param screenshot     render a view to PNG and quit, or null
 */
public record LaunchOptions(Path library, boolean measureStartup, Screenshot screenshot) {

    /**
     * A request to render one view.
     *
     * @param view      the tab title, e.g. "Events"
     * @param out       PNG file to write
     * @param width     scene width in pixels
     * @param height    scene height in pixels
     * @param theme     colour theme
     * @param largeType lecturer's large type
     * @param typeScale type size in percent (View › Type Size)
     * @param scale     pixel scale (2 for slides)
     * @param select    search text whose best hit is selected before the snapshot, or null
     */
    public record Screenshot(String view, Path out, int width, int height, org.entente.ui.common.Theme theme, boolean largeType,
                             int typeScale, double scale,
                             String select) {}
}
