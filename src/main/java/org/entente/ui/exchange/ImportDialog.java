package org.entente.ui.exchange;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportPlan;
import org.entente.exchange.Problem;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;

/**
 * The import preview: reads the files in the background (progress bar, Cancel), then shows what
 * will be added and what is already in the library, every problem, and the choice for duplicates;
 * Import writes everything in one transaction, Cancel leaves the library untouched.
 */
public final class ImportDialog {
    private final AppContext context;
    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private Task<?> running;

    public ImportDialog(AppContext context, List<Path> files) {
        this.context = context;
        this.model = new ImportViewModel(context.library(), files);
        stage.setTitle(files.size() == 1 ? I18n.t("exchange.dialog.import.title-file", files.get(0).getFileName().toString())
                : I18n.t("exchange.dialog.import.title-files", files.size()));
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        javafx.geometry.Dimension2D size = org.entente.ui.common.AppStyles.windowSize(900, 620, context.window(), context);
        stage.setScene(new Scene(build(), size.getWidth(), size.getHeight()));
        stage.getScene().getStylesheets().add(ImportDialog.class.getResource("exchange.css").toExternalForm());
        if (context.window() != null && context.window().getScene() != null)
            stage.getScene().getRoot().getStyleClass().addAll(context.window().getScene().getRoot().getStyleClass());
        // The app's type sizes (View › Type Size) and theme classes, followed while the dialog is open.
        stage.getScene().getStylesheets().add(0, org.entente.ui.common.AppStyles.main());
        org.entente.ui.common.AppStyles.follow(stage.getScene().getRoot(), context);
        stage.setOnCloseRequest(e -> cancelRunning());
    }

    public ImportViewModel model() { return model; }

    public Stage stage() { return stage; }

    /** Shows the dialog and starts reading. */
    public void show() {
        stage.show();
        read();
    }

