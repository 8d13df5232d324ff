package org.entente.ui.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.store.LibraryException;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.LibraryMenuItems;

/**
 * File › Back Up Now and File › Restore from Backup…, and the daily backup while a library is
 * open: a while after it opens (not to compete with the first load) and then every hour, a
 * backup is taken if the library has none from the last day. The backups before imports and
 * migrations are taken where those happen (app and store).
 */
public final class BackupActions {
    /** How long after a library opens the first daily check runs. */
    static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    static final Duration CHECK_EVERY = Duration.ofHours(1);

    private final AppContext context;
    private final Window owner;
    private BackupsWindow window;

    private BackupActions(AppContext context, Window owner) {
        this.context = context;
        this.owner = owner;
    }

    /** Adds the menu items to the File menu of {@code menuBar}, after Save a Copy As…, and starts the daily checks. */
    public static BackupActions install(MenuBar menuBar, Window owner, AppContext context) {
        BackupActions actions = new BackupActions(context, owner);
        MenuItem backUpNow = LibraryMenuItems.item(I18n.t("shell.backup.menu.now"), "menu-back-up-now", null, context, actions::backUpNow);
        MenuItem restore = LibraryMenuItems.item(I18n.t("shell.backup.menu.restore"), "menu-restore-backup", null, context, actions::showBackups);
        for (Menu m : menuBar.getMenus()) {
            if (!"menu-file".equals(m.getId())) continue;
            int at = LibraryMenuItems.after(m, "menu-save-copy");
            m.getItems().add(at, backUpNow);
            m.getItems().add(at + 1, restore);
        }
        Timeline first = new Timeline(new KeyFrame(javafx.util.Duration.millis(FIRST_CHECK.toMillis()), e -> actions.backUpIfDue()));
        Timeline hourly = new Timeline(new KeyFrame(javafx.util.Duration.millis(CHECK_EVERY.toMillis()), e -> actions.backUpIfDue()));
        hourly.setCycleCount(Timeline.INDEFINITE);
        context.libraryProperty().addListener((obs, was, library) -> {
            first.stop();
            hourly.stop();
            if (library == null) return;
            first.playFromStart();
            hourly.playFromStart();
        });
        return actions;
    }

