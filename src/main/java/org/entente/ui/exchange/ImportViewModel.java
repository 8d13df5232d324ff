package org.entente.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportOutcome;
import org.entente.app.ImportPlan;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.app.task.BackgroundTask;
import org.entente.exchange.Problem;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.i18n.I18n;
import org.entente.store.Library;

/**
 * The state of one import: the files, the preview (what will be added or matched, and every
 * problem), the duplicate choice, and the two background steps. Holds no nodes; the dialog binds
 * to it.
 */
public final class ImportViewModel {
    public enum Stage { READING, READY, IMPORTING, DONE, FAILED, CANCELLED }

    private final Library library;
    private final List<Path> files;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.READING);
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<ImportPlan.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicatePolicy> policy = new SimpleObjectProperty<>(this, "policy", DuplicatePolicy.SKIP);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", I18n.t("exchange.import.reading"));
    private final BooleanProperty canConfirm = new SimpleBooleanProperty(this, "canConfirm", false);
    /** The user's choice to import the valid rows and leave out those with errors (when every error is about one row). */
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(this, "skipInvalid", false);
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ObjectProperty<GdeltFilter> gdeltFilter = new SimpleObjectProperty<>(this, "gdeltFilter", GdeltFilter.NONE);

    public ImportViewModel(Library library, List<Path> files) {
        this.library = library;
        this.files = List.copyOf(files);
        skipInvalid.addListener((obs, was, skip) -> {
            ImportPlan p = plan.get();
            if (stage.get() == Stage.READY && p != null && p.hasErrors()) {
                canConfirm.set(skip && p.canSkipInvalid());
                summary.set(readySummary(p));
            }
        });
    }

    public List<Path> files() { return files; }

    public ReadOnlyObjectProperty<Stage> stageProperty() { return stage.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() { return plan.getReadOnlyProperty(); }

    public ObservableList<ImportPlan.Row> rows() { return rows; }

    public ObservableList<Problem> problems() { return problems; }

    public ObjectProperty<DuplicatePolicy> policyProperty() { return policy; }

    public StringProperty summaryProperty() { return summary; }

    public BooleanProperty canConfirmProperty() { return canConfirm; }

    public BooleanProperty skipInvalidProperty() { return skipInvalid; }

    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** What GDELT files are read through; set it, then run a new {@link #previewTask()} to read them again. */
    public ObjectProperty<GdeltFilter> gdeltFilterProperty() { return gdeltFilter; }

    /** A task that reads the files (GDELT files through the current filter) and fills the preview (run it in the background). */
    public BackgroundTask<ImportPlan> previewTask() {
        GdeltFilter filter = gdeltFilter.get();
        stage.set(Stage.READING);
        canConfirm.set(false);
        return BackgroundTask.of(I18n.t("exchange.import.task.read", label()),
                        progress -> new ImportService(library).preview(files, filter, ImportProgress.of(progress)))
                .onSuccess(this::showPlan)
                .onFailure(error -> {
                    if (error instanceof CancellationException) {
                        stage.set(Stage.CANCELLED);
                        summary.set(I18n.t("exchange.import.cancelled-read"));
                    } else {
                        fail(error);
                    }
                });
    }

    void showPlan(ImportPlan p) {
        plan.set(p);
        rows.setAll(p.rows());
        problems.setAll(p.problems());
        stage.set(Stage.READY);
        summary.set(readySummary(p));
        canConfirm.set(p.counts().total() > 0 && (!p.hasErrors() || skipInvalid.get() && p.canSkipInvalid()));
    }

    /** What Import will do with {@code p}, as the preview says it. */
    private String readySummary(ImportPlan p) {
        if (p.hasErrors() && skipInvalid.get() && p.canSkipInvalid())
            return I18n.t("exchange.import.will-skipping", p.summary(), p.invalidRows());
        if (p.hasErrors()) return I18n.t("exchange.import.errors", p.errorCount(), files.size());
        if (p.counts().total() == 0) return I18n.t("exchange.import.nothing");
        return I18n.t("exchange.import.will", p.summary());
    }

    /** A task that imports, all or nothing, with the chosen duplicate policy. */
    public BackgroundTask<ImportOutcome> commitTask() {
        ImportPlan p = plan.get();
        if (p == null || !canConfirm.get()) throw new IllegalStateException("nothing to import");
        DuplicatePolicy chosen = policy.get();
        boolean skip = skipInvalid.get() && p.canSkipInvalid();
        canConfirm.set(false);
        stage.set(Stage.IMPORTING);
        long total = Math.max(1, p.counts().total());
        return BackgroundTask.of(I18n.t("exchange.import.task.import", label()), progress -> {
            progress.update(0, total, null);
            return new ImportService(library).commit(p, chosen, skip, ImportProgress.of(progress));
        }).onSuccess(done -> {
            outcome.set(done);
            stage.set(Stage.DONE);
            summary.set(I18n.t("exchange.import.done", done));
        }).onFailure(error -> {
            if (error instanceof CancellationException) {
                stage.set(Stage.CANCELLED);
                summary.set(I18n.t("exchange.import.cancelled-import"));
            } else {
                fail(error);
            }
        });
    }

    private void fail(Throwable error) {
        stage.set(Stage.FAILED);
        if (error instanceof ImportService.ImportRefusedException r) problems.setAll(r.problems());
        summary.set(I18n.t("exchange.import.failed", error == null ? I18n.t("exchange.import.unknown-error") : error.getMessage()));
        canConfirm.set(false);
    }

    private String label() {
        return files.size() == 1 ? files.get(0).getFileName().toString() : I18n.t("exchange.import.files", files.size());
    }
}
