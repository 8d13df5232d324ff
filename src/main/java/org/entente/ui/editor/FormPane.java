package org.entente.ui.editor;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form's fields in two columns: the label on the left, the control on the right with its
 * message under it. A field is marked ({@link Styles#STATE_DANGER}) and its message shown once the
 * user has touched it (typed in it or left it), or at once for all fields with {@link #showAll()}:
 * an empty new form does not open covered in red.
 */
final class FormPane extends GridPane {
    private final List<Runnable> refreshers = new ArrayList<>();
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private int row;

    FormPane() {
        getStyleClass().add("record-form-fields");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().setAll(labels, fields);
        showAll.addListener(o -> refreshers.forEach(Runnable::run));
    }

    /** A field without rules. */
    Node add(String label, Node control) {
        return add(label, control, null, null);
    }

    /**
     * A field whose {@code message} (null while right) is shown under it once touched.
     *
     * @param marked the node that turns red (the control itself, or the text field inside it)
     * @param inputs what counts as the user touching the field, besides leaving it
     */
    Node add(String label, Node control, ReadOnlyStringProperty message, Node marked, Observable... inputs) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(marked != null ? marked : control);
        GridPane.setValignment(l, VPos.TOP);
        Label msg = new Label();
        msg.getStyleClass().add("field-message");
        msg.setWrapText(true);
        msg.setVisible(false);
        msg.setManaged(false);
        VBox cell = new VBox(3, control, msg);
        cell.getStyleClass().add("form-cell");
        GridPane.setHgrow(cell, Priority.ALWAYS);
        add(l, 0, row);
        add(cell, 1, row);
        row++;
        if (message != null) {
            Node mark = marked != null ? marked : control;
            mark.getProperties().put("field-message", msg);
            BooleanProperty touched = new SimpleBooleanProperty();
            Runnable refresh = () -> {
                String m = message.get();
                boolean show = m != null && (touched.get() || showAll.get());
                msg.setText(show ? m : null);
                msg.setVisible(show);
                msg.setManaged(show);
                mark.pseudoClassStateChanged(Styles.STATE_DANGER, show);
            };
            for (Observable o : inputs) o.addListener(x -> touched.set(true));
            control.focusWithinProperty().addListener((o, was, now) -> { if (was && !now) touched.set(true); });
            touched.addListener(x -> refresh.run());
            message.addListener(x -> refresh.run());
            refreshers.add(refresh);
            refresh.run();
        }
        return cell;
    }

    /** Shows every message now (editing a stored record, or after an attempt to save). */
    void showAll() { showAll.set(true); }
}
