package org.entente.exchange;

import org.entente.i18n.I18n;

/**
 * Something wrong (or worth knowing) in a file being read: where it is and what it is, in words a
 * person can act on, e.g. {@code events.csv line 14, column "start": "2024-13-40" is not a date: month 13}.
 *
 * @param file     the file's name (not its full path), e.g. {@code events.csv}
 * @param line     1-based line number, or 0 when the problem concerns the whole file
 * @param column   1-based column number (CSV column, XML/JSON character), or 0 when unknown
 * @param field    the column header, element or JSON field concerned, or null
 * @param message  the plain message, in the interface language of the time it was found
 * @param severity an error stops the import; a warning is shown but does not
 */
public record Problem(String file, long line, int column, String field, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        if (file == null) file = "";
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a problem needs a message");
    }

    public static Problem error(String file, long line, String field, String message) {
        return new Problem(file, line, 0, field, message, Severity.ERROR);
    }

    public static Problem warning(String file, long line, String field, String message) {
        return new Problem(file, line, 0, field, message, Severity.WARNING);
    }

    public static Problem fileError(String file, String message) {
        return new Problem(file, 0, 0, null, message, Severity.ERROR);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /**
     * Where the problem is, in the interface language: {@code events.csv line 14, column "start"}
     * or {@code events.csv, dòng 14, trường "start"}. File names and fields are the file's own.
     */
    public String location() {
        String where = file;
        if (line > 0) {
            String n = Long.toString(line);
            where = where.isEmpty() ? I18n.t("exchange.problem.line", n) : I18n.t("exchange.problem.file-line", where, n);
        }
        if (field != null)
            where = where.isEmpty() ? I18n.t("exchange.problem.field", field) : I18n.t("exchange.problem.then-field", where, field);
        else if (column > 0) {
            String c = Integer.toString(column);
            where = where.isEmpty() ? I18n.t("exchange.problem.column", c) : I18n.t("exchange.problem.then-column", where, c);
        }
        return where;
    }

    @Override
    public String toString() {
        String where = location();
        String text = where.isEmpty() ? message : I18n.t("exchange.problem.where-what", where, message);
        return severity == Severity.WARNING ? I18n.t("exchange.problem.warning", text) : text;
    }
}
