package org.entente.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.entente.ui.ShownNodes;

/**
 * Texts shown cut short: a labelled control (button, label, table header or cell) on screen whose
 * drawn text ends in its ellipsis ("…", or JavaFX's own "...") instead of reading whole. For the
 * layout checks of a view in a language whose words are longer. Call on the FX thread.
 */
final class CutText {
    private CutText() {}

    /** Every cut text under {@code root} but those {@code expected} allows (columns whose long texts are cut by design). */
    static List<String> under(Node root, Predicate<Labeled> expected) {
        List<String> cut = new ArrayList<>();
        collect(root, expected, cut);
        return cut;
    }

    private static void collect(Node node, Predicate<Labeled> expected, List<String> cut) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && ShownNodes.isShown(l) && !expected.test(l)) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())
                    && (t.getText().endsWith("…") || t.getText().endsWith(l.getEllipsisString())))
                cut.add(l.getText() + " shown as " + t.getText());
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, expected, cut);
    }
}
