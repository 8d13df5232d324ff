package org.entente.ui.common;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A file dialog as GTK's behaves for the library's locks, for headless tests: it lists a folder,
 * opens each file there, reads its first 4 KiB to tell its type and closes it (GIO's content-type
 * sniffing), and then the user cancels. Remembers the title of every dialog shown.
 */
public final class SniffingPresenter implements FileDialogs.Presenter {
    private final Path folder;
    public final List<String> shown = new CopyOnWriteArrayList<>();

    public SniffingPresenter(Path folder) { this.folder = folder; }

    private void sniff(String title) {
        shown.add(title);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    in.readNBytes(4096);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public File open(FileChooser chooser, Window owner) { sniff(chooser.getTitle()); return null; }

    @Override public List<File> openMany(FileChooser chooser, Window owner) { sniff(chooser.getTitle()); return null; }

    @Override public File save(FileChooser chooser, Window owner) { sniff(chooser.getTitle()); return null; }

    @Override public File folder(DirectoryChooser chooser, Window owner) { sniff(chooser.getTitle()); return null; }
}
