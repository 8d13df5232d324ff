package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** The console leaves out JavaFX's class-path warning at start, and nothing else. */
class ConsoleLogTest {
    private static LogRecord record(String logger, Level level, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(logger);
        return r;
    }

    @Test
    void javaFxsClassPathWarningIsLeftOutAndEveryOtherRecordShown() {
        assertThat(ConsoleLog.shown(record("javafx", Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'"))).isFalse();
        assertThat(ConsoleLog.shown(record("javafx", Level.WARNING, "Loading FXML document with JavaFX API of version 21"))).isTrue();
        assertThat(ConsoleLog.shown(record("org.entente.store.Library", Level.WARNING,
                "Unsupported JavaFX configuration, said by someone else"))).isTrue();
        assertThat(ConsoleLog.shown(record("javafx", Level.SEVERE, null))).isTrue();
    }

    @Test
    void itIsTheRootLoggersConsoleHandlersFilter() {
        Logger root = Logger.getLogger("");
        ConsoleHandler console = new ConsoleHandler();
        root.addHandler(console);
        try {
            ConsoleLog.install();
            assertThat(console.getFilter()).isSameAs(ConsoleLog.FILTER);
            assertThat(console.isLoggable(record("javafx", Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'"))).isFalse();
            assertThat(console.isLoggable(record("javafx", Level.WARNING, "Something else"))).isTrue();
        } finally {
            root.removeHandler(console);
        }
    }
}
