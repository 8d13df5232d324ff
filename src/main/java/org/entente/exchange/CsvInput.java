package org.entente.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.i18n.I18n;

/**
 * Reads a CSV file with a header row, row by row, with the line where each row starts, so that
 * every problem can name its line and column. UTF-8 only (bytes that are not UTF-8 are reported,
 * not guessed at); a leading byte-order mark is skipped.
 */
public final class CsvInput {
    /** A row with the 1-based line where it starts. */
    public record Row(long line, CSVRecord record, Map<String, Integer> columns) {
        /** The cell of a column (by lower-case header name), stripped; null when absent or blank. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= record.size()) return null;
            String v = record.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        /** The cell by position, stripped; null when absent or blank. */
        public String at(int index) {
            if (index < 0 || index >= record.size()) return null;
            String v = record.get(index).strip();
            return v.isEmpty() ? null : v;
        }

        public int size() { return record.size(); }
    }

    /** The problem for a header row of tab-separated values. */
    static String tabSeparated() { return I18n.t("exchange.csv.tab-separated"); }

    private CsvInput() {}

    /** A strict UTF-8 reader that skips a byte-order mark. */
    public static Reader utf8(InputStream in) throws IOException {
        PushbackReader r = new PushbackReader(new BufferedReader(new StrictUtf8Reader(in), 1 << 16), 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') r.unread(first);
        return r;
    }

    public static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();
    }

    /**
     * Reads every row of {@code in}, checking the header for {@code required} columns, handing
     * each data row to {@code rowHandler}. Returns the header (lower-cased, stripped) or null when
     * the file could not be read at all; such failures are added to {@code problems}.
     *
     * @param known columns this reader understands; others are reported as warnings (null: no check)
     */
    public static List<String> read(Reader in, String file, List<String> required, List<String> known, Problems problems,
                                    Consumer<Row> rowHandler) {
        try (Cursor cursor = open(in, file, required, known, problems)) {
            while (cursor.hasNext()) rowHandler.accept(cursor.next());
            return cursor.header();
        }
    }

    /** Opens {@code in} for reading rows one at a time (pull), after checking its header as {@link #read} does. */
    public static Cursor open(Reader in, String file, List<String> required, List<String> known, Problems problems) {
        return new Cursor(in, file, required, known, problems, Limits.MAX_CSV_ROW_CHARS);
    }

    /** Like {@link #open(Reader, String, List, List, Problems)} with another row limit (tests). */
    static Cursor open(Reader in, String file, List<String> required, List<String> known, Problems problems, long maxRowChars) {
        return new Cursor(in, file, required, known, problems, maxRowChars);
    }

    /**
     * Rows of a CSV file, pulled one at a time. A failure to read (bytes that are not UTF-8, a
     * malformed quote) becomes a problem and ends the rows.
     */
    public static final class Cursor extends LookAheadIterator<Row> implements AutoCloseable {
        private final String file;
        private final Problems problems;
        private CSVParser parser;
        private Iterator<CSVRecord> it;
        private List<String> header;
        private Map<String, Integer> columns;
        private long lineBefore;
        private final RowLimit limit;

        private Cursor(Reader in, String file, List<String> required, List<String> known, Problems problems, long maxRowChars) {
            this.file = file;
            this.problems = problems;
            this.limit = new RowLimit(in, maxRowChars);
            try {
                parser = CSVParser.builder().setReader(limit).setFormat(format()).get();
                it = parser.iterator();
                if (!it.hasNext()) {
                    problems.add(Problem.fileError(file, I18n.t("exchange.csv.empty", String.join(", ", required))));
                    it = null;
                    return;
                }
                CSVRecord headerRecord = it.next();
                List<String> h = new ArrayList<>();
                Map<String, Integer> cols = new HashMap<>();
                for (int i = 0; i < headerRecord.size(); i++) {
                    String name = headerRecord.get(i).strip().toLowerCase(Locale.ROOT);
                    h.add(name);
                    if (!name.isEmpty()) cols.putIfAbsent(name, i);
                }
                lineBefore = parser.getCurrentLineNumber();
                limit.rowDone();
                if (h.size() == 1 && headerRecord.get(0).indexOf('\t') >= 0) {
                    problems.add(Problem.error(file, 1, null, tabSeparated()));
                    it = null;
                    return;
                }
                List<String> missing = required.stream().filter(r -> !cols.containsKey(r)).toList();
                if (!missing.isEmpty()) {
                    String lacks = I18n.t("exchange.csv.lacks-columns", missing.size(), quoted(missing), quoted(h));
                    problems.add(new Problem(file, 1, 0, null,
                            known == null ? lacks : I18n.t("exchange.csv.lacks-columns-expected", lacks, quoted(known)), Problem.Severity.ERROR));
                    it = null;
                    return;
                }
                if (known != null) {
                    for (int i = 0; i < h.size(); i++)
                        if (!h.get(i).isEmpty() && !known.contains(h.get(i)))
                            problems.add(new Problem(file, 1, i + 1, h.get(i), I18n.t("exchange.csv.unknown-column"), Problem.Severity.WARNING));
                }
                header = h;
                columns = cols;
            } catch (RuntimeException | IOException e) {
                fail(e);
            }
        }

