package org.entente.app;

import java.nio.file.Path;
import java.util.List;

import org.entente.exchange.Problem;

/**
 * What an import would do, shown before anything is written: records to add, records that match
 * ones already in the library (same title and date; same pair and level; same reporter, partner,
 * year and flow; same name and span), and every problem. Built by {@link ImportService#preview}.
 *
 * @param files      the files read
 * @param formats    the format recognised for each file, in order
 * @param rows       a sample of the records, in file order (at most {@link #SAMPLE_LIMIT})
 * @param counts     how many records of each kind are new or duplicates
 * @param problems   every problem found (errors block the import)
 * @param errorCount how many errors in all (the problem list may be cut short)
 */
public record ImportPlan(List<Path> files, List<String> formats, List<Row> rows, Counts counts, List<Problem> problems,
                         long errorCount) {
    public static final int SAMPLE_LIMIT = 5_000;

    /** One record in the preview table. */
    public record Row(String kind, String title, String when, boolean duplicate, String file) {}

    /** Per kind: new records and records matching existing ones. */
    public record Counts(long newEvents, long duplicateEvents, long newPartnerships, long duplicatePartnerships,
                         long newTrade, long duplicateTrade, long newPeriods, long duplicatePeriods, long actors, long sources) {
        public long total() {
            return newEvents + duplicateEvents + newPartnerships + duplicatePartnerships + newTrade + duplicateTrade + newPeriods
                    + duplicatePeriods;
        }

        public long duplicates() { return duplicateEvents + duplicatePartnerships + duplicateTrade + duplicatePeriods; }
    }

    public boolean hasErrors() { return errorCount > 0; }

    /** "12 events (2 already in the library), 3 partnerships, 40 trade figures, 1 period". */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        part(sb, counts.newEvents() + counts.duplicateEvents(), counts.duplicateEvents(), "event", "events");
        part(sb, counts.newPartnerships() + counts.duplicatePartnerships(), counts.duplicatePartnerships(), "partnership", "partnerships");
        part(sb, counts.newTrade() + counts.duplicateTrade(), counts.duplicateTrade(), "trade figure", "trade figures");
        part(sb, counts.newPeriods() + counts.duplicatePeriods(), counts.duplicatePeriods(), "period", "periods");
        return sb.length() == 0 ? "nothing to import" : sb.toString();
    }

    private static void part(StringBuilder sb, long n, long dup, String one, String many) {
        if (n == 0) return;
        if (sb.length() > 0) sb.append(", ");
        sb.append(n).append(' ').append(n == 1 ? one : many);
        if (dup > 0) sb.append(" (").append(dup).append(" already in the library)");
    }
}
