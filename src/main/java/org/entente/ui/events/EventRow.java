package org.entente.ui.events;

import java.util.Locale;

import org.entente.model.Annotation;
import org.entente.ui.common.Names;
import org.entente.store.ListedEvent;

/**
 * One row of the events table. {@code startDay}/{@code endDay} sort the date column by time, not text.
 * {@code starred}, {@code highlight} (#rrggbb or null) and {@code annotated} (any mark or note) are the user's own.
 * {@code date} and {@code category} are as shown, in the language of the {@code locale} the row was made for.
 */
public record EventRow(long id, String date, long startDay, long endDay, String title, String participants, String category,
                       boolean starred, String highlight, boolean annotated) {

    static EventRow of(ListedEvent l, Locale locale) { return of(l, locale, null, false); }

    static EventRow of(ListedEvent l, Locale locale, Annotation marks, boolean annotated) {
        return new EventRow(l.header().id(), l.when().display(locale), l.header().startDay(), l.header().endDay(),
                l.header().title(), l.participantNames(), Names.category(l.header().category(), l.categoryLabel()),
                marks != null && marks.starred(), marks == null ? null : marks.highlight(), annotated);
    }
}
