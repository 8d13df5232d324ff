package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javafx.stage.Stage;
import org.entente.store.Library;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;

/**
 * The real main window for TestFX tests: light theme, a fresh context and preferences node, the
 * scene shown at a given size. Tests keep {@link #window} and {@link #context}, open a library,
 * wait for its background work and close it after each test.
 */
public final class MainWindowFixture {
    public final MainWindow window;
    public final AppContext context;

    private MainWindowFixture(MainWindow window, AppContext context) {
        this.window = window;
        this.context = context;
    }

    /** The preferences node the window remembers its settings in (a fresh one per fixture). */
    public AppPreferences prefs() { return window.prefs(); }

    /** Builds and shows the main window on {@code stage} (call from a {@code @Start} method). */
    public static MainWindowFixture show(Stage stage, double width, double height) {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        AppContext context = new AppContext(new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(width, height));
        stage.show();
        return new MainWindowFixture(window, context);
    }

    /**
     * Selects the view whose tab reads {@code title}, e.g. "Events" — or, in another language, whose
     * tab is the English title's ({@code #tab-events}).
     */
    public MainWindowFixture selectTab(String title) {
        String id = "tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> t.getText().equals(title) || id.equals(t.getId())).findFirst().orElseThrow());
        return this;
    }

    /** The view of class {@code type}, built now if its tab was not shown yet. */
    public <V extends AppView> V view(Class<V> type) {
        return type.cast(window.views().stream().filter(type::isInstance).findFirst().orElseThrow());
    }

    /** Opens {@code library} in the background, as File › Open does. */
    public MainWindowFixture open(Path library) {
        window.openLibrary(library, false);
        return this;
    }

    /** Waits until a library is open and no background task runs, then for pending FX events. */
    public void waitForIdle(int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A new empty library in {@code dir}, named {@code prefix} and a unique number, created and closed. */
    public static Path emptyLibrary(Path dir, String prefix) {
        Path library = dir.resolve(prefix + "-" + System.nanoTime() + ".db");
        org.entente.app.LibraryService.openOrCreateEmpty(library).close();
        return library;
    }

    /**
     * A fresh copy, in {@code dir}, of a library seeded with the starter library. The seeding (slow
     * on a busy machine) happens once per folder; each test then opens its own copy.
     */
    public static Path starterCopy(Path dir) {
        return org.entente.ui.OffFxThread.call(() -> copyStarter(dir));
    }

    private static synchronized Path copyStarter(Path dir) {
        try {
            Path starter = dir.resolve("starter.db");
            if (!java.nio.file.Files.exists(starter)) org.entente.app.LibraryService.openOrCreateWithStarter(starter).close();
            Path copy = dir.resolve("starter-" + System.nanoTime() + ".db");
            java.nio.file.Files.copy(starter, copy);
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Closes every window but the main one (the Stories window, a presenter view, dialogs), lets go
     * of the library and closes it (call from {@code @AfterEach}). A window left showing keeps its owner's whole
     * view graph reachable for the rest of the suite's single fork.
     */
    public void closeLibrary() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (javafx.stage.Window w : java.util.List.copyOf(javafx.stage.Window.getWindows()))
                if (w != window.stage()) w.hide();
        });
        Library lib = context.library();
        // No library: the daily-backup timers stop and the watcher closes, so nothing the FX
        // runtime keeps running still holds this window's views.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> context.setLibrary(null));
        if (lib != null) lib.close();
    }
}
