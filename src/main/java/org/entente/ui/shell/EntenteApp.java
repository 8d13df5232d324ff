package org.entente.ui.shell;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.AppTab;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.entente.ui.common.TypeScale;

/** The JavaFX application: shows the window at once, then opens the library in the background. */
public final class EntenteApp extends Application {
    private static final Logger LOG = Logger.getLogger(EntenteApp.class.getName());
    private static volatile LaunchOptions options;
    private static volatile int exitCode;
    private static volatile AppPreferences preferences;

    private AppContext context;
    private FxTaskExecutor tasks;

    /**
     * Starts the JavaFX toolkit on a background thread, so that it initialises (about a third of
     * the time to the first frame) while the command line is parsed and the app's classes load.
     * Only for a plain start of the app: the screenshot command must choose its headless platform
     * before the toolkit starts.
     */
    public static void prestartToolkit() {
        Thread starter = new Thread(EntenteApp::startToolkit, "JavaFX toolkit start");
        starter.setDaemon(true);
        starter.start();
    }

    private static void startToolkit() {
        if (toolkitRequested.getAndSet(true)) return;
        try {
            Platform.startup(toolkitStarted::countDown);
        } catch (RuntimeException | Error e) {
            // No window can open (no display, no GTK): say so and quit rather than wait for a toolkit forever.
            toolkitFailure = e;
            toolkitStarted.countDown();
        }
    }

    private static volatile Throwable toolkitFailure;

    private static final java.util.concurrent.atomic.AtomicBoolean toolkitRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private static final CountDownLatch toolkitStarted = new CountDownLatch(1);

    /**
     * Starts the UI and blocks until its window closes; returns the process exit code. The
     * toolkit is started with {@link Platform#startup} rather than {@code Application.launch} so
     * that {@link #prestartToolkit()} can overlap it with the rest of start-up.
     */
    public static int launch(LaunchOptions launchOptions) {
        options = launchOptions;
        startToolkit();
        // The main thread would only wait for the toolkit now: read the settings meanwhile
        // (java.util.prefs parses its XML file) instead of on the FX thread before the first frame.
        preferences = AppPreferences.user().preload();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            toolkitStarted.await();
            if (toolkitFailure != null) {
                System.err.println(I18n.t(System.getProperty("os.name", "").startsWith("Linux") ? "shell.start.no-window.linux" : "shell.start.no-window",
                        toolkitFailure.getMessage()));
                return 1;
            }
            Platform.runLater(() -> {
                EntenteApp app = new EntenteApp();
                Stage stage = new Stage();
                stage.setOnHidden(e -> {
                    app.stop();
                    closed.countDown();
                });
                try {
                    app.start(stage);
                } catch (RuntimeException | Error e) {
                    LOG.log(Level.SEVERE, "Entente could not start", e);
                    exitCode = 1;
                    stage.hide();
                    closed.countDown();
                }
            });
            loadIconFont();
            loadWindowIcon();
            closed.await();
            Platform.exit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return exitCode;
    }

    /**
     * Loads the icon font here on the main thread while the FX thread builds the window (the
     * window's first icon would otherwise load it there: Ikonli copies the 1.3 MB font to a
     * temporary file and JavaFX parses it). Ikonli's loading is synchronised, so an icon made on
     * the FX thread meanwhile waits for the same font rather than loading it twice.
     */
    private static void loadIconFont() {
        try {
            new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Icon font not preloaded; the window loads it", e);
        }
    }

    /**
     * Decodes the window's icon here on the main thread while the FX thread builds the window, which
     * would otherwise decode its six PNG sizes just before it is shown (about 30 ms of a start).
     */
    private static void loadWindowIcon() {
        try {
            org.entente.ui.help.AppIcon.images();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Window icon not preloaded; the window loads it", e);
        }
    }

