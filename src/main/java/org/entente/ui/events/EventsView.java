package org.entente.ui.events;

import java.util.Comparator;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppView;
import org.entente.ui.common.EventDetailPane;
import org.entente.ui.common.Names;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.entente.app.CitationService;
import org.entente.ui.common.annotate.AnnotationPanel;
import org.entente.ui.common.annotate.CitationActions;
import org.entente.ui.common.annotate.Highlight;

/** A sortable, filterable table of events with a detail pane for the selected one. */
public final class EventsView implements AppView {
    private final AppContext context;
    private final EventsViewModel model = new EventsViewModel();
    private final BorderPane root = new BorderPane();
    private final TableView<EventRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final ComboBox<Category> categoryBox = new ComboBox<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private java.util.concurrent.Future<?> loading;
    private TableColumn<EventRow, EventRow> dateColumn;
    private boolean applyingSelection;

    @Override
    public java.util.Map<String, String> captureState() {
        java.util.Map<String, String> s = new java.util.HashMap<>();
        s.put("events.search", model.filterText().get() == null ? "" : model.filterText().get());
        if (model.category().get() != null) s.put("events.category", model.category().get().key());
        s.put("events.mine", Boolean.toString(model.annotatedOnly().get()));
        return s;
    }

    @Override
    public void restoreState(java.util.Map<String, String> s) {
        model.filterText().set(s.getOrDefault("events.search", ""));
        String key = s.get("events.category");
        model.category().set(key == null ? null : model.categories().stream().filter(c -> c != null && c.key().equals(key)).findFirst().orElse(null));
        model.annotatedOnly().set(Boolean.parseBoolean(s.getOrDefault("events.mine", "false")));
    }

