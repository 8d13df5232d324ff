package org.entente.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each platform keeps one kind of a user's files, and Entente's folder there: on Windows in
 * the folder an environment variable names (else its usual place under {@code AppData}); on macOS
 * in a folder of {@code ~/Library}; on Linux and other Unix in the XDG base folder an environment
 * variable names when it is absolute (else its usual place under {@code ~/.local}).
 *
 * @param windowsVariable  e.g. {@code APPDATA}
 * @param windowsDefault   the folder under {@code AppData} when the variable is not set, e.g. {@code Roaming}
 * @param windowsSubfolder a folder inside Entente's on Windows only, or null
 * @param macFolder        the folder under {@code ~/Library}, e.g. {@code Application Support}
 * @param xdgVariable      e.g. {@code XDG_DATA_HOME}
 * @param xdgDefault       the folder under {@code ~/.local} when the variable is not set or not absolute, e.g. {@code share}
 */
record UserFolder(String windowsVariable, String windowsDefault, String windowsSubfolder, String macFolder, String xdgVariable,
                  String xdgDefault) {
    /** The user's data: the library. */
    static final UserFolder DATA = new UserFolder("APPDATA", "Roaming", null, "Application Support", "XDG_DATA_HOME", "share");
    /** What the app keeps of its state between runs: the logs. */
    static final UserFolder LOGS = new UserFolder("LOCALAPPDATA", "Local", "logs", "Logs", "XDG_STATE_HOME", "state");

    /** Entente's folder of this kind for a user whose platform reports {@code osName}, environment {@code env} and home {@code home}. */
    Path of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String named = env.get(windowsVariable);
            Path base = named != null && !named.isBlank() ? Path.of(named) : home.resolve("AppData").resolve(windowsDefault);
            Path entente = base.resolve("Entente");
            return windowsSubfolder == null ? entente : entente.resolve(windowsSubfolder);
        }
        if (os.startsWith("mac")) return home.resolve("Library").resolve(macFolder).resolve("Entente");
        String xdg = env.get(xdgVariable);
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve(xdgDefault);
        return base.resolve("entente");
    }
}
