package org.entente.ui.exchange;

import java.util.Set;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.entente.app.DatasetService;
import org.entente.app.DatasetService.Dataset;
import org.entente.app.ImportProgress;
import org.entente.app.task.BackgroundTask;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;

/**
 * File › Add Dataset and File › Remove Dataset: the datasets shipped with the app (the UN General
 * Assembly votes), added to the open library as a whole or removed again. Both run in the
 * background, in the status bar with their progress and Cancel; a cancel leaves the library as it was.
 */
public final class DatasetActions {
    private final AppContext context;
    /** The datasets the open library holds, as last read (empty until read). */
    private final ReadOnlyObjectWrapper<Set<Dataset>> held = new ReadOnlyObjectWrapper<>(Set.of());

    private DatasetActions(AppContext context) { this.context = context; }

    /**
     * Adds the two menus to the File menu of {@code menuBar}, after Save a Copy As… (below the items
     * used most, so that reaching those never opens these submenus on the way).
     */
    public static DatasetActions install(MenuBar menuBar, AppContext context) {
        DatasetActions actions = new DatasetActions(context);
        Menu add = new Menu(I18n.t("exchange.menu.add-dataset"));
        add.setId("menu-add-dataset");
        Menu remove = new Menu(I18n.t("exchange.menu.remove-dataset"));
        remove.setId("menu-remove-dataset");
        for (Dataset d : Dataset.values()) {
            MenuItem addItem = new MenuItem(d.label());
            addItem.setId("menu-add-dataset-" + d.key());
            addItem.setOnAction(e -> actions.add(d));
            addItem.disableProperty().bind(context.libraryProperty().isNull()
                    .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> actions.held.get().contains(d), actions.held)));
            add.getItems().add(addItem);
            MenuItem removeItem = new MenuItem(I18n.t("exchange.menu.remove-dataset.item", d.label()));
            removeItem.setId("menu-remove-dataset-" + d.key());
            removeItem.setOnAction(e -> actions.confirmRemove(d));
            removeItem.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !actions.held.get().contains(d), actions.held));
            remove.getItems().add(removeItem);
        }
        for (Menu m : menuBar.getMenus()) {
            if (!"menu-file".equals(m.getId())) continue;
            int at = Math.min(3, m.getItems().size());
            for (int i = 0; i < m.getItems().size(); i++) if ("menu-save-copy".equals(m.getItems().get(i).getId())) at = i + 1;
            m.getItems().add(at, add);
            m.getItems().add(at + 1, remove);
        }
        context.libraryProperty().addListener((obs, o, library) -> actions.refresh());
        context.libraryVersion().addListener((obs, o, v) -> actions.refresh());
        actions.refresh();
        return actions;
    }

    /** The datasets the open library holds, as last read. */
    public ReadOnlyObjectProperty<Set<Dataset>> heldProperty() { return held.getReadOnlyProperty(); }

    private void refresh() {
        Library library = context.library();
        if (library == null) {
            held.set(Set.of());
            return;
        }
        // A failed read (the library busy in another process, say) keeps what was last read: the menu
        // only enables its items, and the add or remove itself checks again. No error dialog for it.
        context.tasks().run(I18n.t("exchange.dataset.task.held"), () -> Set.copyOf(new DatasetService(library).held()), held::set, error -> { });
    }

    private void add(Dataset dataset) {
        Library library = context.library();
        if (library == null) return;
        context.tasks().submit(BackgroundTask.of(I18n.t("exchange.dataset.task.add", dataset.label()),
                        progress -> new DatasetService(library).add(dataset, ImportProgress.of(progress)))
                .onSuccess(added -> context.libraryChanged())
                .onFailure(error -> {
                    // cancelled from the status bar: nothing was added, nothing to say
                    if (error instanceof CancellationException || error.getCause() instanceof CancellationException) return;
                    alert(Alert.AlertType.ERROR, I18n.t("exchange.dataset.add-failed", dataset.label()), error.getMessage());
                }));
    }

    private void confirmRemove(Dataset dataset) {
        Library library = context.library();
        if (library == null) return;
        ButtonType ok = new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("exchange.dataset.remove.question", dataset.label()),
                ok, new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        confirm.setTitle(I18n.t("exchange.dataset.remove.title"));
        confirm.setHeaderText(I18n.t("exchange.dataset.remove.header", dataset.label()));
        if (context.window() != null) confirm.initOwner(context.window());
        confirm.showAndWait().filter(b -> b == ok).ifPresent(b -> context.tasks().submit(BackgroundTask.wrap(
                        I18n.t("exchange.dataset.task.remove", dataset.label()), () -> new DatasetService(library).remove(dataset))
                .onSuccess(removed -> context.libraryChanged())
                .onFailure(error -> alert(Alert.AlertType.ERROR, I18n.t("exchange.dataset.remove-failed", dataset.label()), error.getMessage()))));
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text == null ? "" : text, new ButtonType(I18n.t("common.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(header);
        if (context.window() != null) alert.initOwner(context.window());
        alert.show();
    }
}
