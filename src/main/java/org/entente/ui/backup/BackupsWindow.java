package org.entente.ui.backup;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.store.LibraryBackups.Backup;
import org.entente.store.LibraryBackups.Preview;
import org.entente.store.LibraryCounts;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppStyles;
import org.entente.ui.common.Fxml;
import org.entente.ui.common.Names;

/**
 * File › Restore from Backup…: the open library's backups, newest first; for the chosen one,
 * what it holds beside what the library holds now (so that a researcher can find the backup from
 * before the import that went wrong); how many backups to keep; Back Up Now; and Restore, which
 * first backs up the library as it is, so that a restore can itself be taken back.
 */
public final class BackupsWindow {
    static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final AppContext context;
    private final Stage stage = new Stage();
    @FXML private BorderPane root;
    @FXML private Label title, folder, previewMessage;
    @FXML private SplitPane split;
    @FXML private TableView<Backup> table;
    @FXML private TableColumn<Backup, String> takenColumn, reasonColumn, sizeColumn;
    @FXML private GridPane comparison;
    @FXML private Spinner<Integer> keep;
    @FXML private Button backUpNow, restore;
    /** What the library holds now, for the comparison; null until read. */
    private LibraryCounts now;
    /** True while the spinner is set from the library, so that its listener does not write the value back. */
    private boolean settingKeep;

    /** Writes the number of backups to keep ({@link BackupActions#keepBackups}). */
    private final java.util.function.IntConsumer keepWriter;

