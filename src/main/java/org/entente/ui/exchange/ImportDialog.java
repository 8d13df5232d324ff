package org.entente.ui.exchange;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportPlan;
import org.entente.exchange.Problem;
import org.entente.ui.common.AppContext;

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
        stage.setTitle("Import " + (files.size() == 1 ? files.get(0).getFileName() : files.size() + " files"));
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(build(), 900, 620));
        stage.getScene().getStylesheets().add(ImportDialog.class.getResource("exchange.css").toExternalForm());
        if (context.window() != null && context.window().getScene() != null)
            stage.getScene().getRoot().getStyleClass().addAll(context.window().getScene().getRoot().getStyleClass());
        stage.setOnCloseRequest(e -> cancelRunning());
    }

    public ImportViewModel model() { return model; }

    public Stage stage() { return stage; }

    /** Shows the dialog and starts reading. */
    public void show() {
        stage.show();
        Task<ImportPlan> task = context.tasks().submit(model.previewTask());
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(model.summaryProperty()));
    }

    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();

    private BorderPane build() {
        Label heading = new Label("Import preview");
        heading.getStyleClass().add("import-heading");
        status.setId("import-summary");
        status.getStyleClass().add("import-summary");
        status.setWrapText(true);
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(model.stageProperty().isEqualTo(ImportViewModel.Stage.READING)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.IMPORTING)));
        progress.managedProperty().bind(progress.visibleProperty());
        VBox top = new VBox(6, heading, progress, status);

        TableView<ImportPlan.Row> table = new TableView<>(model.rows());
        table.setId("import-table");
        table.setPlaceholder(new Label("No records read yet"));
        table.getColumns().add(column("Action", r -> r.duplicate() ? "already in library" : "add", 130));
        table.getColumns().add(column("Kind", ImportPlan.Row::kind, 90));
        table.getColumns().add(column("Title", ImportPlan.Row::title, 380));
        table.getColumns().add(column("When", ImportPlan.Row::when, 170));
        table.getColumns().add(column("From", ImportPlan.Row::file, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ListView<Problem> problemList = new ListView<>(model.problems());
        problemList.setId("import-problems");
        problemList.setPlaceholder(new Label("No problems found"));
        problemList.setCellFactory(lv -> new ListCell<>() {
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
        Label problemsHeading = new Label();
        problemsHeading.textProperty().bind(Bindings.size(model.problems()).asString("Problems (%d)"));
        VBox problemsBox = new VBox(4, problemsHeading, problemList);
        VBox.setVgrow(problemList, Priority.ALWAYS);
        SplitPane centre = new SplitPane(table, problemsBox);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.62);

        ChoiceBox<DuplicatePolicy> duplicates = new ChoiceBox<>();
        duplicates.setId("import-duplicates");
        duplicates.getItems().setAll(DuplicatePolicy.values());
        duplicates.valueProperty().bindBidirectional(model.policyProperty());
        duplicates.setConverter(new StringConverter<>() {
            @Override
            public String toString(DuplicatePolicy p) { return p == null ? "" : p.label(); }

            @Override
            public DuplicatePolicy fromString(String s) { return null; }
        });
        Label dupLabel = new Label("Records already in the library:");
        HBox dupBox = new HBox(8, dupLabel, duplicates);
        dupBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dupBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.planProperty().get() != null && model.planProperty().get().counts().duplicates() > 0, model.planProperty()));

        Button confirm = new Button("Import");
        confirm.setId("import-confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.setOnAction(e -> confirm());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.when(model.stageProperty().isEqualTo(ImportViewModel.Stage.DONE)
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.FAILED))
                .or(model.stageProperty().isEqualTo(ImportViewModel.Stage.CANCELLED))).then("Close").otherwise("Cancel"));
        cancel.setOnAction(e -> {
            cancelRunning();
            stage.close();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, dupBox, spacer, cancel, confirm);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(centre, top, null, buttons, null);
        root.getStyleClass().add("import-dialog");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(centre, new Insets(8, 0, 8, 0));
        return root;
    }

    private void confirm() {
        var task = context.tasks().submit(model.commitTask());
        running = task;
        task.stateProperty().addListener((obs, o, s) -> {
            if (s == javafx.concurrent.Worker.State.SUCCEEDED) context.libraryChanged();
        });
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(model.summaryProperty()));
    }

    private void cancelRunning() {
        if (running != null && running.isRunning()) running.cancel();
    }

    private static TableColumn<ImportPlan.Row, String> column(String title, java.util.function.Function<ImportPlan.Row, String> value, double width) {
        TableColumn<ImportPlan.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
