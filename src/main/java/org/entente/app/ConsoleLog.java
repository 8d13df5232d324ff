package org.entente.app;

import java.util.logging.ConsoleHandler;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the console shows of the log. JavaFX warns at every start that it was loaded from the class
 * path ("Unsupported JavaFX configuration…"), which is how {@code java -jar entente.jar} and
 * {@code mvn javafx:run} run it by design; a person at a terminal can do nothing about it, so the
 * console leaves it out. The log file keeps it.
 */
public final class ConsoleLog {
    private ConsoleLog() {}

    /** Leaves the class-path warning out of every console handler of the root logger. */
    public static void install() {
        for (Handler h : Logger.getLogger("").getHandlers())
            if (h instanceof ConsoleHandler) h.setFilter(FILTER);
    }

    /** Passes every record but JavaFX's class-path warning. */
    static final Filter FILTER = ConsoleLog::shown;

    static boolean shown(LogRecord r) {
        String message = r.getMessage();
        return !("javafx".equals(r.getLoggerName()) && message != null && message.startsWith("Unsupported JavaFX configuration"));
    }
}
