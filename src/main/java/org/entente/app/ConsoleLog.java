package org.entente.app;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * What the console shows of the log. JavaFX warns at every start that it was loaded from the class
 * path ("Unsupported JavaFX configuration…"), which is how {@code java -jar entente.jar} and
 * {@code mvn javafx:run} run it by design; a person at a terminal can do nothing about it, so the
 * console leaves it out. Named in {@code logging.properties} as the console handler's filter.
 */
public final class ConsoleLog implements Filter {
    @Override
    public boolean isLoggable(LogRecord r) { return shown(r); }

    static boolean shown(LogRecord r) {
        String message = r.getMessage();
        return !("javafx".equals(r.getLoggerName()) && message != null && message.startsWith("Unsupported JavaFX configuration"));
    }
}
