package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente screenshot --view Timeline --out screenshots/timeline.png}: renders a view to PNG. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render one view of the app to a PNG file and quit. Works without a display (--headless).")
public final class ScreenshotCommand implements Callable<Integer> {
    @ParentCommand EntenteCommand parent;

    @Option(names = "--view", required = true, description = "Tab title of the view, e.g. Events, Timeline, Network, Trade.")
    String view;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "File to write.")
    Path out;

    @Option(names = "--size", defaultValue = "1600x1000", description = "Window size WIDTHxHEIGHT (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--scale", defaultValue = "1", description = "Pixel scale, e.g. 2 for slides (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--dark", description = "Dark theme.")
    boolean dark;

    @Option(names = "--high-contrast", description = "High-contrast theme (black, white and yellow).")
    boolean highContrast;

    @Option(names = "--large-type", description = "Large type, as for a projector.")
    boolean largeType;

    @Option(names = "--type-size", defaultValue = "100", paramLabel = "PERCENT",
            description = "Type size in percent, as View › Type Size: 100, 125, 150, 175, 200, 250 or 300 (default: ${DEFAULT-VALUE}).")
    int typeSize;

    @Option(names = "--select", paramLabel = "TEXT", description = "Select the event that best matches this search first.")
    String select;

    @Option(names = "--headless", negatable = true, description = "Render without a display (default: when DISPLAY is unset).")
    Boolean headless;

    @Override
    public Integer call() {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--size must be WIDTHxHEIGHT, e.g. 1600x1000");
        int width = Integer.parseInt(wh[0].strip()), height = Integer.parseInt(wh[1].strip());
        Headless.enableUnless(headless);
        if (dark && highContrast) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "choose --dark or --high-contrast, not both");
        if (!org.entente.ui.common.TypeScale.STEPS.contains(typeSize))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--type-size must be one of " + org.entente.ui.common.TypeScale.STEPS);
        org.entente.ui.common.Theme theme = highContrast ? org.entente.ui.common.Theme.HIGH_CONTRAST
                : dark ? org.entente.ui.common.Theme.DARK : org.entente.ui.common.Theme.LIGHT;
        return EntenteApp.launch(new LaunchOptions(parent.library(), false,
                new LaunchOptions.Screenshot(view, out, width, height, theme, largeType, typeSize, scale, select)));
    }
}
