package org.entente.time;

/**
 * One tick interval of an axis: {@code count} calendar {@code unit}s, e.g. 3 months (a quarter) or
 * 100 years (a century).
 *
 * @param unit  calendar unit
 * @param count how many units between ticks
 */
public record TickStep(TickUnit unit, int count) {

    public TickStep {
        if (unit == null || count < 1) throw new IllegalArgumentException("bad tick step " + unit + " x" + count);
    }

    /** The shortest length of one step in days (a month counts as 28 days). */
    public double minDays() {
        return switch (unit) {
            case DAY -> count;
            case WEEK -> 7.0 * count;
            case MONTH -> 28.0 * count;
            case YEAR -> 365.0 * count;
        };
    }

    /** A reader's name: "day", "week", "month", "quarter", "year", "decade", "century", "millennium", or "5 years". */
    public String name() {
        return switch (unit) {
            case DAY -> count == 1 ? "day" : count + " days";
            case WEEK -> count == 1 ? "week" : count + " weeks";
            case MONTH -> count == 1 ? "month" : count == 3 ? "quarter" : count + " months";
            case YEAR -> switch (count) {
                case 1 -> "year";
                case 10 -> "decade";
                case 100 -> "century";
                case 1000 -> "millennium";
                default -> count + " years";
            };
        };
    }

    @Override
    public String toString() { return name(); }
}
