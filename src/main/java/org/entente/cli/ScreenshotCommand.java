package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.i18n.I18n;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente screenshot --view Timeline --out screenshots/timeline.png}: renders a view to PNG. */
@Command(name = "screenshot", mixinStandardHelpOptions = true)
public final class ScreenshotCommand extends EntenteSubcommand implements Callable<Integer> {
    @Option(names = "--view", required = true, descriptionKey = "cli.help.screenshot.view")
    String view;

    @Option(names = "--out", required = true, paramLabel = "PNG", descriptionKey = "cli.help.screenshot.out")
    Path out;

    @Option(names = "--scale", defaultValue = "1", descriptionKey = "cli.help.screenshot.scale")
    double scale;

    @Option(names = "--dark", descriptionKey = "cli.help.screenshot.dark")
    boolean dark;

    @Option(names = "--high-contrast", descriptionKey = "cli.help.screenshot.high-contrast")
    boolean highContrast;

    @Option(names = "--large-type", descriptionKey = "cli.help.screenshot.large-type")
    boolean largeType;

    @Option(names = "--select", paramLabel = "TEXT", descriptionKey = "cli.help.screenshot.select")
    String select;

    @Mixin ScreenshotOptions shot = new ScreenshotOptions();

    @Override
    public Integer call() {
        String[] wh = shot.size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), I18n.t("cli.screenshot.bad-size"));
        int width = Integer.parseInt(wh[0].strip()), height = Integer.parseInt(wh[1].strip());
        Headless.enableUnless(shot.headless);
        if (dark && highContrast) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), I18n.t("cli.screenshot.dark-and-high-contrast"));
        shot.checkTypeSize(this);
        org.entente.ui.common.Theme theme = highContrast ? org.entente.ui.common.Theme.HIGH_CONTRAST
                : dark ? org.entente.ui.common.Theme.DARK : org.entente.ui.common.Theme.LIGHT;
        return EntenteApp.launch(new LaunchOptions(parent.library(), false,
                new LaunchOptions.Screenshot(view, out, width, height, theme, largeType, shot.typeSize, scale, select)));
    }
}
