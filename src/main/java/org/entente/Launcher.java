package org.entente;

import java.io.InputStream;
import java.util.logging.LogManager;

import org.entente.cli.EntenteCommand;
import picocli.CommandLine;

/**
 * The main class. It does not extend {@code Application}, so the app runs from a plain class path
 * ({@code java -jar target/entente.jar}) as well as from {@code mvn javafx:run}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        configureLogging();
        int code = new CommandLine(new EntenteCommand()).execute(args);
        System.exit(code);
    }

    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) return;
        try (InputStream in = Launcher.class.getResourceAsStream("/logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        } catch (java.io.IOException e) {
            System.err.println("Logging configuration not read: " + e.getMessage());
        }
    }
}
