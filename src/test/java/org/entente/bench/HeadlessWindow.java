package org.entente.bench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;

/**
 * The real main window for a benchmark's main method: Monocle headless, Prism's software
 * pipeline, a library opened in it, every view built; and the two waits such a benchmark needs.
 */
public final class HeadlessWindow {
    public final MainWindow window;
    public final AppContext context;

    private HeadlessWindow(MainWindow window, AppContext context) {
        this.window = window;
        this.context = context;
    }

    /** Starts JavaFX headless and shows the main window at {@code width × height} on {@code library}, all views built and loaded. */
    public static HeadlessWindow open(Path library, int width, int height) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext context = fx(() -> new AppContext(new FxTaskExecutor()));
        MainWindow window = fx(() -> {
            EntenteApp.applyTheme(Theme.LIGHT);
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/bench-" + System.nanoTime())));
            stage.setScene(w.createScene(width, height));
            stage.show();
            w.openLibrary(library, false);
            return w;
        });
        HeadlessWindow h = new HeadlessWindow(window, context);
        h.waitIdle();
        fx(window::views);
        h.waitIdle();
        return h;
    }

    /** The view of class {@code type}; on the FX thread. */
    public <V> V view(Class<V> type) {
        return type.cast(window.views().stream().filter(type::isInstance).findFirst().orElseThrow());
    }

    /** Waits until a library is open and no background task has run for five polls of 50 ms. */
    public void waitIdle() throws Exception {
        int quiet = 0;
        for (int i = 0; i < 6000 && quiet < 5; i++) {
            Thread.sleep(50);
            boolean idle = fx(() -> context.library() != null && context.tasks().idleProperty().get());
            quiet = idle ? quiet + 1 : 0;
        }
    }

    /** Closes the library and ends the JVM. */
    public void exit() throws Exception {
        fx(() -> {
            context.library().close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    /** {@code work}'s result, computed on the FX thread. */
    public static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get();
    }
}