    /**
     * After {@code file} failed to open: if it is damaged (or no longer a library at all) and has
     * backups, tells the user so and offers to open a copy of the newest backup beside it — the
     * damaged file is left as it is, for whoever wants to look at it. Otherwise runs
     * {@code otherwise} (the shell's usual error).
     */
    public void offerBackupAfterOpenFailure(Path file, Throwable error, Runnable otherwise, Consumer<Path> open) {
        if (!(error instanceof LibraryException e) || (e.reason() != LibraryException.Reason.DAMAGED
                && e.reason() != LibraryException.Reason.NOT_AN_ENTENTE_LIBRARY)) {
            otherwise.run();
            return;
        }
        context.tasks().run(I18n.t("shell.task.backup.looking"), () -> LibraryBackups.list(file), backups -> {
            if (backups.isEmpty()) {
                otherwise.run();
                return;
            }
            LibraryBackups.Backup newest = backups.get(0);
            ButtonType openCopy = new ButtonType(I18n.t("shell.backup.open-copy"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.CLOSE, openCopy);
            alert.setHeaderText(I18n.t("shell.open.failed"));
            alert.getDialogPane().setId("open-failure-dialog");
            alert.getDialogPane().lookupButton(openCopy).setId("open-backup-copy");
            if (owner != null) alert.initOwner(owner);
            alert.showAndWait().filter(openCopy::equals).ifPresent(choice ->
                    context.tasks().run(I18n.t("shell.task.backup.copying", BackupsWindow.TAKEN.format(newest.taken())),
                            () -> LibraryBackups.copyBeside(newest, file), open));
        }, failure -> otherwise.run());
    }

    /** Opens the list of backups (File › Restore from Backup…). */
    public BackupsWindow showBackups() {
        if (window == null) window = new BackupsWindow(context, this::keepBackups);
        window.show(owner);
        return window;
    }

    /** The number to keep last asked for while a write of it is under way, else null. */
    private Integer keepWanted;
    private boolean keepWriting;

    /**
     * Sets how many backups the open library keeps (a setting stored in the library, which also
     * removes the oldest beyond it), in the background; then the backups window, if open, shows the
     * list again. Restore from Backup… and Edit › Preferences… both set it here. One write at a
     * time, the newest number last: a spinner clicked quickly asks for 9, 8, 7, and the library
     * keeps 7, whichever of the task pool's workers would have finished first.
     */
    public void keepBackups(int count) {
        keepWanted = count;
        if (!keepWriting) writeKeep();
    }

    private void writeKeep() {
        Library library = context.library();
        int count = keepWanted;
        if (library == null) {
            keepWanted = null;
            return;
        }
        keepWriting = true;
        LibraryBackups.Backup selected = window == null ? null : window.table().getSelectionModel().getSelectedItem();
        context.tasks().run(I18n.t("shell.task.backups.keep"), () -> {
            library.keepBackups(count);
            return null;
        }, x -> {
            keepWriting = false;
            if (keepWanted != null && keepWanted != count && context.library() == library) {
                writeKeep();
                return;
            }
            keepWanted = null;
            if (window != null && window.stage().isShowing()) window.refresh(selected);
        }, error -> {
            keepWriting = false;
            keepWanted = null;
            if (!(error instanceof java.util.concurrent.CancellationException)) context.tasks().reportFailure(error);
        });
    }

    private void backUpNow() {
        Library library = context.library();
        if (library == null) return;
        backUpOnRequest(context, library, made -> {
            if (window != null && window.stage().isShowing()) window.refresh(made);
        }, () -> { });
    }

    /**
     * Back Up Now (the menu and the Backups window): {@code library}'s backup in the background,
     * cancellable from the status bar; {@code made} gets it, {@code failed} runs after a failure
     * (reported to the user) or a cancel (not reported). FX thread.
     */
    static void backUpOnRequest(AppContext context, Library library, Consumer<LibraryBackups.Backup> made, Runnable failed) {
        context.tasks().execute(org.entente.app.task.BackgroundTask.of(I18n.t("shell.task.backup.now"),
                progress -> library.backUp(LibraryBackups.Reason.ON_REQUEST, progress::isCancelled)).onSuccess(made).onFailure(error -> {
            failed.run();
            if (!(error instanceof java.util.concurrent.CancellationException)) context.tasks().reportFailure(error);
        }));
    }

    /**
     * Takes the daily backup in the background if the open library has no backup from the last
     * day; the timers call it, and tests.
     */
    public Future<?> backUpIfDue() {
        Library library = context.library();
        if (library == null || library.isClosed() || library.isReadOnly()) return java.util.concurrent.CompletableFuture.completedFuture(null);
        // Aside: at ten million events the copy takes minutes; the views neither share a thread with it nor wait for it.
        return context.tasks().execute(org.entente.app.task.BackgroundTask.of(I18n.t("shell.task.backup.daily"),
                progress -> LibraryBackups.dailyDue(library.file(), LocalDateTime.now())
                        ? library.backUp(LibraryBackups.Reason.DAILY, progress::isCancelled) : null).aside().onSuccess(made -> {
            dailyFailureTold = null;
            if (made != null && window != null && window.stage().isShowing()) window.refresh(made);
        }).onFailure(error -> {
            // Closed meanwhile (another library was opened): nothing to say. A real failure (a full
            // disk, a read-only folder) is the user's to know: their safety net is missing. Told once,
            // not again at every hourly check while it stays the same.
            if (error instanceof java.util.concurrent.CancellationException) return;
            if (context.library() != library || library.isClosed()) return;
            // Without its numbers: a message that says how much room is free, or names a backup by the
            // minute, changes from hour to hour while it says the same.
            String told = library.file() + "\n" + String.valueOf(error.getMessage()).replaceAll("\\d+", "#");
            if (told.equals(dailyFailureTold)) return;
            dailyFailureTold = told;
            context.tasks().reportFailure(error);
        }));
    }

    /** The library and message (numbers left out) of the daily backup's failure last told (FX thread), null after a success. */
    private String dailyFailureTold;
}
