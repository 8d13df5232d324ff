package org.entente.model;

import java.math.BigDecimal;

/**
 * A reported change of bilateral trade: "trade grew 2.3 % in 2023", as one side's statistics or
 * one official put it, with or without a level beside it. Kept apart from {@link TradeFigure}
 * (a level in US dollars) so that nothing that sums, plots or indexes levels can mistake a
 * percentage for dollars (see docs/decisions/0016-reported-change-beside-levels.md).
 *
 * @param id            the library's id, or 0 when not yet stored
 * @param reporter      whose statistics the claim comes from
 * @param partner       the other side of the trade
 * @param year          the calendar year (CE) the change is claimed for, against the year before
 * @param flow          export, import or total, from the reporter's side
 * @param changePercent the change in percent exactly as reported ({@code 2.3} stays 2.3, never a binary fraction)
 * @param quality       reported, approximate or unsure
 * @param source        where it was read
 */
public record TradeChange(long id, Actor reporter, Actor partner, int year, TradeFlow flow, BigDecimal changePercent,
                          DataQuality quality, Citation source) {
    /** Far beyond any real yearly change; guards against a value typed in basis points or as a fraction of a level. */
    public static final BigDecimal LIMIT = BigDecimal.valueOf(100_000);

    public TradeChange {
        if (reporter == null || partner == null) throw new IllegalArgumentException("a trade change needs a reporter and a partner");
        if (flow == null) throw new IllegalArgumentException("a trade change needs a flow");
        if (changePercent == null) throw new IllegalArgumentException("a trade change needs a percentage");
        if (changePercent.compareTo(BigDecimal.valueOf(-100)) < 0)
            throw new IllegalArgumentException("trade cannot fall by more than 100 %");
        if (changePercent.compareTo(LIMIT) > 0) throw new IllegalArgumentException("a change of " + changePercent.toPlainString() + " % is out of range");
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range");
        if (quality == null) quality = DataQuality.REPORTED;
        // one written form per number: "2.30" and "2.3" are the same claim, stored and exported as "2.3"
        changePercent = changePercent.signum() == 0 ? BigDecimal.ZERO : changePercent.stripTrailingZeros();
        if (changePercent.scale() < 0) changePercent = changePercent.setScale(0);
    }

    public TradeChange withId(long newId) { return new TradeChange(newId, reporter, partner, year, flow, changePercent, quality, source); }
}