    /**
     * Applies the theme's user-agent stylesheet to every window: AtlantaFX Primer light or dark, or
     * the high-contrast one, which imports Primer dark and replaces its colours.
     */
    public static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheetBSS();
            case DARK -> new PrimerDark().getUserAgentStylesheetBSS();
            case HIGH_CONTRAST -> org.entente.ui.common.AppStyles.highContrast();
        });
    }

    /**
     * Sets the context's theme, type size and large type as the preferences remember them, applies
     * the theme, and remembers every later change (the main window applies a changed theme).
     */
    public static void rememberDisplaySettings(AppContext context, AppPreferences prefs) {
        context.theme().set(rememberedTheme(prefs));
        context.largeType().set(prefs.getBoolean("largeType", false));
        context.typeScale().set(TypeScale.nearest(prefs.getInt("typeScale", TypeScale.NORMAL)));
        applyTheme(context.theme().get());
        context.theme().addListener((obs, o, theme) -> prefs.putString("theme", theme.key()));
        context.largeType().addListener((obs, o, on) -> prefs.putBoolean("largeType", on));
        context.typeScale().addListener((obs, o, size) -> prefs.putInt("typeScale", size.intValue()));
    }

    /** The remembered theme: "theme" (light, dark, high-contrast), else the older "darkTheme" switch. */
    static Theme rememberedTheme(AppPreferences prefs) {
        Theme t = Theme.ofKey(prefs.getString("theme", null));
        return t != null ? t : prefs.getBoolean("darkTheme", false) ? Theme.DARK : Theme.LIGHT;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions opts = options;
        AppPreferences prefs = preferences != null ? preferences : AppPreferences.user();
        LaunchOptions.Screenshot shot = opts.screenshot();
        // The language first: texts are read as the window is built. A screenshot shows the
        // language of the run (--language, else the system's), not this user's choice.
        if (shot == null) LanguageSwitch.applyRemembered(prefs);
        tasks = new FxTaskExecutor();
        context = new AppContext(tasks);
        if (shot != null) {
            context.theme().set(shot.theme());
            context.largeType().set(shot.largeType());
            context.typeScale().set(shot.typeScale());
            applyTheme(shot.theme());
        } else rememberDisplaySettings(context, prefs);

        MainWindow window = new MainWindow(stage, context, prefs);
        // View › Language puts a new window (and context) on the stage: stop() closes that one's library.
        window.setOnRebuilt(rebuilt -> {
            context = rebuilt.context();
            tasks = rebuilt.context().tasks();
        });
        double w = shot != null ? shot.width() : prefs.getDouble("window.width", 1280);
        double h = shot != null ? shot.height() : prefs.getDouble("window.height", 800);
        Scene scene = window.createScene(w, h);
        stage.setScene(scene);
        stage.setTitle("Entente");
        org.entente.ui.help.AppIcon.apply(stage);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        if (shot == null) {
            double x = prefs.getDouble("window.x", Double.NaN), y = prefs.getDouble("window.y", Double.NaN);
            if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y)) {
                stage.setX(x);
                stage.setY(y);
            }
            stage.setMaximized(prefs.getBoolean("window.maximized", false));
            // On hiding rather than on a close request, so File > Quit remembers the bounds too.
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
                prefs.putBoolean("window.maximized", stage.isMaximized());
                if (!stage.isMaximized() && !stage.isFullScreen()) {
                    prefs.putDouble("window.x", stage.getX());
                    prefs.putDouble("window.y", stage.getY());
                    prefs.putDouble("window.width", stage.getScene().getWidth());
                    prefs.putDouble("window.height", stage.getScene().getHeight());
                }
            });
        }
        if (opts.measureStartup()) {
            // Registered before the marks, so it runs before them in every frame: the marks of one frame read one time.
            scene.addPostLayoutPulseListener(() -> frameAt = sinceJvmStart());
            atNextFrame(scene, () -> System.out.println("first frame: " + frameAt + " ms"));
            // "Library shown" is the frame drawn after the last start-up task ended (the timeline's
            // window of events applied), not the moment the quiet period that confirms it is over.
            tasks.idleProperty().addListener((obs, was, idle) -> {
                if (idle && context.library() != null) atNextFrame(scene, () -> libraryDrawnAt = frameAt);
            });
            window.whenBuilt(AppTab.TIMELINE, view -> printTimelineMarks(scene, (org.entente.ui.timeline.TimelineAppView) view));
        }
        if (opts.measureStartup() || shot != null) {
            window.setOpenFailureHandler(error -> {
                System.err.println(I18n.t("shell.start.open-failed",
                        error == null ? I18n.t("shell.start.unknown-error") : error.getMessage() != null ? error.getMessage() : error.toString()));
                exitCode = 1;
                stage.hide();
            });
        }
        org.entente.ui.help.UnexpectedErrorDialog.install(stage, () -> context);
        if (!opts.measureStartup() && shot == null) org.entente.ui.help.WelcomeWindow.showOnFirstRun(stage, context, prefs);
        stage.show();
        window.openLibrary(opts.library(), true);

        if (opts.measureStartup() || shot != null) {
            // Wait for the library and every view's first load, then measure or snapshot.
            whenSettled(scene, () -> {
                if (opts.measureStartup()) {
                    System.out.println("library shown: " + (libraryDrawnAt > 0 ? libraryDrawnAt : sinceJvmStart()) + " ms");
                    // What "library shown" printed before session 13, for comparing with older figures.
                    System.out.println("settled (quiet 0.4 s): " + sinceJvmStart() + " ms");
                }
                if (shot != null) {
                    // The view by its stable name ("events") or its tab's title in the language of the run.
                    String id = AppTab.of(shot.view()).map(t -> "tab-" + t.key()).orElse(null);
                    Optional<Tab> tab = window.tabs().getTabs().stream().filter(t -> t.getId().equals(id)).findFirst();
                    if (tab.isEmpty()) {
                        System.err.println(I18n.t("shell.screenshot.no-view", shot.view(),
                                String.join(", ", window.tabs().getTabs().stream().map(Tab::getText).toList())));
                        exitCode = 2;
                        stage.hide();
                        return;
                    }
                    window.tabs().getSelectionModel().select(tab.get());
                    if (shot.select() != null) {
                        var library = context.library();
                        tasks.run(I18n.t("shell.task.finding", shot.select()), () -> library.events().search(shot.select(), 1),
                                hits -> { if (!hits.isEmpty()) context.selectedEventId().set(hits.get(0).event().id()); });
                    }
                    whenSettled(scene, () -> {
                        snapshot(scene, shot);
                        stage.hide();
                    });
                } else stage.hide();
            });
        }
    }

    private void snapshot(Scene scene, LaunchOptions.Screenshot shot) {
        try {
            SnapshotParameters params = new SnapshotParameters();
            if (shot.scale() != 1) params.setTransform(Transform.scale(shot.scale(), shot.scale()));
            WritableImage image = new WritableImage((int) Math.round(scene.getWidth() * shot.scale()),
                    (int) Math.round(scene.getHeight() * shot.scale()));
            scene.getRoot().snapshot(params, image);
            java.nio.file.Path out = shot.out().toAbsolutePath();
            if (out.getParent() != null) java.nio.file.Files.createDirectories(out.getParent());
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            System.out.println("wrote " + out + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + ")");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Screenshot failed", e);
            exitCode = 1;
        }
    }

    /** Runs {@code then} once the library is open, no task has run for 0.4 s and a frame has been laid out since (or after 2 minutes). */
    private void whenSettled(Scene scene, Runnable then) {
        QuietWait.until(scene, () -> tasks.idleProperty().get() && context.library() != null, 400, 1200, then, then);
    }

    /**
     * --measure-startup's marks for the timeline: "timeline drawn" at the frame after its first window
     * of events was applied, and, when that was a provisional overview (a big library's first view,
     * drawn from the lane summary), "timeline in full" at the frame after the overview that replaced it.
     */
    private void printTimelineMarks(Scene scene, org.entente.ui.timeline.TimelineAppView view) {
        var loaded = view.model().loadedProperty();
        loaded.addListener(new javafx.beans.value.ChangeListener<>() {
            boolean drawn;

            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.entente.app.timeline.TimelineLoader.WindowData> obs,
                                org.entente.app.timeline.TimelineLoader.WindowData was,
                                org.entente.app.timeline.TimelineLoader.WindowData data) {
                if (data == null) return;
                if (!drawn) {
                    drawn = true;
                    boolean provisional = data.provisional();
                    atNextFrame(scene, () -> System.out.println("timeline drawn: " + frameAt + " ms"
                            + (provisional ? " (provisional overview)" : "")));
                    if (!provisional) loaded.removeListener(this);
                } else if (!data.provisional()) {
                    loaded.removeListener(this);
                    atNextFrame(scene, () -> System.out.println("timeline in full: " + frameAt + " ms"));
                }
            }
        });
    }

    /** When the frame after the last finished task was laid out, in ms since the JVM's start (--measure-startup). */
    private long libraryDrawnAt = -1;

    /** When the frame being laid out began its post-layout work, in ms since the JVM's start (--measure-startup). */
    private long frameAt = -1;

    /**
     * Runs {@code then} after the layout of the next frame, and asks for that frame: a change that
     * dirties nothing (the same items again) would otherwise leave the mark waiting for a pulse.
     */
    private static void atNextFrame(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static boolean onSomeScreen(double x, double y) {
        return javafx.stage.Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().contains(x + 20, y + 20));
    }

    @Override
    public void stop() {
        if (tasks != null) tasks.shutdown();
        if (context != null && context.library() != null) {
            try {
                context.library().close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the library failed", e);
            }
        }
    }
}
