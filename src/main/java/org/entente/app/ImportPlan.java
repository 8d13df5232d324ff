package org.entente.app;

import java.nio.file.Path;
import java.util.List;

import org.entente.exchange.Problem;
import org.entente.exchange.gdelt.GdeltCounts;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.i18n.I18n;

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
 * @param gdelt      what the GDELT filters kept of the GDELT files, or null when there are none
 */
public record ImportPlan(List<Path> files, List<String> formats, List<Row> rows, Counts counts, List<Problem> problems,
                         long errorCount, Gdelt gdelt) {
    public static final int SAMPLE_LIMIT = 5_000;

    public ImportPlan(List<Path> files, List<String> formats, List<Row> rows, Counts counts, List<Problem> problems, long errorCount) {
        this(files, formats, rows, counts, problems, errorCount, null);
    }

    /**
     * GDELT files: the filter they were read with, how many rows each step kept, and how many of
     * the rows kept carry a GLOBALEVENTID the library (or an earlier row) already has.
     */
    public record Gdelt(GdeltFilter filter, GdeltCounts counts, long duplicates) {
        /** "1,000,000 rows read; 812,000 with a country; 2,310 by countries and pairs; …", in the interface's language. */
        public String steps() {
            GdeltCounts c = counts;
            return I18n.t("exchange.gdelt.steps", c.read(), c.withCountry(), c.byActors(), c.byMentions(), c.byRoots(), duplicates,
                    c.byRoots() - duplicates);
        }
    }

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

    /**
     * Whether the import may go on without the rows that have errors: every error is about one
     * row or slide (a line and a field named), none about a whole file, none left off the list,
     * and something valid remains to import.
     */
    public boolean canSkipInvalid() {
        return hasErrors() && counts.total() > 0 && onlyRowErrors(problems) && errorCount == problems.stream().filter(Problem::isError).count();
    }

    /** How many rows or slides have errors: those an import that skips invalid rows leaves out. */
    public long invalidRows() { return invalidRows(problems); }

    /** Whether every error of {@code problems} is about one row or slide (a line and a field), none about a whole file. */
    public static boolean onlyRowErrors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).allMatch(p -> p.line() > 0 && p.field() != null);
    }

    /** The rows or slides with errors: distinct file and line. */
    static long invalidRows(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(p -> p.file() + "\n" + p.line()).distinct().count();
    }

    /** "12 events (2 already in the library), 3 partnerships, 40 trade figures, 1 period", in the interface's language. */
    public String summary() {
        String s = null;
        s = part(s, counts.newEvents() + counts.duplicateEvents(), counts.duplicateEvents(), "exchange.plan.events");
        s = part(s, counts.newPartnerships() + counts.duplicatePartnerships(), counts.duplicatePartnerships(), "exchange.plan.partnerships");
        s = part(s, counts.newTrade() + counts.duplicateTrade(), counts.duplicateTrade(), "exchange.plan.trade");
        s = part(s, counts.newPeriods() + counts.duplicatePeriods(), counts.duplicatePeriods(), "exchange.plan.periods");
        return s == null ? I18n.t("exchange.plan.nothing") : s;
    }

    /** {@code before} followed by {@code n} records of a kind ({@code key}), {@code dup} of them already in the library. */
    private static String part(String before, long n, long dup, String key) {
        if (n == 0) return before;
        String text = I18n.t(key, n);
        if (dup > 0) text = I18n.t("exchange.plan.already", text, dup);
        return before == null ? text : I18n.t("exchange.plan.list", before, text);
    }
}
