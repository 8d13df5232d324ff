package org.entente.app;

import java.nio.file.Path;
import java.util.Locale;
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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Entente").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) return home.resolve("Library").resolve("Application Support").resolve("Entente").resolve(FILE_NAME);
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("entente").resolve(FILE_NAME);
    }
}