        /** The header, lower-cased; null when the file could not be read. */
        public List<String> header() { return header; }

        private void fail(Exception e) {
            if (e instanceof java.util.concurrent.CancellationException ce) throw ce;
            if (e instanceof UncheckedIOException u) problems.add(ioProblem(file, lineBefore + 1, u.getCause()));
            else if (e instanceof IOException io) problems.add(ioProblem(file, lineBefore + 1, io));
            // Commons CSV reports some malformed input as an IllegalStateException.
            else if (e instanceof IllegalStateException) problems.add(Problem.error(file, lineBefore + 1, null, I18n.t("exchange.csv.malformed", e.getMessage())));
            else if (e instanceof RuntimeException r) throw r;
            it = null;
        }

        @Override
        protected Row findNext() {
            while (it != null) {
                try {
                    if (!it.hasNext()) {
                        it = null;
                        break;
                    }
                    CSVRecord rec = it.next();
                    limit.rowDone();
                    long line = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                    return new Row(line, rec, columns);
                } catch (RuntimeException e) {
                    fail(e);
                }
            }
            return null;
        }

        @Override
        public void close() {
            try {
                if (parser != null) parser.close();
            } catch (IOException e) {
                // The reader belongs to the caller, who closes it and sees its errors.
            }
        }
    }


    /**
     * Refuses a row longer than a limit while it is being read, so that memory stays bounded
     * whatever the file holds: a quote left open by mistake would otherwise make the rest of a
     * large file one cell, read whole into memory. The cursor says when a row is done; the count
     * also holds the parser's read-ahead (a buffer), which is small against the limit.
     */
    static final class RowLimit extends java.io.FilterReader {
        private final long max;
        private long sinceRow;

        RowLimit(Reader in, long max) {
            super(in);
            this.max = max;
        }

        void rowDone() { sinceRow = 0; }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count(1);
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws RowTooLongException {
            sinceRow += n;
            if (sinceRow > max) throw new RowTooLongException(max);
        }
    }

    /** A CSV row longer than {@link Limits#MAX_CSV_ROW_CHARS}. */
    static final class RowTooLongException extends IOException {
        RowTooLongException(long max) {
            super(I18n.t("exchange.csv.row-too-long", max));
        }
    }

    /** Reads a UTF-8 CSV file with {@code reader}; an unreadable file becomes a problem, not an exception. */
    static ImportResult readFile(java.nio.file.Path file, String format, java.util.function.BiFunction<Reader, String, ImportResult> reader) {
        String name = file.getFileName().toString();
        try (InputStream in = java.nio.file.Files.newInputStream(file); Reader r = utf8(in)) {
            return reader.apply(r, name);
        } catch (IOException e) {
            return ImportResult.failed(format, ioProblem(name, 0, e));
        }
    }

    /**
     * A problem for a file that could not be read, at {@code line} (0: the file as a whole), or
     * at the line of the first byte that is not UTF-8 when that is what failed.
     */
    public static Problem ioProblem(String file, long line, IOException e) {
        if (e instanceof StrictUtf8Reader.NotUtf8Exception n) line = n.line();
        if (e instanceof RowTooLongException)
            return Problem.error(file, line, null, I18n.t("exchange.csv.row-too-long-quote", e.getMessage()));
        if (e instanceof CharacterCodingException)
            return Problem.error(file, line, null, I18n.t("exchange.csv.not-utf8"));
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Commons CSV: "(startline N) EOF reached before encapsulated token finished".
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished").matcher(msg);
        if (m.find())
            return Problem.error(file, line, null, I18n.t("exchange.csv.quote-never-closed", m.group(1)));
        return Problem.error(file, line, null, I18n.t("exchange.file.cannot-read", msg));
    }

    static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) sb.append(", ");
            sb.append('"').append(n).append('"');
        }
        return sb.toString();
    }
}
