package org.entente.ui.common;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.entente.i18n.I18n;
import org.entente.store.LibraryCounts;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The library's path and counts, and the running task with its progress and a cancel button. */
public final class StatusBar extends HBox {
    private final Label library = new Label(I18n.t("shell.status.opening-library"));
    private final Label counts = new Label();
    private final Label searchBacklog = new Label();
    private final Hyperlink searchResume = new Hyperlink(I18n.t("shell.status.search-backlog.resume"));
    private final javafx.beans.property.ObjectProperty<Runnable> resumeSearchIndex = new javafx.beans.property.SimpleObjectProperty<>();
    private final Label taskTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));

    public StatusBar(FxTaskExecutor tasks) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(4, 10, 4, 10));
        library.setId("status-library");
        counts.setId("status-counts");
        searchBacklog.setId("status-search-backlog");
        searchBacklog.getStyleClass().add("status-notice");
        searchBacklog.managedProperty().bind(searchBacklog.visibleProperty());
        searchBacklog.setVisible(false);
        // Never cut short: the library's path and the counts give way first.
        searchBacklog.setMinWidth(Region.USE_PREF_SIZE);
        searchResume.setId("status-search-resume");
        // Shown beside the notice whenever there is a build to resume, however the two come in order.
        searchResume.visibleProperty().bind(searchBacklog.visibleProperty().and(resumeSearchIndex.isNotNull()));
        searchResume.managedProperty().bind(searchResume.visibleProperty());
        searchResume.setMinWidth(Region.USE_PREF_SIZE);
        searchResume.setOnAction(e -> {
            Runnable resume = resumeSearchIndex.get();
            resumeSearchIndex.set(null);
            if (resume != null) resume.run();
        });
        progress.setPrefWidth(140);
        // The path and the counts give way to a running task too: its bar was squeezed to a dot.
        progress.setMinWidth(Region.USE_PREF_SIZE);
        cancel.getStyleClass().add("flat");
        cancel.setId("status-cancel");
        cancel.setAccessibleText(I18n.t("shell.status.cancel"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox running = new HBox(6, taskTitle, progress, cancel);
        running.setAlignment(Pos.CENTER_RIGHT);
        // Hidden, not unmanaged, between tasks: the bar keeps its height, so a task's start and end
        // do not resize the views above it (a resize re-laid out every tab, the hidden table and
        // chart included: 20–30 ms frames after each timeline read).
        running.visibleProperty().bind(tasks.currentProperty().isNotNull());
        getChildren().addAll(library, counts, searchBacklog, searchResume, spacer, running);
        tasks.currentProperty().addListener((obs, old, task) -> follow(task));
    }

    private void follow(Task<?> task) {
        taskTitle.textProperty().unbind();
        progress.progressProperty().unbind();
        cancel.setOnAction(null);
        if (task == null) return;
        taskTitle.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("shell.status.task", task.getTitle()), task.titleProperty()));
        progress.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel());
    }

    /**
     * Adds the tooltips (the library's full path, Cancel). The window calls this after its first
     * frame: making the first {@link Tooltip} (its classes, behaviour and timers) took about a
     * tenth of a second before the first frame, and no tooltip can show before the window does.
     */
    public void addTooltips() {
        if (cancel.getTooltip() != null) return;
        cancel.setTooltip(new Tooltip(I18n.t("common.cancel")));
        Tooltip path = new Tooltip();
        path.textProperty().bind(library.textProperty());
        library.setTooltip(path);
    }

    public void showLibrary(String path) {
        library.setText(path);
    }

    /**
     * Says plainly that a search may miss events while the search index is still being built
     * after a large import; {@code backlog} null hides the notice.
     */
    public void showSearchBacklog(org.entente.store.SearchBacklog backlog) {
        searchBacklog.setVisible(backlog != null);
        searchBacklog.setText(backlog == null ? "" : I18n.t("shell.status.search-backlog", backlog.remaining()));
        if (backlog == null) offerSearchIndexResume(null);
    }

    /**
     * After the search index's build was cancelled: a link beside the notice (while it shows) that
     * goes on with it ({@code resume}, run once on the FX thread); null takes the link away.
     */
    public void offerSearchIndexResume(Runnable resume) { resumeSearchIndex.set(resume); }

    public void showCounts(LibraryCounts c) {
        counts.setText(I18n.t("shell.status.counts", c.events(), c.partnerships(), c.tradeFigures(), c.sources()));
    }
}
