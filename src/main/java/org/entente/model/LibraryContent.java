package org.entente.model;

import java.util.List;

/**
 * A set of records to load into a library at once: the starter library, an import, a bundle.
 * Records refer to each other by value (an event's participants are {@link Actor}s), not by ids,
 * so content read from a file can be stored into any library.
 */
public record LibraryContent(List<Actor> actors, List<Source> sources, List<Event> events, List<Partnership> partnerships,
                             List<TradeFigure> trade, List<Period> periods) {
    public LibraryContent {
        actors = actors == null ? List.of() : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        events = events == null ? List.of() : List.copyOf(events);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
        trade = trade == null ? List.of() : List.copyOf(trade);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public static LibraryContent empty() { return new LibraryContent(null, null, null, null, null, null); }

    public int size() {
        return actors.size() + sources.size() + events.size() + partnerships.size() + trade.size() + periods.size();
    }
}
