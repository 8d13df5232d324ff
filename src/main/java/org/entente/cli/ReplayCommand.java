package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import org.entente.app.LibraryService;
import org.entente.app.network.NetworkData;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.app.task.TaskProgress;
import org.entente.controls.network.NetworkStyle;
import org.entente.controls.network.NetworkView;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import org.entente.ui.network.NetworkReplay;
import org.entente.ui.network.NetworkViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code entente replay --from 2008 --to 2024 --step year --size 1280x720 out.gif}: the network's
 * partnerships over time as an animated GIF (or an MP4 video when OUT ends in ".mp4"), drawn as the
 * Network view's Export › Replay as GIF or MP4…
 * draws it, with the force-directed layout the view shows at the last date (pinned countries where
 * they were pinned).
 */
@Command(name = "replay", mixinStandardHelpOptions = true)
public final class ReplayCommand extends EntenteSubcommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.help.replay.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.help.replay.to")
    String to;

    @Option(names = "--step", defaultValue = "year", paramLabel = "month|year", descriptionKey = "cli.help.replay.step")
    String step;

    @Option(names = "--size", defaultValue = "1280x720", paramLabel = "WIDTHxHEIGHT", descriptionKey = "cli.help.replay.size")
    String size;

    @Option(names = "--seconds", defaultValue = "1", paramLabel = "S", descriptionKey = "cli.help.replay.seconds")
    double seconds;

    @Option(names = "--dark", descriptionKey = "cli.help.replay.dark")
    boolean dark;

    @Option(names = "--headless", negatable = true, descriptionKey = "cli.help.replay.headless")
    Boolean headless;

    @Parameters(index = "0", paramLabel = "OUT.gif", descriptionKey = "cli.help.replay.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        NetworkViewModel.Step frameStep = switch (step.strip().toLowerCase(Locale.ROOT)) {
            case "month" -> NetworkViewModel.Step.MONTH;
            case "year" -> NetworkViewModel.Step.YEAR;
            default -> throw new ParameterException(spec.commandLine(), I18n.t("cli.replay.bad-step", step));
        };
        PrintWriter err = spec.commandLine().getErr();
        if (existingLibraryUnusable("cli.library.missing.replay")) return 1;
        NetworkData data;
        try (Library library = LibraryService.openOrCreateEmpty(parent.library())) {
            data = NetworkData.read(library);
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        }
        NetworkReplay.Options options;
        try {
            options = NetworkReplay.Options.parse(from != null ? from : LocalDate.ofEpochDay(data.firstDay()).toString(),
                    to != null ? to : LocalDate.ofEpochDay(data.lastDay()).toString(), frameStep, size, seconds, NetworkReplay.Format.of(out));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // The view's frames and layout, run at once on this thread: the layout of the last frame's date.
        NetworkViewModel vm = new NetworkViewModel(new CurrentThreadTaskExecutor());
        vm.show(data, options.dates().get(options.dates().size() - 1));
        NetworkStyle style = style(dark);
        try {
            org.entente.app.AtomicFile.writeSeekable(out, file -> NetworkReplay.write(options, vm.frames(), vm.positions().get(), style, file, TaskProgress.NONE));
        } catch (java.io.IOException e) {
            err.println(I18n.t("cli.replay.write-failed", out, e.getMessage()));
            return 1;
        }
        // The size as --size takes it (no grouping), whatever the language.
        spec.commandLine().getOut().println(I18n.t("cli.replay.done", options.dates().size(), String.valueOf(options.width()),
                String.valueOf(options.height()), seconds, out));
        return 0;
    }

    /** The network view's colours and type as its stylesheet sets them (light, or dark). */
    private NetworkStyle style(boolean darkTheme) throws Exception {
        Headless.enableUnless(headless);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started earlier in this JVM (tests)
        }
        FutureTask<NetworkStyle> read = new FutureTask<>(() -> {
            NetworkView view = new NetworkView();
            StackPane root = new StackPane(view);
            if (darkTheme) root.getStyleClass().add("dark");
            new Scene(root, 200, 200);
            root.applyCss();
            return view.style();
        });
        Platform.runLater(read);
        return read.get(60, TimeUnit.SECONDS);
    }
}
