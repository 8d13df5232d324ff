package org.entente.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.exchange.gdelt.GdeltReader;
import org.entente.i18n.I18n;

/**
 * Recognises a file's format from its name and first bytes, and reads it with the right reader.
 * An unrecognised file is a problem, never a guess.
 */
public final class Importers {
    /** What Entente imports, for messages about files it does not. */
    static String imports() { return I18n.t("exchange.detect.imports"); }

    private Importers() {}

    /** What a file was recognised as, or a problem saying why it was not. */
    public record Detection(Path file, ImportFormat format, Problem problem) {}

    public static Detection detect(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.not-a-file")));
        // GDELT event files: by GDELT's own names (20240620.export.CSV, …143000.export.CSV.zip), or a zip holding one.
        if (GdeltReader.isGdeltName(name) || (lower.endsWith(".zip") && GdeltReader.isGdeltZip(file)))
            return new Detection(file, ImportFormat.GDELT, null);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return new Detection(file, null, CsvInput.ioProblem(name, 0, e));
        }
        if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank())
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.file.empty")));
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (lower.endsWith(".timeline") && !start.startsWith("<") && (start.startsWith("#") || start.startsWith("CATEGORY:")
                || start.startsWith("EVENT:")))
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.timeline-text")));
        if (start.startsWith("<") && (lower.endsWith(".gexf") || start.contains("<gexf")))
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.gexf", imports())));
        if (start.startsWith("<") && (lower.endsWith(".graphml") || start.contains("<graphml")))
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.graphml", imports())));
        if (lower.endsWith(".timeline") || (start.startsWith("<") && (lower.endsWith(".xml") || start.contains("<timeline"))))
            return new Detection(file, ImportFormat.TIMELINE_XML, null);
        if (lower.endsWith(".json") || start.startsWith("{") || start.startsWith("[")) {
            if (isBundle(lower, start)) return new Detection(file, ImportFormat.ENTENTE_BUNDLE, null);
            return new Detection(file, ImportFormat.TIMELINEJS_JSON, null);
        }
        if (EntenteCsv.isEntenteCsvName(lower)) return new Detection(file, ImportFormat.ENTENTE_CSV, null);
        if (!looksLikeText(head))
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.not-text")));
        if (start.startsWith("<"))
            return new Detection(file, null, Problem.fileError(name, I18n.t("exchange.detect.other-xml", imports())));
        if (GdeltReader.looksLikeRow(firstLine(start))) return new Detection(file, ImportFormat.GDELT, null);
        List<String> header = header(file);
        if (header != null && header.size() == 1 && header.get(0).indexOf('\t') >= 0)
            return new Detection(file, null, Problem.error(name, 1, null, CsvInput.tabSeparated()));
        if (header != null) {
            if (TimelineJsSheet.looksLikeHeader(header)) return new Detection(file, ImportFormat.TIMELINEJS_SHEET, null);
            if (TradeTable.looksLikeHeader(header)) return new Detection(file, ImportFormat.TRADE_TABLE, null);
        }
        return new Detection(file, null, Problem.error(name, 1, null, I18n.t("exchange.detect.unknown-csv", String.join(", ", EntenteCsv.FILES))));
    }

    /** An Entente bundle: named *.entente.json or a JSON object declaring "format": "entente-bundle". */
    private static boolean isBundle(String lowerName, String start) {
        return lowerName.endsWith(".entente.json") || lowerName.endsWith(".entente") || start.replace(" ", "").contains("\"format\":\"entente");
    }

    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int u = b & 0xff;
            if (u == 0) return false;
            if (u < 0x20 && u != '\n' && u != '\r' && u != '\t') control++;
        }
        if (control > head.length / 100 + 1) return false;
        // Bytes that are not UTF-8 anywhere in the first block: not text we can read.
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            int n = head.length;
            // A multi-byte character may be cut at the end of the block: ignore the last three bytes.
            decoder.decode(java.nio.ByteBuffer.wrap(head, 0, n < 4096 ? n : n - 3));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(String start) {
        int end = start.indexOf('\n');
        String line = end < 0 ? start : start.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static List<String> header(Path file) {
        try (InputStream in = Files.newInputStream(file); Reader r = CsvInput.utf8(in);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CsvInput.format()).get()) {
            var it = p.iterator();
            if (!it.hasNext()) return null;
            CSVRecord rec = it.next();
            List<String> out = new ArrayList<>();
            rec.forEach(h -> out.add(h.strip().toLowerCase(Locale.ROOT)));
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads one file whose format is known (Entente CSV files are better read together with
     * {@link EntenteCsvReader#read}; the bundle has its own reader).
     */
    public static Optional<ImportResult> read(Path file, ImportFormat format) {
        return switch (format) {
            case ENTENTE_CSV -> Optional.of(EntenteCsvReader.read(List.of(file)));
            case TIMELINEJS_JSON -> Optional.of(TimelineJs.read(file));
            case TIMELINEJS_SHEET -> Optional.of(TimelineJsSheet.read(file));
            case TIMELINE_XML -> Optional.of(TimelineXml.read(file));
            case TRADE_TABLE -> Optional.of(TradeTable.read(file));
            case ENTENTE_BUNDLE, GDELT -> Optional.empty();
        };
    }
}
