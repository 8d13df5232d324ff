package org.entente.cli;

import org.entente.i18n.I18n;
import org.entente.ui.common.TypeScale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options both screenshot commands take (a picocli mixin): the window's size, the type size, a run without a display. */
final class ScreenshotOptions {
    @Option(names = "--size", defaultValue = "1600x1000", descriptionKey = "cli.help.screenshot.size")
    String size;

    @Option(names = "--type-size", defaultValue = "100", paramLabel = "PERCENT",
            descriptionKey = "cli.help.screenshot.type-size")
    int typeSize;

    @Option(names = "--headless", negatable = true, descriptionKey = "cli.help.screenshot.headless")
    Boolean headless;

    /** Refuses a type size that is not one of the app's steps, as a usage error of {@code command}. */
    void checkTypeSize(Object command) {
        if (!TypeScale.STEPS.contains(typeSize))
            throw new ParameterException(new CommandLine(command), I18n.t("cli.screenshot.bad-type-size", TypeScale.STEPS.toString()));
    }
}
