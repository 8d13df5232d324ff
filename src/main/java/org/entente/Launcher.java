package org.entente;

import org.entente.cli.AppArguments;
import org.entente.cli.EntenteCommand;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.LaunchOptions;

/**
 * The main class. It does not extend {@code Application}, so the app runs from a plain class path
 * ({@code java -jar target/entente.jar}) as well as from {@code mvn javafx:run}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Before anything can log (the toolkit, prestarted below, logs from its own thread).
        if (System.getProperty("java.util.logging.config.file") == null && System.getProperty("java.util.logging.config.class") == null)
            System.setProperty("java.util.logging.config.class", org.entente.app.LoggingConfig.class.getName());
        // -Dentente.prestart=false turns it off, to measure what it saves (BENCHMARKS.md).
        boolean app = AppArguments.startTheApp(args);
        if (app && !"false".equals(System.getProperty("entente.prestart"))) {
            EntenteApp.prestartToolkit();
        }
        configureLogging();
        // The texts are in the system's language (I18n starts in it) unless --language asks for
        // another: it is set as the arguments are read (by picocli while it parses them), before any
        // command prints or the app starts. The app's plain arguments are read without picocli (start-up, #13).
        AppArguments plain = app ? AppArguments.read(args) : null;
        int code;
        if (plain != null) {
            if (plain.language() != null) org.entente.i18n.I18n.fixLocale(plain.language());
            try {
                code = EntenteApp.launch(new LaunchOptions(plain.library(), plain.measureStartup(), null));
            } catch (RuntimeException e) {
                // As picocli reports what its command threw: the trace, and exit code 1.
                e.printStackTrace();
                code = 1;
            }
        } else {
            code = EntenteCommand.commandLine().execute(args);
        }
        System.exit(code);
    }

    /** The log file beside the console ({@link org.entente.app.LoggingConfig} configured both when the LogManager started). */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        org.entente.app.LogFiles.install();
    }
}
