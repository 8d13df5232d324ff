package org.entente.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.entente.ui.shell.ScreenshotTour;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente screenshots --out DIR}: renders every main view to PNG in one run, headless when there is no display. */
@Command(name = "screenshots", mixinStandardHelpOptions = true)
public final class ScreenshotsCommand extends EntenteSubcommand implements Callable<Integer> {
    /** How long a run may take before it is given up. */
    private static final int TIME_LIMIT_MINUTES = 10;


    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.help.screenshots.out")
    Path out;

    @Option(names = "--theme", defaultValue = "light", descriptionKey = "cli.help.screenshots.theme")
    String theme;

    @Option(names = "--only", split = ",", paramLabel = "NAME", descriptionKey = "cli.help.screenshots.only")
    List<String> only;

    @Mixin ScreenshotOptions shot = new ScreenshotOptions();

    @Override
    public Integer call() throws Exception {
        int[] wh = ScreenshotsCommand.parseSize(shot.size);
        Theme chosenTheme = Theme.ofKey(theme);
        if (chosenTheme == null)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), I18n.t("cli.screenshots.bad-theme"));
        shot.checkTypeSize(this);
        List<String> shots = only == null ? ScreenshotTour.SHOTS : only.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        for (String s : shots)
            if (!ScreenshotTour.SHOTS.contains(s))
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        I18n.t("cli.screenshots.no-such-shot", s, String.join(", ", ScreenshotTour.SHOTS)));
        Headless.enableUnless(shot.headless);

        // Settings of this run only: the user's recent libraries and window bounds stay as they were.
        Preferences node = Preferences.userRoot().node("org/entente/screenshots-" + ProcessHandle.current().pid());
        AtomicInteger code = new AtomicInteger(0);
        CountDownLatch finished = new CountDownLatch(1);
        Platform.startup(() -> {
            EntenteApp.applyTheme(chosenTheme);
            AppContext context = new AppContext(new FxTaskExecutor());
            context.theme().set(chosenTheme);
            context.typeScale().set(shot.typeSize);
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, context, new AppPreferences(node));
            stage.setScene(window.createScene(wh[0], wh[1]));
            window.setOpenFailureHandler(error -> {
                System.err.println(I18n.t("cli.screenshots.open-failed", error == null ? I18n.t("cli.screenshots.unknown-error") : error.getMessage()));
                code.set(1);
                finished.countDown();
            });
            stage.show();
            window.openLibrary(parent.library(), true);
            ScreenshotTour.run(window, context, stage, out, shots).whenComplete((files, error) -> {
                if (error != null) {
                    System.err.println(I18n.t("cli.screenshots.failed", error.getMessage()));
                    code.set(1);
                } else {
                    for (Path f : files) System.out.println(I18n.t("cli.screenshots.wrote", f));
                }
                if (context.library() != null) context.library().close();
                context.tasks().shutdown();
                finished.countDown();
            });
        });
        if (!finished.await(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            System.err.println(I18n.t("cli.screenshots.timed-out", TIME_LIMIT_MINUTES));
            code.set(1);
        }
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            System.err.println(I18n.t("cli.screenshots.settings-not-removed", e.getMessage()));
        }
        Platform.exit();
        return code.get();
    }

    static int[] parseSize(String size) {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        if (parts.length != 2) throw new IllegalArgumentException(I18n.t("cli.screenshot.bad-size"));
        return Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
    }
}
