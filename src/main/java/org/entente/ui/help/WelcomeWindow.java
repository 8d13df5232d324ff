package org.entente.ui.help;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.exchange.ImportFormat;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.Fxml;


/**
 * The first minute: a short welcome over the starter library, shown once, on the first run, when the
 * library has opened; it says what each view is for, how to import one's own files and where the library
 * lives. "Start exploring" dismisses it for good; Help › Welcome shows it again (layout in WelcomeWindow.fxml).
 */
public final class WelcomeWindow {
    /** Set once the welcome has been dismissed. */
    static final String DISMISSED = "welcome.dismissed";

    @FXML private Label formatsLabel;
    @FXML private Label libraryLabel;
    @FXML private Button startButton;
    private final Stage stage;

    private WelcomeWindow(Window owner, Path library, Runnable dismissed, AppContext context) {
        stage = HelpWindows.stage(owner, I18n.t("shell.welcome.title"), Fxml.load(WelcomeWindow.class.getResource("WelcomeWindow.fxml"), this), context);
        formatsLabel.setText(Arrays.stream(ImportFormat.values()).map(ImportFormat::label).collect(Collectors.joining(", ")) + ".");
        libraryLabel.setText(library == null ? I18n.t("shell.welcome.no-library") : library.toAbsolutePath().toString());
        startButton.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> dismissed.run());
    }

    /** True if the welcome shows when Entente next starts: it has not been dismissed, or was asked for again. */
    public static boolean showsAtNextStart(AppPreferences prefs) { return !prefs.getBoolean(DISMISSED, false); }

    /** Has the welcome shown at the next start (until it is dismissed there), or not (Edit › Preferences…). */
    public static void showAtNextStart(AppPreferences prefs, boolean show) { prefs.putBoolean(DISMISSED, !show); }

    /** Shows the welcome now (Help › Welcome). */
    public static Stage show(Window owner, Path library, AppContext context) {
        WelcomeWindow w = new WelcomeWindow(owner, library, () -> {}, context);
        w.stage.show();
        return w.stage;
    }

    /**
     * On the first run (nothing in {@code prefs} says the welcome was dismissed), shows the welcome as soon as
     * {@code context}'s library is open, and remembers when it is dismissed.
     */
    public static void showOnFirstRun(Window owner, AppContext context, AppPreferences prefs) {
        if (prefs.getBoolean(DISMISSED, false)) return;
        ChangeListener<Library> whenOpen = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Library> obs, Library old, Library library) {
                if (library == null) return;
                context.libraryProperty().removeListener(this);
                new WelcomeWindow(owner, library.file(), () -> prefs.putBoolean(DISMISSED, true), context).stage.show();
            }
        };
        if (context.library() != null) whenOpen.changed(context.libraryProperty(), null, context.library());
        else context.libraryProperty().addListener(whenOpen);
    }
}
