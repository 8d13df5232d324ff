package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
    @TempDir Path dir;
    private final Path home = Path.of("/home/lan");

    @Test
    void theLogLivesInTheUsersStateFolder() {
        assertThat(LogFiles.folder("Linux", Map.of(), home)).isEqualTo(Path.of("/home/lan/.local/state/entente"));
        assertThat(LogFiles.folder("Linux", Map.of("XDG_STATE_HOME", "/data/state"), home)).isEqualTo(Path.of("/data/state/entente"));
        assertThat(LogFiles.folder("Linux", Map.of("XDG_STATE_HOME", "relative"), home)).isEqualTo(Path.of("/home/lan/.local/state/entente"));
        assertThat(LogFiles.folder("Mac OS X", Map.of(), home)).isEqualTo(Path.of("/home/lan/Library/Logs/Entente"));
        assertThat(LogFiles.folder("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\lan\\AppData\\Local"), home).toString())
                .endsWith("Entente" + java.io.File.separator + "logs");
    }

    @Test
    void recordsGoToTheNewestFileAndOldFilesRotate() throws Exception {
        Path folder = dir.resolve("state/entente");
        Logger logger = Logger.getLogger("org.entente.test.logfiles");
        logger.setUseParentHandlers(false);
        FileHandler handler = LogFiles.handler(folder, 2_000, 3);
        logger.addHandler(handler);
        try {
            logger.log(Level.INFO, "Tô Lâm opened the library");
            for (int i = 0; i < 100; i++) logger.log(Level.WARNING, "filler record number " + i + " to fill the file past its limit");
            logger.log(Level.SEVERE, "the last record");
        } finally {
            logger.removeHandler(handler);
            handler.close();
        }
        assertThat(folder.resolve("entente.0.log")).exists();
        assertThat(folder.resolve("entente.1.log")).exists();
        assertThat(folder.resolve("entente.2.log")).exists();
        assertThat(folder.resolve("entente.3.log")).doesNotExist(); // three files at most: the oldest are dropped
        assertThat(Files.size(folder.resolve("entente.1.log"))).isLessThanOrEqualTo(2_000 + 400);
        assertThat(Files.readString(LogFiles.newest(folder), StandardCharsets.UTF_8)).contains("the last record");
        // 100 records of some 100 bytes do not fit in three files of 2 kB: the oldest record went with the oldest file.
        for (int g = 0; g < 3; g++)
            assertThat(Files.readString(folder.resolve("entente." + g + ".log"), StandardCharsets.UTF_8)).doesNotContain("Tô Lâm");
    }
}
