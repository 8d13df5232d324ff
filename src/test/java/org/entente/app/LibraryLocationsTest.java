package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LibraryLocationsTest {
    private final Path home = Path.of("/home/lan");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(LibraryLocations.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "/data/lan"), home))
                .isEqualTo(Path.of("/data/lan/entente/library.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(LibraryLocations.defaultLibrary("Linux", Map.of(), home)).isEqualTo(Path.of("/home/lan/.local/share/entente/library.db"));
        assertThat(LibraryLocations.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "relative/path"), home))
                .isEqualTo(Path.of("/home/lan/.local/share/entente/library.db"));
    }

    @Test
    void macAndWindowsUseTheirApplicationFolders() {
        assertThat(LibraryLocations.defaultLibrary("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/lan/Library/Application Support/Entente/library.db"));
        assertThat(LibraryLocations.defaultLibrary("Windows 11", Map.of("APPDATA", "/c/Users/lan/AppData/Roaming"), home))
                .isEqualTo(Path.of("/c/Users/lan/AppData/Roaming/Entente/library.db"));
    }
}
