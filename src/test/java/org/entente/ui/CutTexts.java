package org.entente.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * The texts a layout cut short: a label, button or cell whose text is drawn ending in "…" for want of
 * room (longer Vietnamese words at 1280×800). Read on the FX thread after a layout pass.
 */
public final class CutTexts {
    private CutTexts() {}

    /** "Đang so sánh 2 shown as Đang so sá…" for each visible text under {@code root} drawn shorter than it is, except those with the given ids. */
    public static List<String> under(Node root, Set<String> exceptIds) {
        return under(root, l -> l.getId() != null && exceptIds.contains(l.getId()));
    }

    /**
     * Every text under {@code root} on screen but drawn cut short (ending in "…" or JavaFX's own
     * "..."), except those {@code expected} allows (table columns whose long texts are cut by design).
     */
    public static List<String> under(Node root, java.util.function.Predicate<javafx.scene.control.Labeled> expected) {
        List<String> out = new ArrayList<>();
        collect(root, expected, out);
        return out;
    }

    private static void collect(Node node, java.util.function.Predicate<javafx.scene.control.Labeled> expected, List<String> out) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && ShownNodes.isShown(l) && !expected.test(l)) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())
                    && (t.getText().endsWith("…") || t.getText().endsWith(l.getEllipsisString())))
                out.add(l.getText() + " shown as " + t.getText());
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, expected, out);
    }
}
