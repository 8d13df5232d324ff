package org.entente.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.store.Library;

/**
 * The one way Entente shows file and folder dialogs.
 *
 * <p>A platform file dialog runs in this process and reads the files it lists to tell their types
 * (GTK opens and closes {@code library.db}, {@code -wal} and {@code -shm} to sniff them), and a
 * close of any descriptor of a file drops every POSIX lock the process holds on it — SQLite's
 * locks on the open library among them (ADR 0008). So when a dialog closes, every open library is
 * told to check its locks and take them back ({@link Library#afterForeignFileAccess()}); while it
 * is open, the library's watcher does the same once a second.
 *
 * <p>Tests put in a {@link Presenter} of their own: headless there is no platform dialog.
 */
public final class FileDialogs {
    /** Shows the dialogs; the platform's unless a test sets another. */
    public interface Presenter {
        File open(FileChooser chooser, Window owner);

        List<File> openMany(FileChooser chooser, Window owner);

        File save(FileChooser chooser, Window owner);

        File folder(DirectoryChooser chooser, Window owner);
    }

    /** JavaFX's platform dialogs. */
    public static final Presenter PLATFORM = new Presenter() {
        @Override public File open(FileChooser chooser, Window owner) { return chooser.showOpenDialog(owner); }

        @Override public List<File> openMany(FileChooser chooser, Window owner) { return chooser.showOpenMultipleDialog(owner); }

        @Override public File save(FileChooser chooser, Window owner) { return chooser.showSaveDialog(owner); }

        @Override public File folder(DirectoryChooser chooser, Window owner) { return chooser.showDialog(owner); }
    };

    private static volatile Presenter presenter = PLATFORM;

    private FileDialogs() {}

    /** For tests: shows dialogs with {@code p} from now on ({@link #PLATFORM} to go back). */
    public static void usePresenter(Presenter p) { presenter = Objects.requireNonNull(p); }

    /** A file to open, or empty if the user cancelled. */
    public static Optional<Path> open(FileChooser chooser, Window owner) {
        return Optional.ofNullable(shown(() -> presenter.open(chooser, owner))).map(File::toPath);
    }

    /** Files to open, or an empty list if the user cancelled. */
    public static List<Path> openMany(FileChooser chooser, Window owner) {
        List<File> files = shown(() -> presenter.openMany(chooser, owner));
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** A file to write, or empty if the user cancelled. */
    public static Optional<Path> save(FileChooser chooser, Window owner) {
        return Optional.ofNullable(shown(() -> presenter.save(chooser, owner))).map(File::toPath);
    }

    /** A folder, or empty if the user cancelled. */
    public static Optional<Path> folder(DirectoryChooser chooser, Window owner) {
        return Optional.ofNullable(shown(() -> presenter.folder(chooser, owner))).map(File::toPath);
    }

    private static <T> T shown(Supplier<T> dialog) {
        try {
            return dialog.get();
        } finally {
            // Sets a flag only: the check and any reconnection happen on the library's own threads.
            Library.afterForeignFileAccess();
        }
    }
}
