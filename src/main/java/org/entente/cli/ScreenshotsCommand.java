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
import org.entente.ui.shell.ScreenshotTour;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.entente.ui.common.TypeScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente screenshots --out DIR}: renders every main view to PNG in one run, headless when there is no display. */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Render every main view (timeline, events, network, trade, an editor form, presentation mode, high contrast, 200 % type, the welcome) to PNG files in DIR and quit.")
public final class ScreenshotsCommand implements Callable<Integer> {
    @ParentCommand EntenteCommand parent;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write NAME.png into (created if missing).")
    Path out;

    @Option(names = "--theme", defaultValue = "light", description = "light, dark or high-contrast (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--type-size", defaultValue = "100", paramLabel = "PERCENT",
            description = "Type size in percent, as View › Type Size: 100, 125, 150, 175, 200, 250 or 300 (default: ${DEFAULT-VALUE}).")
    int typeSize;

    @Option(names = "--size", defaultValue = "1600x1000", description = "Window size WIDTHxHEIGHT (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Only these shots, of: timeline, events, network, trade, un-votes, network-un-votes, editor-event, present, present-events, present-network, present-trade, story, high-contrast, type-200, welcome.")
    List<String> only;

    @Option(names = "--headless", negatable = true, description = "Render without a display (default: when DISPLAY is unset).")
    Boolean headless;

    @Override
    public Integer call() throws Exception {
        int[] wh = ScreenshotsCommand.parseSize(size);
        Theme chosenTheme = Theme.ofKey(theme);
        if (chosenTheme == null)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--theme must be light, dark or high-contrast");
        if (!TypeScale.STEPS.contains(typeSize))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--type-size must be one of " + TypeScale.STEPS);
        List<String> shots = only == null ? ScreenshotTour.SHOTS : only.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        for (String s : shots)
            if (!ScreenshotTour.SHOTS.contains(s))
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "no shot called \"" + s + "\"; shots: " + String.join(", ", ScreenshotTour.SHOTS));
        Headless.enableUnless(headless);

        // Settings of this run only: the user's recent libraries and window bounds stay as they were.
        Preferences node = Preferences.userRoot().node("org/entente/screenshots-" + ProcessHandle.current().pid());
        AtomicInteger code = new AtomicInteger(0);
        CountDownLatch finished = new CountDownLatch(1);
        Platform.startup(() -> {
            EntenteApp.applyTheme(chosenTheme);
            AppContext context = new AppContext(new FxTaskExecutor());
            context.theme().set(chosenTheme);
            context.typeScale().set(typeSize);
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, context, new AppPreferences(node));
            stage.setScene(window.createScene(wh[0], wh[1]));
            window.setOpenFailureHandler(error -> {
                System.err.println("Could not open the library: " + (error == null ? "unknown error" : error.getMessage()));
                code.set(1);
                finished.countDown();
            });
            stage.show();
            window.openLibrary(parent.library(), true);
            ScreenshotTour.run(window, context, stage, out, shots).whenComplete((files, error) -> {
                if (error != null) {
                    System.err.println("Screenshots failed: " + error.getMessage());
                    code.set(1);
                } else {
                    for (Path f : files) System.out.println("wrote " + f);
                }
                if (context.library() != null) context.library().close();
                context.tasks().shutdown();
                finished.countDown();
            });
        });
        if (!finished.await(10, TimeUnit.MINUTES)) {
            System.err.println("Screenshots did not finish within 10 minutes");
            code.set(1);
        }
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            System.err.println("Settings of this run not removed: " + e.getMessage());
        }
        Platform.exit();
        return code.get();
    }

    static int[] parseSize(String size) {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        if (parts.length != 2) throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, e.g. 1600x1000");
        return Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
    }
}
