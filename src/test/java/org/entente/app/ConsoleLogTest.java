package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;

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
    void theAppsLoggingConfigurationNamesItAsTheConsolesFilter() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = ConsoleLogTest.class.getResourceAsStream("/logging.properties")) {
            config.load(in);
        }
        String filter = config.getProperty("java.util.logging.ConsoleHandler.filter");
        assertThat(filter).isEqualTo(ConsoleLog.class.getName());
        // As the LogManager makes it: by name, through its no-argument constructor.
        var made = (java.util.logging.Filter) Class.forName(filter).getDeclaredConstructor().newInstance();
        assertThat(made.isLoggable(record("javafx", Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'"))).isFalse();
        assertThat(made.isLoggable(record("javafx", Level.WARNING, "Something else"))).isTrue();
    }
}
