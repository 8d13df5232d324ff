package org.entente.ui.trade;

import org.entente.model.Actor;

/** Two trading partners, the "home" side (whose figures the over-time views use) first. */
public record TradePair(Actor home, Actor partner) {
    public TradePair {
        if (home == null || partner == null) throw new IllegalArgumentException("a pair needs two actors");
    }

    /** "Vietnam–China". */
    public String label() { return home.name() + "–" + partner.name(); }

    @Override
    public String toString() { return label(); }
}
