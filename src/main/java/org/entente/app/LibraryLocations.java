package org.entente.app;

import java.nio.file.Path;
import java.util.Map;

/** Where the default library lives on each platform. */
public final class LibraryLocations {
    public static final String FILE_NAME = "library.db";

    private LibraryLocations() {}

    /** The default library path for this user on this platform. */
    public static Path defaultLibrary() {
        return defaultLibrary(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/entente/library.db}, else
     * {@code ~/.local/share/entente/library.db}; macOS: {@code ~/Library/Application Support/Entente/};
     * Windows: {@code %APPDATA%\Entente\}.
     */
    static Path defaultLibrary(String osName, Map<String, String> env, Path home) {
        return UserFolder.DATA.of(osName, env, home).resolve(FILE_NAME);
    }
}
