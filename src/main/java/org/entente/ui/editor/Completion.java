package org.entente.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.entente.model.TextFolding;

/**
 * Auto-completion on a text field (ControlsFX): suggestions match anywhere in the label, accents
 * ignored ("to lam" finds Tô Lâm), names that start with the text first; when the text names
 * nothing known, a last suggestion offers to create it ("Create actor “Laos”…", in the interface's language). Picking a
 * suggestion, or Enter on the text, hands the item on and empties the field for the next one.
 */
final class Completion<T> {
    /** One suggestion: an item, or the offer to create one named {@code create}. */
    record Suggestion<T>(T item, String create, String label) {
        @Override
        public String toString() { return label; }
    }

    private static final int LIMIT = 12;

    private final TextField field;
    private final Supplier<Collection<T>> items;
    private final Function<T, String> label;
    private final Consumer<T> onPick;
    private final Function<String, String> createLabel;
    private final Consumer<String> onCreate;
    private boolean keepText;
    private boolean enterCreates;
    /** A text the field holds as a settled choice: it asks for no suggestions (volatile: read on ControlsFX's thread). */
    private volatile String settled;

    /**
     * @param createFormat e.g. {@code Create actor “%s”…}, or null when nothing can be created
     * @param onCreate     called with the typed text to create it, or null
     */
    Completion(TextField field, Supplier<Collection<T>> items, Function<T, String> label, Consumer<T> onPick,
               String createFormat, Consumer<String> onCreate) {
        this(field, items, label, onPick, createFormat == null ? null : text -> String.format(createFormat, text), onCreate);
    }

    /**
     * @param createLabel the offer to create the typed text, e.g. {@code I18n.t("editor.completion.create-actor", text)},
     *                    or null when nothing can be created
     * @param onCreate    called with the typed text to create it, or null
     */
    Completion(TextField field, Supplier<Collection<T>> items, Function<T, String> label, Consumer<T> onPick,
               Function<String, String> createLabel, Consumer<String> onCreate) {
        this.field = field;
        this.items = items;
        this.label = label;
        this.onPick = onPick;
        this.createLabel = createLabel;
        this.onCreate = onCreate;
        AutoCompletionBinding<Suggestion<T>> binding = TextFields.bindAutoCompletion(field,
                request -> suggest(request.getUserText()), new StringConverter<>() {
                    @Override
                    public String toString(Suggestion<T> s) { return s == null ? "" : s.label(); }

                    @Override
                    public Suggestion<T> fromString(String s) { return null; }
                });
        binding.setVisibleRowCount(8);
        binding.prefWidthProperty().bind(field.widthProperty());
        binding.setOnAutoCompleted(e -> choose(e.getCompletion()));
        // The popup shows its first row already selected, so Down went on to the second: with one
        // match that was the offer to create ("Russia", Down, Enter made a new Russia). The first
        // Down into fresh suggestions now stays on the first, the best existing match.
        var popup = binding.getAutoCompletionPopup();
        boolean[] entered = {false};
        popup.getSuggestions().addListener((javafx.collections.ListChangeListener<Suggestion<T>>) c -> entered[0] = false);
        popup.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() != javafx.scene.input.KeyCode.DOWN || popup.getSkin() == null
                    || !(popup.getSkin().getNode() instanceof javafx.scene.control.ListView<?> list) || list.getItems().isEmpty()) return;
            if (!entered[0] && list.getSelectionModel().getSelectedIndex() <= 0) {
                list.getSelectionModel().select(0);
                list.getFocusModel().focus(0);
                k.consume();
            }
            entered[0] = true;
        });
        field.setOnAction(e -> {
            List<Suggestion<T>> s = suggest(field.getText());
            if (s.isEmpty()) return;
            // Enter takes the item named exactly; else a free vocabulary (tags) adds the typed text,
            // and a list of records (actors, sources) takes the best match.
            String typed = TextFolding.fold(field.getText().strip());
            Suggestion<T> exact = s.stream().filter(x -> x.item() != null && TextFolding.fold(x.label()).equals(typed)).findFirst().orElse(null);
            Suggestion<T> create = s.get(s.size() - 1).create() != null ? s.get(s.size() - 1) : null;
            choose(exact != null ? exact : enterCreates && create != null ? create : s.get(0));
        });
    }

    /** Keeps the picked item's label in the field (a single choice) instead of emptying it (a list). */
    Completion<T> keepText() {
        keepText = true;
        return this;
    }

    /** Enter on a text that names nothing exactly creates it (free tags) rather than taking the first match. */
    Completion<T> enterCreates() {
        enterCreates = true;
        return this;
    }

    /** Marks {@code text} (a chosen item's label about to be shown in the field) as needing no suggestions. */
    void settle(String text) { settled = text; }

    /** The suggestions for {@code text}: exact and prefix matches first, then the offer to create. */
    List<Suggestion<T>> suggest(String text) {
        List<Suggestion<T>> out = new ArrayList<>();
        if (text == null || text.isBlank() || text.equals(settled)) return out;
        String q = TextFolding.fold(text.strip());
        List<Suggestion<T>> later = new ArrayList<>();
        boolean exact = false;
        for (T item : List.copyOf(items.get())) {
            String l = label.apply(item);
            String f = TextFolding.fold(l);
            if (f.equals(q)) exact = true;
            if (f.startsWith(q)) out.add(new Suggestion<>(item, null, l));
            else if (f.contains(q)) later.add(new Suggestion<>(item, null, l));
        }
        out.sort(java.util.Comparator.comparing(Suggestion::label, java.text.Collator.getInstance()));
        later.sort(java.util.Comparator.comparing(Suggestion::label, java.text.Collator.getInstance()));
        out.addAll(later);
        if (out.size() > LIMIT) out = new ArrayList<>(out.subList(0, LIMIT));
        if (!exact && onCreate != null) out.add(new Suggestion<>(null, text.strip(), createLabel.apply(text.strip())));
        return out;
    }

    private void choose(Suggestion<T> s) {
        if (s == null) return;
        // ControlsFX writes the suggestion's text into the field after this; set ours after that.
        if (s.item() != null) {
            String text = keepText ? s.label() : "";
            settled = text;
            Platform.runLater(() -> field.setText(text));
            onPick.accept(s.item());
        } else if (s.create() != null) {
            Platform.runLater(field::clear);
            onCreate.accept(s.create());
        }
    }
}
