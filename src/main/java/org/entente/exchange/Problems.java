package org.entente.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.entente.i18n.I18n;

/**
 * Collects the problems of one read. Keeps at most {@link #LIMIT} of them, so that a file
 * where every one of a million rows is wrong cannot fill the memory, but always counts them all.
 */
public final class Problems {
    public static final int LIMIT = 1_000;

    private final List<Problem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    public void add(Problem p) {
        if (p.isError()) errors++;
        else warnings++;
        if (kept.size() < LIMIT) kept.add(p);
    }

    public void error(String file, long line, String field, String message) { add(Problem.error(file, line, field, message)); }

    public void warning(String file, long line, String field, String message) { add(Problem.warning(file, line, field, message)); }

    public void addAll(List<Problem> problems) { problems.forEach(this::add); }

    public long errorCount() { return errors; }

    public long warningCount() { return warnings; }

    public boolean hasErrors() { return errors > 0; }

    /** The problems kept, in the order found; a last line says how many more were not kept. */
    public List<Problem> list() {
        long dropped = errors + warnings - kept.size();
        if (dropped <= 0) return Collections.unmodifiableList(new ArrayList<>(kept));
        List<Problem> out = new ArrayList<>(kept);
        out.add(new Problem("", 0, 0, null, I18n.t("exchange.problems.more", dropped),
                errors > countErrors(kept) ? Problem.Severity.ERROR : Problem.Severity.WARNING));
        return Collections.unmodifiableList(out);
    }

    private static long countErrors(List<Problem> l) { return l.stream().filter(Problem::isError).count(); }
}
