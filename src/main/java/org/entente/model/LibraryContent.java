package org.entente.model;

import java.util.List;

/**
 * A set of records to load into a library at once: the starter library, an import, a bundle.
 * Records refer to each other by value (an event's participants are {@link Actor}s), not by ids,
 * so content read from a file can be stored into any library. {@code tradeChanges} are reported
 * changes of trade ("+2.3 % in 2023"), beside the levels in {@code trade}.
 */
public record LibraryContent(List<Actor> actors, List<Source> sources, List<Event> events, List<Partnership> partnerships,
                             List<TradeFigure> trade, List<Period> periods, List<TradeChange> tradeChanges) {
    public LibraryContent {
        actors = actors == null ? List.of() : List.copyOf(actors);
        sources = sources == null ? List.of() : List.copyOf(sources);
        events = events == null ? List.of() : List.copyOf(events);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
        trade = trade == null ? List.of() : List.copyOf(trade);
        periods = periods == null ? List.of() : List.copyOf(periods);
        tradeChanges = tradeChanges == null ? List.of() : List.copyOf(tradeChanges);
    }

    /** Content without reported changes of trade (most formats carry none). */
    public LibraryContent(List<Actor> actors, List<Source> sources, List<Event> events, List<Partnership> partnerships,
                          List<TradeFigure> trade, List<Period> periods) {
        this(actors, sources, events, partnerships, trade, periods, null);
    }

    public static LibraryContent empty() { return new LibraryContent(null, null, null, null, null, null, null); }

    public int size() {
        return actors.size() + sources.size() + events.size() + partnerships.size() + trade.size() + periods.size() + tradeChanges.size();
    }
}
