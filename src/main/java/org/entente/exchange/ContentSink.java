package org.entente.exchange;

import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Partnership;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;

/**
 * Receives records one at a time as a reader streams them, so that a large file is never held
 * whole. Actors and sources come before the records that refer to them.
 */
public interface ContentSink {
    default void actor(Actor a) {}

    default void source(Source s) {}

    default void event(Event e) {}

    default void partnership(Partnership p) {}

    default void trade(TradeFigure t) {}

    /** A reported change of trade ("+2.3 % in 2023"). */
    default void tradeChange(org.entente.model.TradeChange t) {}

    default void period(Period p) {}

    /** Replays a whole content into a sink, in the order above. */
    static void replay(LibraryContent c, ContentSink sink) {
        c.actors().forEach(sink::actor);
        c.sources().forEach(sink::source);
        c.events().forEach(sink::event);
        c.partnerships().forEach(sink::partnership);
        c.trade().forEach(sink::trade);
        c.tradeChanges().forEach(sink::tradeChange);
        c.periods().forEach(sink::period);
    }
}
