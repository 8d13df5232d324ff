package org.entente.exchange.gdelt;

/**
 * How many rows of a GDELT file each step of reading keeps, in order: every row read; those with
 * at least one actor that is a country; then those the countries-or-pairs filter keeps; then the
 * minimum mentions; then the root codes (the last is what would be imported, before duplicates).
 *
 * @param read                  data rows read
 * @param withCountry           rows with at least one actor that has a country code the library knows
 * @param byActors              of those, kept by the countries and pairs
 * @param byMentions            of those, kept by the minimum mentions
 * @param byRoots               of those, kept by the root codes: the rows to import
 * @param participantsDropped   among the rows to import, actors left out because they name no country
 */
public record GdeltCounts(long read, long withCountry, long byActors, long byMentions, long byRoots, long participantsDropped) {
    public static final GdeltCounts ZERO = new GdeltCounts(0, 0, 0, 0, 0, 0);

    public GdeltCounts plus(GdeltCounts o) {
        return new GdeltCounts(read + o.read, withCountry + o.withCountry, byActors + o.byActors, byMentions + o.byMentions,
                byRoots + o.byRoots, participantsDropped + o.participantsDropped);
    }
}
