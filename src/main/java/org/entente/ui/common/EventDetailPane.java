package org.entente.ui.common;

import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.entente.i18n.I18n;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.common.annotate.AnnotationPanel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Shows the selected event in full: dates at their true precision, participants and roles,
 * summary, tags and cited sources. Follows {@link AppContext#selectedEventId()}; any view can
 * embed one.
 */
public final class EventDetailPane extends ScrollPane {
    private final AppContext context;
    private final VBox content = new VBox();
    private java.util.concurrent.Future<?> loading;
    /** The event shown, and (while not negative) the scroll offset in pixels to keep across its reloads. */
    private Long shownId;
    private double keptOffset = -1;

    public EventDetailPane(AppContext context) {
        this.context = context;
        getStyleClass().add("event-detail");
        getStylesheets().add(AnnotationPanel.stylesheet());
        content.getStyleClass().add("event-detail-content");
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
        // Never wider than the pane: labels wrap (the summary, the participants) instead of running
        // off under a sideways scroll bar in a narrow pane (1280×800, large type).
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setMinWidth(0);
        setMinWidth(220);
        // After a save (tags, a note) the pane is rebuilt: it stays where the reader was, also while
        // the rebuilt annotations grow in; a scroll of the reader's own ends that.
        content.heightProperty().addListener((o, was, h) -> restoreOffset());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> keptOffset = -1);
        context.selectedEventId().addListener((obs, old, id) -> load(id));
        // A pane built after the selection was made (a view shown for the first time) shows it too.
        if (context.selectedEventId().get() != null) javafx.application.Platform.runLater(() -> load(context.selectedEventId().get()));
        context.libraryVersion().addListener((obs, old, v) -> {
            // A note being written (an editor whose Save is enabled) is never thrown away by a reload
            // after someone else's write, e.g. another window's: the pane reloads once it is saved.
            if (content.lookupAll("#note-save").stream().anyMatch(save -> !save.isDisabled())) return;
            load(context.selectedEventId().get());
        });
        showEmpty();
    }

    private void load(Long id) {
        if (loading != null) loading.cancel(true);
        if (id == null || context.library() == null) {
            shownId = null;
            showEmpty();
            return;
        }
        var library = context.library();
        double range = content.getHeight() - getViewportBounds().getHeight();
        double offset = id.equals(shownId) && range > 0 ? getVvalue() * range : -1;
        loading = context.tasks().run(I18n.t("shell.task.loading-event"), () -> library.events().byId(id).orElse(null), event -> {
            if (event == null) {
                shownId = null;
                showEmpty();
                return;
            }
            show(event);
            shownId = id;
            keptOffset = offset;
            restoreOffset();
        });
    }

    private void restoreOffset() {
        if (keptOffset < 0) return;
        double range = content.getHeight() - getViewportBounds().getHeight();
        if (range > 0) setVvalue(Math.min(1, keptOffset / range));
    }

    /** Opens the event in its form (the editor installs itself on the context). */
    private javafx.scene.control.Button editButton(Event e) {
        var edit = new javafx.scene.control.Button(I18n.t("shell.detail.edit"), new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.materialdesign2.MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("detail-edit");
        edit.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.BUTTON_OUTLINED);
        edit.setOnAction(x -> context.editing().edit(new org.entente.model.RecordRef(org.entente.model.RecordKind.EVENT, e.id())));
        return edit;
    }

    private void showEmpty() {
        Label hint = new Label(I18n.t("shell.detail.empty"));
        hint.getStyleClass().add("detail-placeholder");
        hint.setWrapText(true);
        content.getChildren().setAll(hint);
    }

    /** Fills the pane with {@code e}; public so views that already hold the event can show it. */
    public void show(Event e) {
        keptOffset = -1;
        content.getChildren().clear();
        Label title = new Label(e.title());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label when = new Label(e.when().display(I18n.locale()));
        when.getStyleClass().add("detail-when");
        Label category = new Label(I18n.t("shell.detail.category", Names.category(e.category()), e.importance()));
        category.getStyleClass().add("detail-meta");
        category.setWrapText(true);
        when.setWrapText(true);
        content.getChildren().addAll(title, when, category, editButton(e));
        if (e.place() != null) content.getChildren().add(meta(I18n.t("shell.detail.place"), e.place()));
        RollCallVotes votes = RollCallVotes.of(e);
        if (votes != null) {
            content.getChildren().add(votes.node(context.focusActorId().get()));
        } else if (!e.participants().isEmpty()) {
            String people = e.participants().stream().map(EventDetailPane::participant).collect(Collectors.joining(", "));
            content.getChildren().add(meta(I18n.t("shell.detail.participants"), people));
        }
        if (e.summary() != null) {
            Label summary = new Label(e.summary());
            summary.setWrapText(true);
            summary.getStyleClass().add("detail-summary");
            content.getChildren().add(summary);
        }
        if (!e.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            tags.getStyleClass().add("detail-tags");
            for (String t : e.tags()) {
                Label tag = new Label(t);
                tag.getStyleClass().add("tag-chip");
                tags.getChildren().add(tag);
            }
            content.getChildren().add(tags);
        }
        Label sourcesHeading = new Label(I18n.t(e.sources().isEmpty() ? "shell.detail.no-sources" : "shell.detail.sources"));
        sourcesHeading.getStyleClass().add("detail-heading");
        content.getChildren().add(sourcesHeading);
        for (Citation c : e.sources()) content.getChildren().add(source(c));
        // The user's star, highlight, tags and notes, and where the event came from.
        AnnotationPanel annotations = new AnnotationPanel(context, new RecordRef(RecordKind.EVENT, e.id()));
        annotations.shownAnnotationProperty().addListener((o, was, a) -> AnnotationPanel.applyHighlight(title, a));
        content.getChildren().add(annotations);
    }

    private static String participant(Participant p) {
        return p.role() == null ? p.actor().name() : I18n.t("shell.detail.participant", p.actor().name(), Names.role(p.role()));
    }

    static VBox meta(String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("detail-heading");
        Label v = new Label(value);
        v.setWrapText(true);
        return new VBox(2, l, v);
    }

    private static HBox source(Citation c) {
        String text = c.source().citation() + (c.locator() == null ? "" : ", " + c.locator());
        Label cite = new Label(text);
        cite.setWrapText(true);
        cite.getStyleClass().add("detail-source");
        VBox lines = new VBox(2, cite);
        if (c.source().url() != null) {
            // Shown as text and copied, never opened: Entente makes no network connection.
            Label url = new Label(c.source().url());
            url.getStyleClass().add("detail-url");
            url.setWrapText(true);
            lines.getChildren().add(url);
        }
        HBox.setHgrow(lines, Priority.ALWAYS);
        HBox row = new HBox(6, lines);
        row.getStyleClass().add("detail-source-row");
        if (c.source().url() != null) {
            Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
            copy.getStyleClass().addAll("flat", "copy-url");
            copy.setTooltip(new Tooltip(I18n.t("shell.detail.copy-link")));
            copy.setAccessibleText(I18n.t("shell.detail.copy-link.of", c.source().title()));
            copy.setOnAction(a -> {
                ClipboardContent cc = new ClipboardContent();
                cc.putString(c.source().url());
                Clipboard.getSystemClipboard().setContent(cc);
            });
            row.getChildren().add(copy);
        }
        return row;
    }
}
