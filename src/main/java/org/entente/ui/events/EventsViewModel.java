package org.entente.ui.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.entente.i18n.I18n;
import org.entente.model.Annotation;
import org.entente.model.Category;
import org.entente.model.RecordKind;
import org.entente.store.Library;
import org.entente.store.ListedEvent;

/**
 * State of the Events view, free of nodes: the filter, the rows that match it and a count line.
 * Queries run through {@link #query(Library)}, which the view calls on a background thread.
 */
public final class EventsViewModel {
    /** Most rows the table holds at once; a filter narrows a bigger library. */
    public static final int ROW_LIMIT = 50_000;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final BooleanProperty annotatedOnly = new SimpleBooleanProperty(this, "annotatedOnly");
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    public StringProperty filterText() { return filterText; }

    public ObjectProperty<Category> category() { return category; }

    /** "My annotations": only events the user starred, highlighted, tagged or wrote a note on. */
    public BooleanProperty annotatedOnly() { return annotatedOnly; }

    public ObservableList<EventRow> rows() { return rows; }

    public ObservableList<Category> categories() { return categories; }

    public ReadOnlyStringProperty countText() { return countText.getReadOnlyProperty(); }

    /** A snapshot of the filter, taken on the FX thread and used by the background query. */
    public record Filter(String text, String categoryKey, boolean annotatedOnly) { }

    public Filter filter() {
        Category c = category.get();
        return new Filter(filterText.get(), c == null ? null : c.key(), annotatedOnly.get());
    }

    /** The result of one query: rows, how many events the library holds, and its categories. */
    public record Result(List<EventRow> rows, long total, List<Category> categories) {}

    /** Runs the query for {@code filter}; call off the FX thread. */
    public static Result query(Library library, Filter filter) {
        Locale locale = I18n.locale();
        List<ListedEvent> listed = library.events().listing(filter.text(), filter.categoryKey(), filter.annotatedOnly(), ROW_LIMIT + 1);
        // The user's marks, for the star column and highlighted rows (few: read whole).
        Map<Long, Annotation> marks = library.annotations().allOf(RecordKind.EVENT);
        Set<Long> annotated = library.annotations().annotatedIds(RecordKind.EVENT);
        List<EventRow> out = listed.stream().limit(ROW_LIMIT)
                .map(l -> EventRow.of(l, locale, marks.get(l.header().id()), annotated.contains(l.header().id()))).toList();
        return new Result(out, library.counts().events(), library.events().categories());
    }

    /** Applies a result on the FX thread. */
    public void apply(Result result, Filter filter) {
        rows.setAll(result.rows());
        if (!categories.equals(result.categories())) categories.setAll(result.categories());
        boolean filtered = (filter.text() != null && !filter.text().isBlank()) || filter.categoryKey() != null || filter.annotatedOnly();
        int shown = result.rows().size();
        if (shown >= ROW_LIMIT) countText.set(I18n.t("events.count.capped", shown, result.total()));
        else if (filtered) countText.set(I18n.t("events.count.filtered", shown, result.total()));
        else countText.set(I18n.t("events.count.all", result.total()));
    }
}
