package org.entente.analysis.trade;

import java.math.BigDecimal;

import org.entente.model.Actor;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;

/**
 * What one reporter says of one year's trade with a partner, each part marked by what it is:
 * the level it gives, the growth computed from its own levels (this year's against the year
 * before's, both by this reporter: never one side's level against the other's), and the growth it
 * reported. Any part may be missing; a computed growth exists only where both levels do.
 *
 * @param year            the year
 * @param reporter        whose statistics
 * @param level           the reporter's level that year, or null
 * @param previousLevel   the reporter's level the year before, or null (also when it gives no level this year)
 * @param computedPercent growth from {@code previousLevel} to {@code level} in percent (4 decimals), or null
 * @param reported        the change the reporter reported for the year, or null
 */
public record GrowthClaim(int year, Actor reporter, TradeFigure level, TradeFigure previousLevel, BigDecimal computedPercent,
                          TradeChange reported) {

    /** Whether the reporter says anything of this year. */
    public boolean isEmpty() { return level == null && reported == null; }

    /** The reported growth minus the computed one, in percentage points, where both exist; else null. */
    public BigDecimal reportedMinusComputed() {
        return reported == null || computedPercent == null ? null : reported.changePercent().subtract(computedPercent);
    }
}
