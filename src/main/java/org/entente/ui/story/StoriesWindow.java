package org.entente.ui.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.entente.model.Slide;
import org.entente.model.Story;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;
import org.entente.ui.common.StoryHost;

/**
 * The library's stories and the slides of the chosen one: make a story, add a slide of what the
 * main window shows, give it a title and notes, show it again, put it up or down, play the story.
 * Every change is written to the library at once, in the background.
 */
final class StoriesWindow {
    private final StoryHost host;
    private final AppContext context;
    private final Stage stage = new Stage();
    // From StoriesWindow.fxml.
    @FXML private SplitPane root;
    @FXML private ListView<Story> stories;
    @FXML private ListView<Slide> slides;
    @FXML private TextField title;
    @FXML private TextArea notes;
    @FXML private CheckBox presenterView;
    @FXML private ChoiceBox<Double> scale;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportStatus;
    @FXML private Button rename, delete, add, update, showButton, up, down, deleteSlideButton, undoDelete, playButton, pdf, pngs, exportCancel;
    private StoryPlayer player;
    private final javafx.beans.property.BooleanProperty exporting = new javafx.beans.property.SimpleBooleanProperty(this, "exporting");
    private volatile boolean cancelExport;
    /** The last slide deleted, until it is put back or its story is deleted. */
    private final javafx.beans.property.ObjectProperty<DeletedSlide> deletedSlide = new javafx.beans.property.SimpleObjectProperty<>(this, "deletedSlide");
    private final javafx.beans.property.BooleanProperty writing = new javafx.beans.property.SimpleBooleanProperty(this, "writing");
    /** While the list is refilled: its selection changes are not the user's. */
    private boolean refilling;

