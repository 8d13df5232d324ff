package org.entente.ui.common.annotate;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.entente.app.CitationService;
import org.entente.app.CitationService.Format;
import org.entente.i18n.I18n;
import org.entente.model.Source;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.LibraryMenuItems;

/**
 * File › Export Citations… (the selected event's sources or the whole library's, as BibTeX or
 * CSL-JSON) and "Copy citations" for selected events. Reading and writing run in the background.
 */
public final class CitationActions {
    private CitationActions() {}

    /** Adds File › Export Citations… to {@code menuBar} (after Export… when present). */
    public static void install(MenuBar menuBar, AppContext context) {
        MenuItem item = LibraryMenuItems.item(I18n.t("shell.citations.menu"), "menu-export-citations", null, context,
                () -> showExportDialog(context));
        for (Menu m : menuBar.getMenus()) {
            if (!"menu-file".equals(m.getId())) continue;
            int at = LibraryMenuItems.after(m, "menu-export");
            if (at == m.getItems().size()) at = Math.min(3, at);
            m.getItems().add(at, item);
        }
    }

    /** What to export: a scope and a format, chosen in the dialog. */
    record Choice(boolean wholeLibrary, Format format) {}

    static void showExportDialog(AppContext context) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("shell.citations.title"));
        dialog.setHeaderText(I18n.t("shell.citations.header"));
        if (context.window() != null) dialog.initOwner(context.window());
        ToggleGroup scope = new ToggleGroup();
        Long selected = context.selectedEventId().get();
        RadioButton selection = new RadioButton(I18n.t("shell.citations.selection"));
        selection.setId("citations-selection");
        selection.setToggleGroup(scope);
        selection.setDisable(selected == null);
        RadioButton all = new RadioButton(I18n.t("shell.citations.all"));
        all.setId("citations-all");
        all.setToggleGroup(scope);
        (selected == null ? all : selection).setSelected(true);
        ComboBox<Format> format = new ComboBox<>();
        format.setId("citations-format");
        format.getItems().setAll(Format.values());
        format.setValue(Format.BIBTEX);
        VBox box = new VBox(8, selection, all, new Label(I18n.t("shell.citations.format")), format);
        box.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("citations-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Choice(all.isSelected(), format.getValue()) : null);
        dialog.showAndWait().ifPresent(choice -> chooseFile(context, choice.format())
                .ifPresent(file -> export(context, choice.wholeLibrary() || selected == null ? null : List.of(selected), choice.format(), file)));
    }

    private static Optional<Path> chooseFile(AppContext context, Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("shell.citations.chooser", format.label()));
        chooser.setInitialFileName("sources." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " (*." + format.extension() + ")",
                "*." + format.extension()));
        return org.entente.ui.common.FileDialogs.save(chooser, context.window());
    }

    /**
     * Writes the sources of {@code eventIds} (null: every source) to {@code file} in the
     * background; {@code done} gets the number written, on the FX thread.
     */
    public static void export(AppContext context, Collection<Long> eventIds, Format format, Path file) {
        export(context, eventIds, format, file, n -> { });
    }

    public static void export(AppContext context, Collection<Long> eventIds, Format format, Path file,
                              java.util.function.Consumer<Integer> done) {
        Library library = context.library();
        context.tasks().run(I18n.t("shell.task.citations.export"), () -> {
            List<Source> sources = eventIds == null ? CitationService.allSources(library) : CitationService.sourcesOfEvents(library, eventIds);
            CitationService.write(sources, format, file);
            return sources.size();
        }, done);
    }

    /** Puts the citations of the events' sources on the clipboard, read in the background. */
    public static void copy(AppContext context, Collection<Long> eventIds, Format format) {
        if (eventIds.isEmpty() || context.library() == null) return;
        Library library = context.library();
        List<Long> ids = List.copyOf(eventIds);
        context.tasks().run(I18n.t("shell.task.citations.copy"), () -> CitationService.format(CitationService.sourcesOfEvents(library, ids), format), text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
