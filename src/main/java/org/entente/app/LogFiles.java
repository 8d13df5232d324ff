package org.entente.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file, for the moment something goes wrong and a user or a developer asks "what happened?".
 * It lives in the user's state folder, rotated by {@link FileHandler}: {@value #FILE_COUNT} files of at
 * most {@value #FILE_LIMIT_BYTES} bytes, {@code entente.0.log} the newest.
 */
public final class LogFiles {
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 3;
    private static volatile Path installedFolder;

    private LogFiles() {}

    /** The folder of the log files for this user on this platform. */
    public static Path folder() {
        return folder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and other Unix: {@code $XDG_STATE_HOME/entente/}, else {@code ~/.local/state/entente/}; macOS:
     * {@code ~/Library/Logs/Entente/}; Windows: {@code %LOCALAPPDATA%\Entente\logs\}.
     */
    static Path folder(String osName, Map<String, String> env, Path home) {
        return UserFolder.LOGS.of(osName, env, home);
    }

    /** The newest log file in {@code folder}. */
    public static Path newest(Path folder) {
        return folder.resolve("entente.0.log");
    }

    /** The newest log file, where {@link #install()} put it, or where it would go. */
    public static Path current() {
        Path folder = installedFolder;
        return newest(folder != null ? folder : folder());
    }

    /** A rotating handler writing to {@code folder} (created if missing), appending to the newest file. */
    static FileHandler handler(Path folder, int limitBytes, int count) throws IOException {
        Files.createDirectories(folder);
        FileHandler handler = new FileHandler(folder.resolve("entente.%g.log").toString(), limitBytes, count, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        return handler;
    }

    /**
     * Adds the log file to the root logger. If the folder cannot be written, the app runs on and says so
     * on standard error: a missing log must never stop it.
     */
    public static void install() {
        install(folder());
    }

    static void install(Path folder) {
        try {
            Logger.getLogger("").addHandler(handler(folder, FILE_LIMIT_BYTES, FILE_COUNT));
            installedFolder = folder;
        } catch (IOException | RuntimeException e) {
            System.err.println("No log file in " + folder + ": " + e.getMessage());
        }
    }
}