    BackupsWindow(AppContext context, java.util.function.IntConsumer keepWriter) {
        this.context = context;
        this.keepWriter = keepWriter;
        stage.setTitle(I18n.t("shell.backups.title"));
        Fxml.load(BackupsWindow.class.getResource("Backups.fxml"), this);
        takenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(TAKEN.format(c.getValue().taken())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Names.backupReason(c.getValue().reason())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(size(c.getValue().bytes())));
        keep.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(LibraryBackups.MIN_KEEP, LibraryBackups.MAX_KEEP,
                LibraryBackups.DEFAULT_KEEP));
        keep.valueProperty().addListener((obs, was, count) -> keepChanged(was, count));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, backup) -> chosen(backup));
        Scene scene = new Scene(root, 900, 520);
        scene.getStylesheets().addAll(AppStyles.main(), BackupsWindow.class.getResource("backups.css").toExternalForm());
        stage.setScene(scene);
        AppStyles.follow(root, context);
        updateButtons();
    }

    void show(Window owner) {
        if (stage.getOwner() == null && owner != null) stage.initOwner(owner);
        refresh(null);
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    /** Reads the list of backups, the library's counts and its setting again; then selects {@code select} or the newest. */
    void refresh(Backup select) {
        Library library = context.library();
        if (library == null) {
            stage.hide();
            return;
        }
        title.setText(I18n.t("shell.backups.of", library.file().getFileName()));
        folder.setText(LibraryBackups.folderOf(library.file()).toString());
        context.tasks().run(I18n.t("shell.task.backups.reading"), () -> new Listing(LibraryBackups.list(library.file()), library.counts(),
                library.keepBackups()), listing -> {
            now = listing.now();
            settingKeep = true;
            keep.getValueFactory().setValue(listing.keep());
            settingKeep = false;
            table.getItems().setAll(listing.backups());
            Backup again = select == null ? null
                    : listing.backups().stream().filter(b -> b.file().equals(select.file())).findFirst().orElse(null);
            if (again != null) table.getSelectionModel().select(again);
            else if (!listing.backups().isEmpty()) table.getSelectionModel().select(0);
            else chosen(null);
            updateButtons();
        });
    }

    private record Listing(List<Backup> backups, LibraryCounts now, int keep) {}

    private void chosen(Backup backup) {
        comparison.getChildren().clear();
        updateButtons();
        if (backup == null) {
            previewMessage.setText(table.getItems().isEmpty() ? "" : I18n.t("shell.backups.choose"));
            return;
        }
        previewMessage.setText(I18n.t("shell.backups.reading", backup.file().getFileName()));
        context.tasks().run(I18n.t("shell.task.backups.reading-one"), () -> LibraryBackups.preview(backup), preview -> {
            if (table.getSelectionModel().getSelectedItem() != backup) return; // another was chosen meanwhile
            showComparison(backup, preview);
        }, error -> {
            if (table.getSelectionModel().getSelectedItem() == backup) previewMessage.setText(error.getMessage());
        });
    }

    private void showComparison(Backup backup, Preview p) {
        comparison.getChildren().clear();
        header(0, "");
        header(1, I18n.t("shell.backups.in-backup"));
        header(2, I18n.t("shell.backups.now"));
        LibraryCounts n = now;
        row(1, "events", I18n.t("shell.backups.row.events"), p.events(), n == null ? null : n.events());
        row(2, "actors", I18n.t("shell.backups.row.actors"), p.actors(), n == null ? null : n.actors());
        row(3, "partnerships", I18n.t("shell.backups.row.partnerships"), p.partnerships(), n == null ? null : n.partnerships());
        row(4, "trade-figures", I18n.t("shell.backups.row.trade-figures"), p.tradeFigures(), n == null ? null : n.tradeFigures());
        row(5, "sources", I18n.t("shell.backups.row.sources"), p.sources(), n == null ? null : n.sources());
        row(6, "notes", I18n.t("shell.backups.row.notes"), p.notes(), n == null ? null : n.notes());
        String dated = p.firstEvent().map(first -> I18n.t("shell.backups.dates", first, p.lastEvent().orElse("")))
                .orElseGet(() -> I18n.t("shell.backups.no-events"));
        comparison.add(new Label(I18n.t("shell.backups.dated")), 0, 7);
        Label range = new Label(dated);
        range.setId("backup-dates");
        comparison.add(range, 1, 7, 2, 1);
        previewMessage.setText(I18n.t("shell.backups.preview", Names.backupReason(backup.reason()), TAKEN.format(backup.taken())));
    }

    private void header(int column, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("comparison-header");
        comparison.add(l, column, 0);
    }

    /** A row of the comparison; {@code id} names its count in the backup ("backup-count-events"). */
    private void row(int at, String id, String what, long inBackup, Long inLibrary) {
        Label name = new Label(what);
        Label then = new Label(I18n.integer(inBackup));
        then.setId("backup-count-" + id);
        Label current = new Label(inLibrary == null ? I18n.t("shell.backups.counting") : I18n.integer(inLibrary));
        then.getStyleClass().add("comparison-value");
        current.getStyleClass().add("comparison-value");
        if (inLibrary != null && inLibrary != inBackup) then.getStyleClass().add("comparison-differs");
        comparison.addRow(at, name, then, current);
    }

    private void keepChanged(Integer was, Integer count) {
        if (settingKeep || count == null || Objects.equals(was, count)) return;
        keepWriter.accept(count);
    }

    @FXML
    private void backUpNow() {
        Library library = context.library();
        if (library == null) return;
        busy(true);
        BackupActions.backUpOnRequest(context, library, made -> {
            busy(false);
            refresh(made);
        }, () -> busy(false));
    }

    @FXML
    private void restore() {
        Backup backup = table.getSelectionModel().getSelectedItem();
        Library library = context.library();
        if (backup == null || library == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                I18n.t("shell.backups.restore.body", library.file().getFileName(), TAKEN.format(backup.taken())), ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(I18n.t("shell.backups.restore.header"));
        confirm.getDialogPane().setId("backup-restore-confirm");
        confirm.initOwner(stage);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("shell.backups.restore.button"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            busy(true);
            context.tasks().run(I18n.t("shell.task.backups.restore"), () -> library.restoreFrom(backup), before -> {
                busy(false);
                // Every view reads the library again, and the undo history of what was replaced is gone.
                context.setLibrary(library);
                context.libraryChanged();
                refresh(before);
            }, error -> {
                busy(false);
                context.tasks().reportFailure(error);
            });
        });
    }

    private void busy(boolean on) {
        backUpNow.setDisable(on);
        restore.setDisable(on || table.getSelectionModel().getSelectedItem() == null);
    }

    private void updateButtons() {
        restore.setDisable(table.getSelectionModel().getSelectedItem() == null);
    }

    @FXML
    private void close() { stage.hide(); }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) return I18n.t("shell.backups.size.kb", I18n.integer(Math.max(1, (bytes + 512) / 1024)));
        return I18n.t("shell.backups.size.mb", I18n.fixed(bytes / (1024.0 * 1024.0), 1));
    }


    /** For tests. */
    TableView<Backup> table() { return table; }

    Stage stage() { return stage; }
}
