package org.entente.ui.common.annotate;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.entente.model.markdown.Block;
import org.entente.model.markdown.Inline;
import org.entente.model.markdown.Markdown;
import org.entente.model.markdown.Style;

/**
 * Draws a note's light Markdown with Text nodes in TextFlows (no WebView: nothing is fetched,
 * nothing runs). Styles come from CSS classes: {@code note-bold}, {@code note-italic},
 * {@code note-code}, {@code note-link}, {@code note-link-url}, {@code note-heading-1..6}. Links
 * are shown as "label (url)" and never opened.
 */
public final class NoteRenderer {
    private NoteRenderer() {}

    /** The note as a column of blocks. */
    public static VBox render(String markdown) {
        VBox box = new VBox(6);
        box.getStyleClass().add("note-body");
        for (Block b : Markdown.parse(markdown)) box.getChildren().add(block(b));
        return box;
    }

    private static Node block(Block b) {
        if (b instanceof Block.Heading h) {
            TextFlow flow = flow(h.inlines());
            flow.getStyleClass().addAll("note-heading", "note-heading-" + h.level());
            for (Node t : flow.getChildren()) t.getStyleClass().add("note-heading-text");
            return flow;
        }
        if (b instanceof Block.ListBlock l) {
            VBox items = new VBox(2);
            items.getStyleClass().add(l.ordered() ? "note-numbered-list" : "note-bullet-list");
            for (int k = 0; k < l.items().size(); k++) {
                Label marker = new Label(l.ordered() ? (l.start() + k) + "." : "•");
                marker.getStyleClass().add("note-list-marker");
                marker.setMinWidth(22);
                TextFlow text = flow(l.items().get(k));
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox item = new HBox(2, marker, text);
                item.getStyleClass().add("note-list-item");
                items.getChildren().add(item);
            }
            return items;
        }
        TextFlow flow = flow(((Block.Paragraph) b).inlines());
        flow.getStyleClass().add("note-paragraph");
        return flow;
    }

    private static TextFlow flow(List<Inline> runs) {
        TextFlow flow = new TextFlow();
        for (int k = 0; k < runs.size(); k++) {
            Inline r = runs.get(k);
            flow.getChildren().add(text(r));
            boolean linkEnds = r.isLink() && (k + 1 == runs.size() || !r.url().equals(runs.get(k + 1).url()));
            if (linkEnds) {
                Text url = new Text(" (" + r.url() + ")");
                url.getStyleClass().addAll("note-text", "note-link-url");
                flow.getChildren().add(url);
            }
        }
        return flow;
    }

    private static Text text(Inline r) {
        Text t = new Text(r.text());
        t.getStyleClass().add("note-text");
        // One class per combination as well: CSS sets one font per Text, and bold italic is its own face.
        if (r.has(Style.BOLD) && r.has(Style.ITALIC)) t.getStyleClass().add("note-bold-italic");
        else if (r.has(Style.BOLD)) t.getStyleClass().add("note-bold");
        else if (r.has(Style.ITALIC)) t.getStyleClass().add("note-italic");
        if (r.has(Style.CODE)) t.getStyleClass().add("note-code");
        if (r.isLink()) t.getStyleClass().add("note-link");
        return t;
    }
}
