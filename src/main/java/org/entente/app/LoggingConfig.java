package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * The app's logging configuration ({@code /logging.properties}), read by the JDK's LogManager as it
 * starts ({@code java.util.logging.config.class}): whichever thread logs first, the toolkit's as it
 * starts beside the main thread or the main thread itself, finds the console as configured.
 */
public final class LoggingConfig {
    public LoggingConfig() {
        try (InputStream in = LoggingConfig.class.getResourceAsStream("/logging.properties")) {
            if (in != null) LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            System.err.println(org.entente.i18n.I18n.t("cli.launcher.logging-not-read", e.getMessage()));
        }
    }
}
