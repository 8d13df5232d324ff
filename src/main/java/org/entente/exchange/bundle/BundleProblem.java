package org.entente.exchange.bundle;

import org.entente.i18n.I18n;

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

    /** {@code starter.json line 120, field "when" ($.events[3].when): "2024-13-40" is not a date: month 13}, in the interface's language. */
    @Override
    public String toString() {
        String where = file == null ? I18n.t("exchange.bundle.unnamed") : file;
        if (line > 0) where = I18n.t("exchange.problem.file-line", where, Integer.toString(line));
        if (field != null)
            where = path != null ? I18n.t("exchange.bundle.at-field-path", where, field, path) : I18n.t("exchange.bundle.at-field", where, field);
        else if (path != null) where = I18n.t("exchange.bundle.at-path", where, path);
        String text = I18n.t("exchange.problem.where-what", where, message);
        return severity == Severity.WARNING ? I18n.t("exchange.problem.warning", text) : text;
    }
}
