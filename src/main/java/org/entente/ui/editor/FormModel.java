package org.entente.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.entente.i18n.I18n;

/**
 * The state of one record form: its fields as JavaFX properties, a message per field that is
 * wrong (null while it is right), and whether the whole form can be saved. The rules run on every
 * change, so the form shows what is wrong while the user types; {@link #build()} turns a valid
 * form into the record to save. Plain JavaFX properties: tested without a window.
 *
 * @param <T> the record the form edits
 */
public abstract class FormModel<T> {
    private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper(this, "firstProblem");
    private final StringProperty saveError = new SimpleStringProperty(this, "saveError");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(() -> valid.get() && !busy.get(), valid, busy);
    private final long id;
    private final String newHeadingKey, editHeadingKey;
    private boolean validating;

    /**
     * @param id             the record's id, 0 for a new one
     * @param newHeadingKey  the heading of a new record's form ("New event")
     * @param editHeadingKey the heading of a stored record's form ("Edit event")
     */
    protected FormModel(long id, String newHeadingKey, String editHeadingKey) {
        this.id = id;
        this.newHeadingKey = newHeadingKey;
        this.editHeadingKey = editHeadingKey;
    }

    /** Declares a field that can carry a message; call in the constructor for every checked field. */
    protected final void field(String name) {
        messages.put(name, new ReadOnlyStringWrapper(this, name + "Message"));
    }

    /** Re-runs the rules whenever one of {@code inputs} changes. Call once, at the end of the constructor. */
    protected final void watch(Observable... inputs) {
        for (Observable o : inputs) o.addListener(x -> validate());
        validate();
    }

    /** Runs every rule: each sets its field's message through {@link #check}. */
    public final void validate() {
        if (validating) return;
        validating = true;
        try {
            messages.values().forEach(m -> m.set(null));
            rules();
            valid.set(messages.values().stream().allMatch(m -> m.get() == null));
            firstProblem.set(messages.values().stream().map(ReadOnlyStringWrapper::get).filter(m -> m != null).findFirst().orElse(null));
            // A new edit makes an earlier save failure stale.
            saveError.set(null);
        } finally {
            validating = false;
        }
    }

    /** The form's rules; each calls {@link #check(String, String)} with a message or null. */
    protected abstract void rules();

    /** Records {@code message} against {@code field} unless the field already has one (the first problem wins). */
    protected final void check(String field, String message) {
        ReadOnlyStringWrapper m = messages.get(field);
        if (m == null) throw new IllegalArgumentException("no field " + field);
        if (message != null && m.get() == null) m.set(message);
    }

    /** The message of {@code field}: null while it is right. */
    public final ReadOnlyStringProperty message(String field) {
        ReadOnlyStringWrapper m = messages.get(field);
        if (m == null) throw new IllegalArgumentException("no field " + field);
        return m.getReadOnlyProperty();
    }

    /** Every field with a message now, in form order (for tests and the summary line). */
    public final Map<String, String> problems() {
        Map<String, String> out = new LinkedHashMap<>();
        messages.forEach((k, v) -> { if (v.get() != null) out.put(k, v.get()); });
        return out;
    }

    public final ReadOnlyBooleanProperty valid() { return valid.getReadOnlyProperty(); }

    /** The first field's message, in form order, or null when the form is valid: why Save is disabled. */
    public final ReadOnlyStringProperty firstProblem() { return firstProblem.getReadOnlyProperty(); }

    /** Valid and not already saving: what enables the Save button. */
    public final BooleanBinding canSave() { return canSave; }

    /** A save running in the background. */
    public final BooleanProperty busy() { return busy; }

    /** Why the last save was refused (the edit layer's message), or null. */
    public final StringProperty saveError() { return saveError; }

    /** The record to save, or empty while the form is invalid. */
    public final Optional<T> build() {
        validate();
        return valid.get() ? Optional.of(create()) : Optional.empty();
    }

    /** Builds the record from a valid form. */
    protected abstract T create();

    /** The id being edited, 0 for a new record. */
    public final long id() { return id; }

    /** "New event" or "Edit event", for the window title. */
    public final String heading() { return I18n.t(id == 0 ? newHeadingKey : editHeadingKey); }

    // ---- shared rules ----

    static boolean blank(String s) { return s == null || s.isBlank(); }

    /** The text of {@code messageKey} when {@code value} is empty, else null. */
    static String required(String value, String messageKey) {
        return blank(value) ? I18n.t(messageKey) : null;
    }
}
