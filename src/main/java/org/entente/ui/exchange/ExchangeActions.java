package org.entente.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.LibraryMenuItems;

/**
 * File › Import… and File › Export…, and dropping files on the main window to import them. The
 * shell calls {@link #install} once; everything else lives here.
 */
public final class ExchangeActions {
    private final AppContext context;

    private ExchangeActions(AppContext context) {
        this.context = context;
    }

    /** Adds the menu items to the File menu of {@code menuBar} and the drop target to {@code dropTarget}. */
    public static ExchangeActions install(MenuBar menuBar, Node dropTarget, AppContext context) {
        ExchangeActions actions = new ExchangeActions(context);
        MenuItem importItem = LibraryMenuItems.item(I18n.t("exchange.menu.import"), "menu-import",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), context, actions::chooseAndImport);
        MenuItem exportItem = LibraryMenuItems.item(I18n.t("exchange.menu.export"), "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), context, () -> new ExportDialog(context).show());
        for (Menu m : menuBar.getMenus()) {
            if ("menu-file".equals(m.getId())) {
                // After New / Open / Open Recent, before the separator that precedes Save a Copy.
                int at = Math.min(3, m.getItems().size());
                m.getItems().add(at, new javafx.scene.control.SeparatorMenuItem());
                m.getItems().add(at + 1, importItem);
                m.getItems().add(at + 2, exportItem);
            }
        }
        dropTarget.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && context.library() != null) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        dropTarget.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && context.library() != null;
            if (ok) actions.dropped(e.getDragboard().getFiles());
            e.setDropCompleted(ok);
            e.consume();
        });
        dropTarget.getProperties().put(ExchangeActions.class, actions);
        return actions;
    }

    /** The actions installed on {@code dropTarget}, if any (for tests and other views). */
    public static Optional<ExchangeActions> of(Node dropTarget) {
        return Optional.ofNullable((ExchangeActions) dropTarget.getProperties().get(ExchangeActions.class));
    }

    /** What a drop does: open the import preview for the dropped files. */
    public Optional<ImportDialog> dropped(List<File> files) {
        if (files == null || files.isEmpty() || context.library() == null) return Optional.empty();
        return Optional.of(importFiles(files.stream().map(File::toPath).toList()));
    }

    public ImportDialog importFiles(List<Path> files) {
        ImportDialog dialog = new ImportDialog(context, files);
        dialog.show();
        return dialog;
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.chooser.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.t("exchange.chooser.import.importable"), "*.csv", "*.CSV", "*.json", "*.timeline", "*.xml", "*.zip", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter(I18n.t("exchange.chooser.all-files"), "*"));
        List<Path> files = org.entente.ui.common.FileDialogs.openMany(chooser, context.window());
        if (!files.isEmpty()) importFiles(files);
    }

    static Optional<Path> chooseTarget(AppContext context, org.entente.app.ExportFormat format) {
        if (format.writesFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.t("exchange.chooser.export.folder", format.key()));
            return org.entente.ui.common.FileDialogs.folder(chooser, context.window());
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.chooser.export.file", format.label()));
        chooser.setInitialFileName("entente" + format.extension());
        return org.entente.ui.common.FileDialogs.save(chooser, context.window());
    }
}
