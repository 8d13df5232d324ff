package org.entente.ui.help;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.LogFiles;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;


/**
 * What a user sees when a bug escapes: an uncaught exception on any thread is logged and shown in a
 * dialog with its details and "Copy details", and the app goes on (the FX thread keeps running its
 * event loop). Further errors while the dialog is open are added to it rather than opening a stack
 * of dialogs (layout in unexpected-error.fxml).
 */
public final class UnexpectedErrorDialog {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorDialog.class.getName());
    private static UnexpectedErrorDialog open;

    @FXML private Label messageLabel;
    @FXML private Label logLabel;
    @FXML private TextArea detailsArea;
    @FXML private Button copyButton;
    @FXML private Button closeButton;
    private final Stage stage;

    private UnexpectedErrorDialog(Window owner, AppContext context) {
        stage = HelpWindows.stage(owner, I18n.t("shell.error.title"), Fxml.load(UnexpectedErrorDialog.class.getResource("UnexpectedErrorDialog.fxml"), this), context);
        logLabel.setText(I18n.t("shell.error.log", LogFiles.current()));
        copyButton.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(detailsArea.getText());
            Clipboard.getSystemClipboard().setContent(c);
            copyButton.setText(I18n.t("shell.error.copied"));
        });
        closeButton.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> open = null);
    }

    /**
     * Catches uncaught exceptions of every thread from now on, logging each and showing it over
     * {@code owner} in the theme and type size of {@code context} at that moment (View › Language
     * replaces the main window's context).
     */
    public static void install(Window owner, Supplier<AppContext> context) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Uncaught exception on thread " + thread.getName(), error);
            String details = details(thread, error);
            try {
                if (Platform.isFxApplicationThread()) show(owner, context.get(), error, details);
                else Platform.runLater(() -> show(owner, context.get(), error, details));
            } catch (RuntimeException | Error e) {
                // The toolkit is gone or the dialog itself failed: the log and standard error must do.
                System.err.println(details);
            }
        });
    }

    /** Shows {@code error} (or adds it to the dialog already open); call on the FX thread. */
    static Stage show(Window owner, AppContext context, Throwable error, String details) {
        if (open == null) {
            open = new UnexpectedErrorDialog(owner, context);
            open.messageLabel.setText(I18n.t("shell.error.message", summary(error)));
            open.detailsArea.setText(details);
            open.stage.show();
        } else {
            open.detailsArea.appendText("\n\n" + details);
            open.copyButton.setText(I18n.t("shell.error.copy"));
        }
        return open.stage;
    }

    static String summary(Throwable error) {
        String m = error.getMessage();
        return error.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m.strip() + ")");
    }

    /** Version, platform, thread and stack trace: what a developer needs to find the bug. */
    static String details(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Entente " + HelpWindows.version() + ", Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n"
                + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", thread \"" + thread.getName() + "\"\n"
                + trace.toString().stripTrailing();
    }
}
