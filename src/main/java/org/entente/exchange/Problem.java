package org.entente.exchange;

/**
 * Something wrong (or worth knowing) in a file being read: where it is and what it is, in words a
 * person can act on, e.g. {@code events.csv line 14, column "start": "2024-13-40" is not a date: month 13}.
 *
 * @param file     the file's name (not its full path), e.g. {@code events.csv}
 * @param line     1-based line number, or 0 when the problem concerns the whole file
 * @param column   1-based column number (CSV column, XML/JSON character), or 0 when unknown
 * @param field    the column header, element or JSON field concerned, or null
 * @param message  the plain message
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

    /** Where the problem is: {@code events.csv line 14, column "start"}. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(sb.length() > 0 ? " " : "").append("line ").append(line);
        if (field != null) sb.append(sb.length() > 0 ? ", " : "").append("column \"").append(field).append('"');
        else if (column > 0) sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
        return sb.toString();
    }

    @Override
    public String toString() {
        String where = location();
        String text = where.isEmpty() ? message : where + ": " + message;
        return severity == Severity.WARNING ? text + " (warning)" : text;
    }
}
