package org.entente.ui.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.LibraryService;
import org.entente.model.Slide;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;

/**
 * A check by hand on a real display, not a test: the screens JavaFX reports, and where the main
 * window (the slides) and the presenter view land when a story plays with the presenter view. Run
 * with a display of two screens, e.g. {@code Xvfb :77 +xinerama -screen 0 1920x1080x24 -screen 1
 * 1280x800x24} and {@code DISPLAY=:77 java -cp <test classpath> org.entente.ui.story.TwoScreenCheck [x y]}
 * (the main window's place before playing; default 100 100). Prints what it sees (docs/stories.md).
 */
public final class TwoScreenCheck {
    private TwoScreenCheck() {}

    public static void main(String[] args) throws Exception {
        double x = args.length > 1 ? Double.parseDouble(args[0]) : 100, y = args.length > 1 ? Double.parseDouble(args[1]) : 100;
        Path library = Files.createTempDirectory("two-screens").resolve("lib.entente");
        LibraryService.openOrCreateWithStarter(library).close();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        fx(() -> {
            for (Screen s : Screen.getScreens())
                System.out.printf(Locale.ROOT, "screen %s (visual %s)%s%n", s.getBounds(), s.getVisualBounds(),
                        s.equals(Screen.getPrimary()) ? " primary" : "");
            return null;
        });
        AppContext context = fx(() -> new AppContext(new FxTaskExecutor()));
        MainWindow[] main = new MainWindow[1];
        Stage stage = fx(() -> {
            EntenteApp.applyTheme(Theme.LIGHT);
            Stage s = new Stage();
            MainWindow w = new MainWindow(s, context, new AppPreferences(Preferences.userRoot().node("org/entente/two-screens-" + System.nanoTime())));
            s.setScene(w.createScene(1000, 700));
            s.setX(x);
            s.setY(y);
            s.show();
            w.openLibrary(library, false);
            main[0] = w;
            return s;
        });
        Thread.sleep(3000);
        print("main window before playing", stage);
        StoryPlayer player = fx(() -> {
            MainWindow host = main[0];
            List<Slide> slides = List.of(new Slide(0, "One", "Notes one", host.captureState()), new Slide(0, "Two", "", host.captureState()));
            StoryPlayer p = new StoryPlayer(host, slides);
            p.play(0, true);
            return p;
        });
        Thread.sleep(3000);
        print("main window playing", stage);
        System.out.println(fx(() -> {
            StringBuilder out = new StringBuilder();
            for (Window w : Window.getWindows())
                if (w instanceof Stage s && "Presenter view".equals(s.getTitle())) out.append(describe("presenter view", s));
            return out.length() == 0 ? "presenter view: not showing" : out.toString();
        }));
        fx(() -> {
            player.stop();
            return null;
        });
        Thread.sleep(2000);
        print("main window after Esc", stage);
        Platform.exit();
        System.exit(0);
    }

    private static void print(String what, Stage s) throws Exception {
        System.out.println(fx(() -> describe(what, s)));
    }

    /** On the FX thread: the stage's place and size and the screen it is on. */
    private static String describe(String what, Stage s) {
        Screen on = Screen.getScreensForRectangle(s.getX(), s.getY(), s.getWidth(), s.getHeight()).stream().findFirst().orElse(null);
        return String.format(Locale.ROOT, "%s: x=%.0f y=%.0f %.0fx%.0f fullScreen=%s on screen %s", what, s.getX(), s.getY(), s.getWidth(),
                s.getHeight(), s.isFullScreen(), on == null ? "none" : on.getBounds());
    }

    private static <T> T fx(Supplier<T> work) throws Exception { return org.entente.bench.HeadlessWindow.fx(work); }
}
