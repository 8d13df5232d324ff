package org.entente.ui.events;

import java.util.Locale;

import org.entente.store.ListedEvent;

/** One row of the events table. {@code startDay}/{@code endDay} sort the date column by time, not text. */
public record EventRow(long id, String date, long startDay, long endDay, String title, String participants, String category) {

    static EventRow of(ListedEvent l, Locale locale) {
        return new EventRow(l.header().id(), l.when().display(locale), l.header().startDay(), l.header().endDay(),
                l.header().title(), l.participantNames(), l.categoryLabel() == null ? l.header().category() : l.categoryLabel());
    }
}