    public EventsView(AppContext context) {
        this.context = context;
        root.getStyleClass().add("events-view");

        filter.setPromptText(I18n.t("events.filter.prompt"));
        filter.setId("events-filter");
        filter.textProperty().bindBidirectional(model.filterText());
        HBox.setHgrow(filter, Priority.ALWAYS);
        FontIcon searchIcon = new FontIcon(MaterialDesignM.MAGNIFY);
        categoryBox.setId("events-category");
        categoryBox.setPromptText(I18n.t("events.category.all"));
        // "All categories" first (a null choice): a chosen category can be cleared again.
        javafx.collections.ObservableList<Category> choices = javafx.collections.FXCollections.observableArrayList();
        choices.add(null);
        model.categories().addListener((javafx.collections.ListChangeListener<Category>) c -> {
            Category keep = categoryBox.getValue();
            choices.setAll(model.categories());
            choices.add(0, null);
            categoryBox.setValue(keep);
        });
        categoryBox.setItems(choices);
        categoryBox.valueProperty().bindBidirectional(model.category());
        categoryBox.setButtonCell(categoryCell());
        categoryBox.setCellFactory(lv -> categoryCell());
        Label count = new Label();
        count.getStyleClass().add("events-count");
        count.textProperty().bind(model.countText());
        ToggleButton mine = new ToggleButton(I18n.t("events.mine"), new FontIcon(MaterialDesignS.STAR_OUTLINE));
        mine.setId("events-annotated");
        mine.setTooltip(new Tooltip(I18n.t("events.mine.tooltip")));
        mine.selectedProperty().bindBidirectional(model.annotatedOnly());
        HBox bar = new HBox(8, searchIcon, filter, categoryBox, mine, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("tool-bar-row");

        table.setId("events-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("events.placeholder")));
        TableColumn<EventRow, EventRow> date = new TableColumn<>(I18n.t("events.column.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(Comparator.comparingLong(EventRow::startDay).thenComparingLong(EventRow::endDay));
        date.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.date());
            }
        });
        date.setPrefWidth(190);
        TableColumn<EventRow, String> title = column(I18n.t("events.column.title"), EventRow::title, 380);
        TableColumn<EventRow, String> participants = column(I18n.t("events.column.participants"), EventRow::participants, 220);
        TableColumn<EventRow, String> category = column(I18n.t("events.column.category"), EventRow::category, 150);
        TableColumn<EventRow, EventRow> mark = markColumn();
        table.getColumns().setAll(java.util.List.of(mark, date, title, participants, category));
        // Dates and categories are short and must read whole ("12–13 December 2023", "Partnership
        // change"): their columns never shrink below them; titles and participants take what is left.
        // They grow with the type size (View › Type Size, Large Type): f is its factor.
        java.util.function.IntConsumer fitType = percent -> {
            double f = percent / 100.0;
            date.setMinWidth(atLeast(132 * f, f, WIDE_DATE.display(I18n.ENGLISH), WIDE_DATE.display(I18n.locale())));
            category.setMinWidth(atLeast(152 * f, f, Category.PARTNERSHIP_CHANGE.label(), Names.category(Category.PARTNERSHIP_CHANGE)));
            mark.setMinWidth(34 * f);
            mark.setPrefWidth(34 * f);
            mark.setMaxWidth(40 * f);
            // From 200 % the columns cannot all fit a 1280-pixel window: titles keep a readable
            // width and the table scrolls sideways rather than squeeze them into "Tô Lâm el…".
            boolean scroll = percent >= 200;
            title.setPrefWidth(380 * (scroll ? f : 1));
            participants.setPrefWidth(220 * (scroll ? f : 1));
            table.setColumnResizePolicy(scroll ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        };
        context.effectiveTypeScale().addListener((o, was, percent) -> fitType.accept(percent.intValue()));
        fitType.accept(context.effectiveTypeScale().get());
        // One row factory: the highlight tint and the double-click that opens the event's form.
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<EventRow> tableRow = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(EventRow row, boolean empty) {
                    super.updateItem(row, empty);
                    // The user's highlight colour tints the row (colours in annotate.css).
                    for (Highlight h : Highlight.values()) getStyleClass().remove(h.styleClass());
                    getStyleClass().remove("highlighted");
                    if (!empty && row != null) Highlight.of(row.highlight()).ifPresent(h -> getStyleClass().addAll("highlighted", h.styleClass()));
                }
            };
            tableRow.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !tableRow.isEmpty()) editEvent(tableRow.getItem());
            });
            return tableRow;
        });
        table.getStylesheets().add(AnnotationPanel.stylesheet());
        table.getSortOrder().add(date);
        dateColumn = date;

        installDelete();
        // Several rows may be selected (delete, "Copy citations"); the shared selection follows the focused one.
        addCitationItems(table.getContextMenu());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!applyingSelection) context.selectedEventId().set(row == null ? null : row.id());
        });
        context.selectedEventId().addListener((obs, old, id) -> selectRow(id));
        // Enter on a row opens the event in its form (as a double-click does, see the row factory).
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                editEvent(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        EventDetailPane detail = new EventDetailPane(context);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);
        // Large type needs more of the width for the table's columns; leaving it puts back the user's divider.
        double[] dividers = {0.66, 0.72};
        javafx.beans.binding.BooleanBinding large = context.effectiveTypeScale().greaterThanOrEqualTo(org.entente.ui.common.TypeScale.LARGE_TYPE_MINIMUM);
        large.addListener((o, was, now) -> {
            dividers[now ? 0 : 1] = split.getDividerPositions()[0];
            split.setDividerPositions(dividers[now ? 1 : 0]);
        });
        root.getProperties().put("large-type-binding", large);
        if (large.get()) split.setDividerPositions(dividers[1]);
        root.setTop(bar);
        root.setCenter(split);

        debounce.setOnFinished(e -> reload());
        model.filterText().addListener((obs, o, n) -> debounce.playFromStart());
        model.category().addListener((obs, o, n) -> reload());
        model.annotatedOnly().addListener((obs, o, n) -> reload());
        context.libraryVersion().addListener((obs, o, n) -> reload());
    }

    /** The Delete key and a context menu delete the selected events through the editor: undoable. */
    private void installDelete() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || (e.getCode() == KeyCode.BACK_SPACE && e.isShortcutDown())) {
                deleteSelected();
                e.consume();
            }
        });
        MenuItem delete = new MenuItem(I18n.t("events.menu.delete"));
        delete.setId("events-delete");
        // No accelerator: a context menu's accelerator would act in every view of the window.
        delete.setOnAction(e -> deleteSelected());
        ContextMenu menu = new ContextMenu(delete);
        menu.setOnShowing(e -> {
            int n = table.getSelectionModel().getSelectedItems().size();
            delete.setText(I18n.t("events.menu.delete.count", n));
            delete.setDisable(n == 0 || context.editor() == null);
        });
        table.setContextMenu(menu);
    }

    private void deleteSelected() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream().map(EventRow::id).toList();
        if (ids.isEmpty() || context.editor() == null) return;
        context.edit(I18n.t("events.task.deleting", ids.size()), editor -> {
            editor.deleteEvents(ids);
            return ids;
        }, deleted -> {
            if (deleted.contains(context.selectedEventId().get())) context.selectedEventId().set(null);
        });
    }

    private void editEvent(EventRow row) {
        context.editing().edit(new org.entente.model.RecordRef(org.entente.model.RecordKind.EVENT, row.id()));
    }

    /** "Copy citations (BibTeX / CSL-JSON)" of the selected events' sources, after the menu's own items. */
    private void addCitationItems(ContextMenu menu) {
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        for (CitationService.Format format : CitationService.Format.values()) {
            javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(I18n.t("events.menu.copy-citations", format.label()));
            copy.setId("events-copy-citations-" + format.extension());
            copy.setOnAction(e -> CitationActions.copy(context, selectedIds(), format));
            copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            menu.getItems().add(copy);
        }
    }

    /** Ids of the selected rows, in table order. */
    java.util.List<Long> selectedIds() { return table.getSelectionModel().getSelectedItems().stream().map(EventRow::id).toList(); }

    /** A narrow first column: a star for starred events, a pencil for other annotated ones. */
    private static TableColumn<EventRow, EventRow> markColumn() {
        TableColumn<EventRow, EventRow> mark = new TableColumn<>();
        mark.setGraphic(new FontIcon(MaterialDesignS.STAR_OUTLINE));
        mark.setId("events-mark-column");
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        mark.setComparator(Comparator.comparingInt((EventRow r) -> r.starred() ? 2 : r.annotated() ? 1 : 0));
        mark.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.annotated()) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                FontIcon icon = new FontIcon(row.starred() ? MaterialDesignS.STAR : MaterialDesignP.PENCIL_OUTLINE);
                icon.getStyleClass().add("annotation-mark");
                setGraphic(icon);
                setAccessibleText(row.starred() ? I18n.t("events.mark.starred") : I18n.t("events.mark.annotated"));
            }
        });
        mark.setPrefWidth(34);
        mark.setMaxWidth(40);
        mark.setResizable(false);
        return mark;
    }

    /** A long date of one month, as the date column must show it whole. */
    private static final org.entente.model.DateRange WIDE_DATE = org.entente.model.DateRange.parse("2023-12-12/2023-12-13");

    /**
     * A column's least width: {@code base} (set for the English text {@code english} at type factor
     * {@code f}), or the width {@code shown} needs when the interface's language writes it longer
     * ("12–13 tháng 12 năm 2023", "Thay đổi quan hệ đối tác").
     */
    private static double atLeast(double base, double f, String english, String shown) {
        // 13 px is the root font size at 100 % (entente.css); the cell's padding is about 8 px a side.
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 13 * f);
        double e = textWidth(english, font), s = textWidth(shown, font);
        return s <= e ? base : Math.max(base, s + 22 * f);
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static ListCell<Category> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? I18n.t("events.category.all") : Names.category(c));
            }
        };
    }

    private static TableColumn<EventRow, String> column(String name, java.util.function.Function<EventRow, String> value, double width) {
        TableColumn<EventRow, String> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // A text cut with "…" (a long title, many participants) reads whole in the cell's tooltip.
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        col.setComparator(java.text.Collator.getInstance()::compare);
        col.setPrefWidth(width);
        return col;
    }

    private void selectRow(Long id) {
        applyingSelection = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    // Already among the selected rows (the table's own selection, several rows): keep them.
                    if (table.getSelectionModel().isSelected(i)) return;
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            // Not among the rows (filtered out): no row may look selected for it, as the detail pane
            // shows the shared selection, not the row the table kept by its index.
            table.getSelectionModel().clearSelection();
        } finally {
            applyingSelection = false;
        }
    }

    private void reload() {
        var library = context.library();
        if (library == null) return;
        if (loading != null) loading.cancel(true);
        EventsViewModel.Filter f = model.filter();
        loading = context.tasks().run(I18n.t("events.task.loading"), () -> EventsViewModel.query(library, f), result -> {
            // Replacing the rows clears the table's selection; that must not clear the shared
            // selection (the detail pane would empty after every edit).
            applyingSelection = true;
            try {
                model.apply(result, f);
                if (table.getSortOrder().isEmpty()) table.getSortOrder().add(dateColumn);
                table.sort();
            } finally {
                applyingSelection = false;
            }
            selectRow(context.selectedEventId().get());
        });
    }

    @Override
    public String title() { return I18n.t("events.title"); }

    @Override
    public Ikon icon() { return MaterialDesignT.TABLE_LARGE; }

    @Override
    public Node node() { return root; }

    @Override
    public Node printNode() { return table; }

    @Override
    public void libraryOpened(AppContext ctx) { reload(); }

    /** For tests: the table. */
    TableView<EventRow> table() { return table; }
}