    StoriesWindow(StoryHost host, AppContext context) {
        this.host = host;
        this.context = context;
        stage.initOwner(host.stage());
        stage.setTitle(I18n.t("story.window.title"));
        Fxml.load(StoriesWindow.class.getResource("StoriesWindow.fxml"), this);

        stories.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Story s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : I18n.t("story.list.story", s.title(), s.slides().size()));
            }
        });
        stories.setPlaceholder(placeholder(I18n.t("story.list.empty")));
        slides.setCellFactory(v -> new ListCell<>() {
            {
                // as wide as the list, a long title ending in "…" (whole in its tooltip), rather than a
                // list that scrolls sideways to show it
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Slide s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.title());
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(s.title()));
            }
        });
        slides.setPlaceholder(placeholder(I18n.t("story.slides.empty")));
        stories.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (refilling) return;
            slides.getItems().setAll(now == null ? List.of() : now.slides());
            if (!slides.getItems().isEmpty()) slides.getSelectionModel().select(0);
        });
        slides.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            title.setText(now == null ? "" : now.title());
            notes.setText(now == null ? "" : now.notes());
        });

        rename.disableProperty().bind(stories.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(rename.disableProperty());
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) saveText();
        });
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now) saveText();
        });
        var noSlide = slides.getSelectionModel().selectedItemProperty().isNull();
        title.disableProperty().bind(noSlide);
        notes.disableProperty().bind(noSlide);
        add.disableProperty().bind(stories.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : List.of(update, showButton, deleteSlideButton)) b.disableProperty().bind(noSlide);
        undoDelete.visibleProperty().bind(deletedSlide.isNotNull());
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        up.disableProperty().bind(noSlide.or(slides.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(noSlide.or(slides.getSelectionModel().selectedIndexProperty().isEqualTo(Bindings.size(slides.getItems()).subtract(1))));
        playButton.disableProperty().bind(Bindings.isEmpty(slides.getItems()));
        presenterView.setSelected(Screen.getScreens().size() > 1);
        for (Button b : List.of(pdf, pngs)) b.disableProperty().bind(Bindings.isEmpty(slides.getItems()).or(exporting));
        scale.getItems().setAll(1.0, 2.0);
        scale.setValue(2.0);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : I18n.t(d == 1 ? "story.export.scale.1" : "story.export.scale.2"); }

            @Override public Double fromString(String s) { return s.startsWith("1") ? 1.0 : 2.0; }
        });
        // Only while slides are being taken: once the file is being written it is finished.
        exportCancel.visibleProperty().bind(exporting.and(writing.not()));
        exportProgress.visibleProperty().bind(exporting);
        javafx.geometry.Dimension2D size = org.entente.ui.common.AppStyles.windowSize(900, 600, host.stage(), context);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(StoriesWindow.class.getResource("stories.css").toExternalForm());
        if (host.stage().getScene() != null) scene.getStylesheets().addAll(0, host.stage().getScene().getStylesheets());
        // The type size of View › Type Size (and the theme's class), as in the main window: without it the
        // window stayed at 13 px type whatever the size chosen.
        org.entente.ui.common.AppStyles.follow(root, context);
        stage.setScene(scene);
        context.libraryProperty().addListener((o, was, now) -> reload(null, -1));
    }

    void show() {
        reload(selectedStoryId(), slides.getSelectionModel().getSelectedIndex());
        stage.show();
        stage.toFront();
    }

    /** A slide of the main window as it is now, after the chosen slide (a new story when there is none). */
    @FXML
    void addSlideOfTheView() {
        Map<String, String> state = host.captureState();
        Story story = stories.getSelectionModel().getSelectedItem();
        int chosen = slides.getSelectionModel().getSelectedIndex();
        Long storyId = story == null ? null : story.id();
        String view = state.getOrDefault("view", "view");
        // The story is looked up in the library, not in this window's list, which a first use from
        // the menu has not read yet: the first story when none is chosen, a new one when there is none.
        // The names the app gives (a first story, a new slide) are in the interface language; once
        // given they are the library's, as a name the user typed is.
        String firstStory = I18n.t("story.default-title");
        String viewName = viewName(view);
        write(I18n.t("story.task.add-slide"), "story.failed.add-slide", library -> {
            Story target = storyId == null ? null : library.stories().byId(storyId).orElse(null);
            if (target == null) target = library.stories().all().stream().findFirst().orElse(null);
            if (target == null) target = library.stories().create(firstStory);
            int at = storyId != null && target.id() == storyId && chosen >= 0 ? chosen + 1 : target.slides().size();
            library.stories().addSlide(target.id(), at, new Slide(0, I18n.t("story.slide.default-title", Integer.toString(at + 1), viewName), "", state));
            return new long[] {target.id(), at};
        }, added -> {
            reload(added[0], (int) added[1]);
            stage.show();
        });
    }

    /**
     * A view's name for a slide's title: the slide keeps the view by its tab's name ("Timeline"),
     * written here in the interface language when it is one of the app's views.
     */
    static String viewName(String view) {
        String key = "story.view." + view.toLowerCase(java.util.Locale.ROOT); // story.view.* in dynamic-keys.txt
        return I18n.tOr(key, view);
    }

    /** Plays the chosen story (or the first) from its first slide. */
    void playFromStart() {
        Library library = context.library();
        Long chosen = selectedStoryId();
        context.tasks().run(I18n.t("story.task.read"), () -> library.stories().all(), all -> {
            Optional<Story> story = all.stream().filter(s -> chosen == null || s.id() == chosen).findFirst();
            if (story.isEmpty() || story.get().slides().isEmpty()) {
                show();
                exportStatus.setText(story.isEmpty() ? I18n.t("story.play.no-story") : I18n.t("story.play.no-slides", story.get().title()));
                return;
            }
            start(story.get().slides(), 0);
        });
    }

    /** The player while a story plays (tests step it). */
    StoryPlayer player() { return player; }

    @FXML
    private void play() {
        Story story = stories.getSelectionModel().getSelectedItem();
        if (story == null || story.slides().isEmpty()) return;
        start(slides.getItems(), Math.max(0, slides.getSelectionModel().getSelectedIndex()));
    }

    private void start(List<Slide> list, int first) {
        if (player != null) player.stop();
        player = new StoryPlayer(host, list);
        boolean wasShowing = stage.isShowing();
        stage.hide();
        player.playingProperty().addListener((o, was, now) -> {
            if (!now && wasShowing) stage.show();
        });
        player.play(first, presenterView.isSelected());
    }

    @FXML
    private void exportPdf() {
        Story story = stories.getSelectionModel().getSelectedItem();
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.t("story.export.pdf.title"));
        chooser.setInitialFileName(StoryExport.fileName(story.title()) + ".pdf");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        org.entente.ui.common.FileDialogs.save(chooser, stage).ifPresent(target ->
                export(story, new StoryExport.PdfSink(story.slides(), scale.getValue(), story.title(), target)));
    }

    @FXML
    private void exportPngs() {
        Story story = stories.getSelectionModel().getSelectedItem();
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(I18n.t("story.export.pngs.title"));
        org.entente.ui.common.FileDialogs.folder(chooser, stage).ifPresent(folder -> export(story, new StoryExport.PngSink(story.slides(), folder)));
    }

    /** Pictures of the story's slides taken on the window, each written in the background as it is taken. */
    private void export(Story story, StoryExport.Sink sink) {
        List<Slide> list = story.slides();
        cancelExport = false;
        exporting.set(true);
        exportProgress.setProgress(0);
        exportStatus.setText(I18n.t("story.export.taking", 1, list.size()));
        new StoryExport(host, context).capture(list, scale.getValue(), sink.wantsDrawings(), sink::accept, (done, total) -> {
            exportProgress.setProgress(done / (double) total);
            exportStatus.setText(done < total ? I18n.t("story.export.taking", done + 1, total) : I18n.t("story.export.writing"));
        }, () -> cancelExport).whenComplete((v, error) -> javafx.application.Platform.runLater(() -> {
            if (error != null) {
                boolean cancelled = error instanceof java.util.concurrent.CancellationException
                        || error.getCause() instanceof java.util.concurrent.CancellationException;
                exportStatus.setText(cancelled ? I18n.t("story.export.cancelling") : I18n.t("story.export.failed.removing", error.getMessage()));
                context.tasks().run(I18n.t("story.task.discard"), () -> {
                    try (sink) {
                        sink.discard();
                    }
                    return null;
                }, x -> {
                    exporting.set(false);
                    exportStatus.setText(cancelled ? I18n.t("story.export.cancelled") : I18n.t("story.export.failed", error.getMessage()));
                }, failure -> {
                    exporting.set(false);
                    exportStatus.setText(I18n.t("story.export.discard-failed", failure.getMessage()));
                });
                return;
            }
            writing.set(true);
            context.tasks().run(I18n.t("story.task.write"), () -> {
                try (sink) {
                    return sink.finish();
                } catch (Exception e) {
                    sink.discard();
                    throw e;
                }
            }, what -> {
                writing.set(false);
                exporting.set(false);
                exportStatus.setText(I18n.t("story.export.wrote", what));
            }, failure -> {
                writing.set(false);
                exporting.set(false);
                exportStatus.setText(I18n.t("story.export.failed", failure.getMessage()));
            });
        }));
    }

    @FXML
    private void newStory() {
        ask(I18n.t("story.new.header"), I18n.t("story.title.prompt"), I18n.t("story.default-title")).ifPresent(t ->
                write(I18n.t("story.task.create"), "story.failed.create", library -> library.stories().create(t).id(), id -> reload(id, -1)));
    }

    @FXML
    private void renameStory() {
        Story story = stories.getSelectionModel().getSelectedItem();
        ask(I18n.t("story.rename.header"), I18n.t("story.title.prompt"), story.title()).ifPresent(t ->
                write(I18n.t("story.task.rename"), "story.failed.rename", library -> {
                    library.stories().rename(story.id(), t);
                    return story.id();
                }, id -> reload(id, slides.getSelectionModel().getSelectedIndex())));
    }

    @FXML
    private void deleteStory() {
        Story story = stories.getSelectionModel().getSelectedItem();
        ButtonType ok = okButton(), cancel = cancelButton();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("story.delete.question", story.title(), story.slides().size()), cancel, ok);
        confirm.initOwner(stage);
        confirm.setHeaderText(I18n.t("story.delete.header"));
        confirm.getDialogPane().setId("story-delete-confirm");
        if (confirm.showAndWait().orElse(cancel) != ok) return;
        if (deletedSlide.get() != null && deletedSlide.get().storyId() == story.id()) deletedSlide.set(null);
        write(I18n.t("story.task.delete"), "story.failed.delete", library -> {
            library.stories().delete(story.id());
            return story.id();
        }, id -> reload(null, -1));
    }

    @FXML
    private void saveText() {
        Slide slide = slides.getSelectionModel().getSelectedItem();
        if (slide == null) return;
        String t = title.getText(), n = notes.getText();
        if (slide.title().equals(new Slide(0, t, n, Map.of()).title()) && slide.notes().equals(n)) return;
        storeSlide(slide.withTitle(t).withNotes(n), I18n.t("story.task.save-slide"), "story.failed.save-slide");
    }

    @FXML
    private void updateSlide() {
        Slide slide = slides.getSelectionModel().getSelectedItem();
        storeSlide(slide.withTitle(title.getText()).withNotes(notes.getText()).withState(host.captureState()),
                I18n.t("story.task.update-slide"), "story.failed.update-slide");
    }

    /** Stores {@code changed} in the background as task {@code task}, then shows the story again with the same slide selected. */
    private void storeSlide(Slide changed, String task, String failedKey) {
        int at = slides.getSelectionModel().getSelectedIndex();
        Long storyId = selectedStoryId();
        write(task, failedKey, library -> {
            library.stories().updateSlide(changed);
            return storyId;
        }, id -> reload(id, at));
    }

    @FXML
    private void showSlide() {
        Slide slide = slides.getSelectionModel().getSelectedItem();
        if (slide != null) host.restoreState(slide.state());
    }

    @FXML
    private void moveSlideUp() { moveSlide(-1); }

    @FXML
    private void moveSlideDown() { moveSlide(1); }

    /** Cancel beside the export's progress: stops taking slides (the file is not written). */
    @FXML
    private void stopExport() { cancelExport = true; }

    private void moveSlide(int by) {
        Slide slide = slides.getSelectionModel().getSelectedItem();
        int to = slides.getSelectionModel().getSelectedIndex() + by;
        Long storyId = selectedStoryId();
        write(I18n.t("story.task.move-slide"), "story.failed.move-slide", library -> {
            library.stories().moveSlide(slide.id(), to);
            return storyId;
        }, id -> reload(id, to));
    }

    @FXML
    private void deleteSlide() {
        Slide slide = slides.getSelectionModel().getSelectedItem();
        int at = slides.getSelectionModel().getSelectedIndex();
        Long storyId = selectedStoryId();
        write(I18n.t("story.task.delete-slide"), "story.failed.delete-slide", library -> {
            library.stories().deleteSlide(slide.id());
            return storyId;
        }, id -> {
            deletedSlide.set(new DeletedSlide(storyId, at, slide));
            reload(id, Math.max(0, at - 1));
        });
    }

    /** Puts the last deleted slide back where it was, with its title, notes and state. */
    @FXML
    private void undoDeleteSlide() {
        DeletedSlide deleted = deletedSlide.get();
        if (deleted == null) return;
        deletedSlide.set(null);
        write(I18n.t("story.task.undo-delete-slide"), "story.failed.undo-delete-slide", library -> {
            library.stories().addSlide(deleted.storyId(), deleted.index(), deleted.slide());
            return deleted.storyId();
        }, id -> reload(id, deleted.index()));
    }

    /** A slide deleted from story {@code storyId} at {@code index}, kept so that it can be put back. */
    private record DeletedSlide(long storyId, int index, Slide slide) {}

    /** Reads the stories again and chooses story {@code storyId} (the first when null) and its slide {@code slideIndex}. */
    private void reload(Long storyId, int slideIndex) {
        Library library = context.library();
        if (library == null) {
            stories.getItems().clear();
            return;
        }
        context.tasks().run(I18n.t("story.task.read"), () -> library.stories().all(), all -> {
            refilling = true;
            try {
                stories.getItems().setAll(all);
            } finally {
                refilling = false;
            }
            Story chosen = all.stream().filter(s -> storyId != null && s.id() == storyId).findFirst().orElse(all.isEmpty() ? null : all.get(0));
            stories.getSelectionModel().clearSelection();
            if (chosen == null) return;
            stories.getSelectionModel().select(chosen);
            if (slideIndex >= 0 && slideIndex < slides.getItems().size()) slides.getSelectionModel().select(slideIndex);
        });
    }

    private Long selectedStoryId() {
        Story s = stories.getSelectionModel().getSelectedItem();
        return s == null ? null : s.id();
    }

    private interface LibraryWork<T> {
        T apply(Library library) throws Exception;
    }

    /** Runs {@code work} as the task {@code what}; a failure is said by the text of {@code failedKey} ("Adding a slide failed: {0}"). */
    private <T> void write(String what, String failedKey, LibraryWork<T> work, Consumer<T> then) {
        Library library = context.library();
        if (library == null) return;
        Callable<T> call = () -> work.apply(library);
        // A failure (a slide deleted twice by a quick double click, the library busy) is said here
        // and the lists are read again, so the window shows what the library holds.
        context.tasks().run(what, call, then, error -> {
            exportStatus.setText(I18n.t(failedKey, error.getMessage()));
            reload(selectedStoryId(), slides.getSelectionModel().getSelectedIndex());
        });
    }

    /** The app's OK and Cancel: JavaFX names its own only in the languages it ships. */
    private static ButtonType okButton() { return new ButtonType(I18n.t("common.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE); }

    private static ButtonType cancelButton() { return new ButtonType(I18n.t("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE); }

    private Optional<String> ask(String header, String prompt, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.getDialogPane().getButtonTypes().setAll(okButton(), cancelButton());
        dialog.initOwner(stage);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        dialog.getDialogPane().setId("story-title-dialog");
        dialog.getEditor().setId("story-title-field");
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** An empty list's hint, wrapped to the list's width: a longer language's words still read whole. */
    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        l.setPadding(new Insets(8));
        // all its lines, not the first one cut to "…" (at 200 % type the advice takes two)
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
