package org.entente.exchange.bundle;

/**
 * Something wrong (or doubtful) in a bundle file, located for a person to fix it.
 *
 * @param file     the file's name as shown to the user
 * @param line     1-based line, or 0 when unknown
 * @param path     JSON path of the offending value, e.g. {@code $.events[3].when}, or null
 * @param field    the field's name, or null when the problem is not one field's
 * @param message  what is wrong, in plain words
 * @param severity an error stops the bundle from being read; a warning does not
 */
public record BundleProblem(String file, int line, String path, String field, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code starter.json line 120, field "when" ($.events[3].when): "2024-13-40" is not a date: month 13}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file == null ? "bundle" : file);
        if (line > 0) sb.append(" line ").append(line);
        if (field != null) sb.append(", field \"").append(field).append('"');
        if (path != null) sb.append(field != null ? " (" : ", at ").append(path).append(field != null ? ")" : "");
        sb.append(": ").append(message);
        if (severity == Severity.WARNING) sb.append(" (warning)");
        return sb.toString();
    }
}