    /** Reads the files (again) in the background, GDELT files through the model's filter. */
    private void read() {
        Task<ImportPlan> task = context.tasks().submit(model.previewTask());
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(model.summaryProperty()));
    }

    /** Apply (or, while reading, Stop): reads the GDELT files again through the filter typed. */
    @FXML
    private void applyGdeltFilter() {
        if (model.stageProperty().get() == ImportViewModel.Stage.READING) {
            cancelRunning();
            return;
        }
        GdeltFilter filter;
        try {
            String mentions = gdeltMinMentions.getText() == null ? "" : gdeltMinMentions.getText().strip();
            int min;
            try {
                min = mentions.isEmpty() ? 0 : Integer.parseInt(mentions);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(I18n.t("exchange.dialog.gdelt.bad-mentions", mentions));
            }
            filter = GdeltFilter.parse(GdeltFilter.items(gdeltCountries.getText()), GdeltFilter.items(gdeltPairs.getText()), min,
                    GdeltFilter.items(gdeltRoots.getText()));
        } catch (IllegalArgumentException e) {
            gdeltError.setText(e.getMessage());
            return;
        }
        gdeltError.setText("");
        model.gdeltFilterProperty().set(filter);
        read();
    }

    /** The steps of the last reading, each kept count over its name: read → with a country → … → to import. */
    private void showGdeltSteps(ImportPlan plan) {
        gdeltSteps.getChildren().clear();
        if (plan == null || plan.gdelt() == null) return;
        var c = plan.gdelt().counts();
        long dup = plan.gdelt().duplicates();
        long[] counts = {c.read(), c.withCountry(), c.byActors(), c.byMentions(), c.byRoots(), dup, c.byRoots() - dup};
        String[] names = {I18n.t("exchange.dialog.gdelt.step.read"), I18n.t("exchange.dialog.gdelt.step.with-country"),
                I18n.t("exchange.dialog.gdelt.step.by-actors"), I18n.t("exchange.dialog.gdelt.step.by-mentions"),
                I18n.t("exchange.dialog.gdelt.step.by-roots"), I18n.t("exchange.dialog.gdelt.step.duplicates"),
                I18n.t("exchange.dialog.gdelt.step.to-import")};
        String[] ids = {"read", "with-country", "by-actors", "by-mentions", "by-roots", "duplicates", "to-import"};
        for (int i = 0; i < counts.length; i++) {
            if (i > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("gdelt-step-arrow");
                gdeltSteps.getChildren().add(arrow);
            }
            Label count = new Label(I18n.integer(counts[i]));
            count.setId("gdelt-step-" + ids[i]);
            count.getStyleClass().add("gdelt-step-count");
            Label name = new Label(names[i]);
            name.getStyleClass().add("gdelt-step-name");
            name.setWrapText(true);
            name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            VBox step = new VBox(2, count, name);
            step.getStyleClass().add("gdelt-step");
            HBox.setHgrow(step, javafx.scene.layout.Priority.ALWAYS);
            step.setPrefWidth(0); // all steps as wide as each other: the row's width shared out
            step.setMaxWidth(Double.MAX_VALUE);
            gdeltSteps.getChildren().add(step);
        }
        gdeltSteps.setAccessibleText(plan.gdelt().steps());
    }


    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private TableView<ImportPlan.Row> table;
    @FXML private Label problemsHeading;
    @FXML private ListView<Problem> problemList;
    @FXML private HBox dupBox;
    @FXML private ChoiceBox<DuplicatePolicy> duplicates;
    @FXML private Button cancel;
    @FXML private Button confirm;
    @FXML private VBox gdeltBox;
    @FXML private TextField gdeltCountries;
    @FXML private TextField gdeltPairs;
    @FXML private TextField gdeltMinMentions;
    @FXML private TextField gdeltRoots;
    @FXML private Button gdeltApply;
    @FXML private Label gdeltError;
    @FXML private HBox gdeltSteps;

    private BorderPane build() {
        BorderPane root = Fxml.load(ImportDialog.class.getResource("ImportDialog.fxml"), this);
        progress.visibleProperty().bind(model.stageProperty().isEqualTo(ImportViewModel.Stage.READING)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.IMPORTING)));
        progress.managedProperty().bind(progress.visibleProperty());

        table.setItems(model.rows());
        String duplicate = I18n.t("exchange.dialog.import.row.duplicate"), add = I18n.t("exchange.dialog.import.row.add");
        // Widths that hold "đã có trong thư viện", "Quan hệ đối tác" and a range such as 2024-06-19/2024-06-20 whole.
        TableColumn<ImportPlan.Row, String> action = column(I18n.t("exchange.dialog.import.column.action"), r -> r.duplicate() ? duplicate : add, 160);
        TableColumn<ImportPlan.Row, String> kind = column(I18n.t("exchange.dialog.import.column.kind"), ImportPlan.Row::kind, 135);
        TableColumn<ImportPlan.Row, String> when = column(I18n.t("exchange.dialog.import.column.when"), ImportPlan.Row::when, 160);
        table.getColumns().add(action);
        table.getColumns().add(kind);
        table.getColumns().add(column(I18n.t("exchange.dialog.import.column.title"), ImportPlan.Row::title, 305));
        table.getColumns().add(when);
        table.getColumns().add(column(I18n.t("exchange.dialog.import.column.from"), ImportPlan.Row::file, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // In large type the short columns take the width their texts need in the dialog's type: their
        // 100 % widths cut dates to "1815-1…" at 200 %. The title and the file share what is left.
        model.rows().addListener((javafx.collections.ListChangeListener<ImportPlan.Row>) c -> fitShortColumns(List.of(action, kind, when)));
        context.effectiveTypeScale().addListener((o, was, now) -> fitShortColumns(List.of(action, kind, when)));
        problemsHeading.fontProperty().addListener((o, was, now) -> fitShortColumns(List.of(action, kind, when)));

        problemList.setItems(model.problems());
        problemList.setCellFactory(lv -> new ListCell<>() {
            {
                // A problem is a sentence naming its file, line and field, often longer than the list
                // is wide (the more so in Vietnamese): it wraps rather than hides its end.
                // A pref width of 0 lets the list give the cell its own width (no horizontal scroll bar),
                // and the cell's height then follows the wrapped text.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                setText(p.toString());
                getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
            }
        });
        problemsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("exchange.dialog.import.problems", model.problems().size()), model.problems()));
        // Where every error is about one row or slide: import the others, leaving those out.
        CheckBox skip = new CheckBox();
        skip.setId("import-skip-invalid");
        skip.setWrapText(true);
        skip.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        skip.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportPlan p = model.planProperty().get();
            return p == null ? "" : I18n.t("exchange.dialog.import.skip-invalid", p.counts().total(), p.invalidRows());
        }, model.planProperty()));
        skip.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.planProperty().get() != null
                && model.planProperty().get().canSkipInvalid()
                && model.stageProperty().get() == ImportViewModel.Stage.READY, model.planProperty(), model.stageProperty()));
        skip.managedProperty().bind(skip.visibleProperty());
        VBox problemsBox = (VBox) problemsHeading.getParent();
        problemsBox.getChildren().add(problemsBox.getChildren().indexOf(problemsHeading) + 1, skip);

        duplicates.getItems().setAll(DuplicatePolicy.values());
        duplicates.valueProperty().bindBidirectional(model.policyProperty());
        duplicates.setConverter(new StringConverter<>() {
            @Override
            public String toString(DuplicatePolicy p) { return p == null ? "" : p.label(); }

            @Override
            public DuplicatePolicy fromString(String s) { return null; }
        });
        dupBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.planProperty().get() != null && choosableDuplicates(model.planProperty().get()) > 0, model.planProperty()));

        // GDELT files: shown once a reading found one; kept while it is read again.
        gdeltBox.setVisible(false);
        gdeltError.managedProperty().bind(gdeltError.textProperty().isNotEmpty());
        gdeltBox.managedProperty().bind(gdeltBox.visibleProperty());
        model.planProperty().addListener((obs, o, plan) -> {
            if (plan != null && plan.gdelt() != null) gdeltBox.setVisible(true);
            showGdeltSteps(plan);
        });
        gdeltApply.textProperty().bind(Bindings.when(model.stageProperty().isEqualTo(ImportViewModel.Stage.READING))
                .then(I18n.t("exchange.dialog.gdelt.stop")).otherwise(I18n.t("exchange.dialog.gdelt.apply")));
        gdeltApply.disableProperty().bind(model.stageProperty().isEqualTo(ImportViewModel.Stage.IMPORTING)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.DONE)));
        for (TextField field : List.of(gdeltCountries, gdeltPairs, gdeltMinMentions, gdeltRoots)) {
            // Enter in a filter field reads again; it must not reach the default button (Import).
            field.setOnAction(e -> {
                e.consume();
                if (model.stageProperty().get() != ImportViewModel.Stage.READING) applyGdeltFilter();
            });
        }
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        cancel.textProperty().bind(Bindings.when(model.stageProperty().isEqualTo(ImportViewModel.Stage.DONE)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.FAILED))
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.CANCELLED))).then(I18n.t("common.close")).otherwise(I18n.t("common.cancel")));
        return root;
    }

    @FXML
    private void cancel() {
        cancelRunning();
        stage.close();
    }

    @FXML
    private void confirm() {
        var task = context.tasks().submit(model.commitTask());
        running = task;
        task.stateProperty().addListener((obs, o, s) -> {
            if (s == javafx.concurrent.Worker.State.SUCCEEDED) context.libraryChanged();
        });
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(model.summaryProperty()));
    }

    /** Duplicates the choice applies to: not GDELT rows, whose GLOBALEVENTID already there is always skipped. */
    private static long choosableDuplicates(ImportPlan plan) {
        return plan.counts().duplicates() - (plan.gdelt() == null ? 0 : plan.gdelt().duplicates());
    }

    private void cancelRunning() {
        if (running != null && running.isRunning()) running.cancel();
    }

    /** Rows measured for a column's width: enough to find the longest date or kind, few enough to be quick on a GDELT file. */
    private static final int MEASURED_ROWS = 500;

    /**
     * Widens each short column to its header's and its longest text's width (of the first
     * {@link #MEASURED_ROWS} rows) in the type the table shows, never narrower than at 100 %.
     */
    private void fitShortColumns(List<TableColumn<ImportPlan.Row, String>> columns) {
        double scale = context.effectiveTypeScale().get() / 100.0;
        if (scale <= 1) return;
        javafx.scene.text.Font font = javafx.scene.text.Font.font(problemsHeading.getFont().getFamily(), problemsHeading.getFont().getSize());
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        java.util.function.BiFunction<javafx.scene.text.Font, String, Double> width = (f, text) -> {
            probe.setFont(f);
            probe.setText(text == null ? "" : text);
            return probe.getLayoutBounds().getWidth();
        };
        // a cell's padding and the header's sort arrow room, as in the type shown
        double padding = 2 * font.getSize();
        List<ImportPlan.Row> rows = model.rows().subList(0, Math.min(MEASURED_ROWS, model.rows().size()));
        for (TableColumn<ImportPlan.Row, String> c : columns) {
            double w = width.apply(bold, c.getText());
            for (ImportPlan.Row r : rows) w = Math.max(w, width.apply(font, c.getCellData(r)));
            double needed = Math.max(w + padding, (double) c.getProperties().get(BASE_WIDTH));
            c.setMinWidth(needed);
            c.setPrefWidth(needed);
            c.setMaxWidth(needed);
        }
        // what the short columns leave goes to the title and the file, not to the file alone
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static final String BASE_WIDTH = ImportDialog.class.getName() + ".baseWidth";

    private static TableColumn<ImportPlan.Row, String> column(String title, java.util.function.Function<ImportPlan.Row, String> value, double width) {
        TableColumn<ImportPlan.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.getProperties().put(BASE_WIDTH, width);
        return c;
    }
}
