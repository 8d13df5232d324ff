package org.entente.model;

/**
 * Bilateral trade in one year as one side reports it. The reporter matters: mirror statistics
 * (Vietnam's and Russia's figures for the same trade) disagree.
 *
 * @param id       the library's id, or 0 when not yet stored
 * @param reporter who published the figure's statistics
 * @param partner  the other side of the trade
 * @param year     calendar year (CE)
 * @param flow     export, import or total, from the reporter's side
 * @param valueUsd value in US dollars
 * @param quality  reported, approximate or unsure
 * @param source   where it was read
 */
public record TradeFigure(long id, Actor reporter, Actor partner, int year, TradeFlow flow, long valueUsd,
                          DataQuality quality, Citation source) {
    public TradeFigure {
        if (reporter == null || partner == null) throw new IllegalArgumentException("a trade figure needs a reporter and a partner");
        if (flow == null) throw new IllegalArgumentException("a trade figure needs a flow");
        if (valueUsd < 0) throw new IllegalArgumentException("a trade value cannot be negative");
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range");
        if (quality == null) quality = DataQuality.REPORTED;
    }

    public TradeFigure withId(long newId) { return new TradeFigure(newId, reporter, partner, year, flow, valueUsd, quality, source); }
}
