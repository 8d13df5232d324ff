package org.entente.ui.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;
import org.entente.app.LibraryService;
import org.entente.bench.HeadlessWindow;
import org.entente.model.Slide;
import org.entente.ui.common.AppContext;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.timeline.TimelineAppView;

/**
 * The time to write a 10-slide story as one PDF at 1920×1080 and 2× (3840×2160 pictures): the
 * real main window (Monocle headless, Prism's software pipeline) on the starter library, or on a
 * library file given; slides alternate the timeline (several ranges), the network and the
 * measures. Prints the wall-clock time of each of five exports after one warm-up, and the PDF's size.
 * Usage: {@code java -cp <test classpath> org.entente.ui.story.StoryPdfBench [library.entente]}
 */
public final class StoryPdfBench {
    private StoryPdfBench() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("story-pdf");
        Path library = work.resolve("lib.entente");
        if (args.length > 0) Files.copy(Path.of(args[0]), library);
        else LibraryService.openOrCreateWithStarter(library).close();

        HeadlessWindow app = HeadlessWindow.open(library, 1920, 1080);
        MainWindow window = app.window;
        AppContext context = app.context;

        // Ten slides: the timeline on six ranges, the network on two dates, the measures twice.
        List<Slide> slides = new ArrayList<>();
        TimelineAppView timeline = fx(() -> app.view(TimelineAppView.class));
        NetworkAppView network = fx(() -> app.view(NetworkAppView.class));
        for (int i = 0; i < 10; i++) {
            int k = i;
            fx(() -> {
                if (k % 5 < 2 || k % 5 == 4) {
                    window.tabs().getSelectionModel().select(0);
                    timeline.timeline().zoomTo(LocalDate.of(2008 + k, 1, 1), LocalDate.of(2012 + k, 12, 31));
                } else if (k % 5 == 2) {
                    window.tabs().getSelectionModel().select(2);
                    network.viewModel().date().set(LocalDate.of(2010 + k, 6, 30));
                } else {
                    window.tabs().getSelectionModel().select(3);
                }
                return null;
            });
            app.waitIdle();
            slides.add(fx(() -> new Slide(0, "Slide " + (k + 1), "", window.captureState())));
        }

        System.out.printf(Locale.ROOT, "10 slides at 1920x1080, 2x (3840x2160 pictures)%n");
        for (int run = 0; run < 6; run++) {
            Path pdf = work.resolve("story-" + run + ".pdf");
            long t0 = System.nanoTime();
            StoryExport.PdfSink sink = new StoryExport.PdfSink(slides, 2, "Bench", pdf);
            StoryExport export = new StoryExport(window, context);
            CompletableFuture<Void> taken = new CompletableFuture<>();
            Platform.runLater(() -> export.capture(slides, 2, sink.wantsDrawings(), sink::accept, (d, t) -> { }, () -> false)
                    .whenComplete((v, e) -> {
                        if (e != null) taken.completeExceptionally(e);
                        else taken.complete(null);
                    }));
            taken.get();
            long t1 = System.nanoTime();
            try (sink) {
                sink.finish();
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: %.2f s in all (slides taken %.2f s, the writing after the last %.2f s), %,d KB%n",
                    run == 0 ? "warm-up" : "run " + run, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, Files.size(pdf) / 1024);
        }
        app.exit();
    }

    private static <T> T fx(Supplier<T> work) throws Exception { return HeadlessWindow.fx(work); }
}
