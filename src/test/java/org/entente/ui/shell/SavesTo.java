package org.entente.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.entente.ui.common.FileDialogs;

/** A save dialog in which the person chooses {@code target}; every other dialog is cancelled. */
record SavesTo(Path target) implements FileDialogs.Presenter {
    @Override public File open(FileChooser chooser, Window owner) { return null; }

    @Override public List<File> openMany(FileChooser chooser, Window owner) { return null; }

    @Override public File save(FileChooser chooser, Window owner) { return target.toFile(); }

    @Override public File folder(DirectoryChooser chooser, Window owner) { return null; }
}
