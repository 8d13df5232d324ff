package org.entente.exchange;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.Utf8Event;

/**
 * Writes Entente CSV files into a folder. Sources get keys ({@code S1}, {@code S2}…) that events,
 * partnerships and trade rows cite, so sources must be written before the rows that cite them.
 * Events can be written one at a time ({@link #events()}) so a large library streams out.
 */
public final class EntenteCsvWriter {
    private final Path folder;
    private final Map<Source, String> keys = new HashMap<>();

    public EntenteCsvWriter(Path folder) {
        this.folder = folder;
    }

    /** Writes all of {@code content} as the five CSV files in {@code folder}. */
    public static void write(LibraryContent content, Path folder) throws IOException {
        EntenteCsvWriter w = new EntenteCsvWriter(folder);
        List<Source> sources = new ArrayList<>(content.sources());
        // Cited sources that are not in the list are written too, so every key resolves.
        java.util.Set<Source> seen = new java.util.HashSet<>(sources);
        for (Event e : content.events()) for (Citation c : e.sources()) if (seen.add(c.source())) sources.add(c.source());
        for (Partnership p : content.partnerships()) for (Citation c : p.sources()) if (seen.add(c.source())) sources.add(c.source());
        for (TradeFigure t : content.trade()) if (t.source() != null && seen.add(t.source().source())) sources.add(t.source().source());
        for (var t : content.tradeChanges()) if (t.source() != null && seen.add(t.source().source())) sources.add(t.source().source());
        List<Actor> actors = new ArrayList<>(content.actors());
        java.util.Set<String> names = new java.util.HashSet<>();
        actors.forEach(a -> names.add(a.name()));
        for (Event e : content.events()) for (Participant p : e.participants()) if (names.add(p.actor().name())) actors.add(p.actor());
        for (Partnership p : content.partnerships()) for (Actor a : List.of(p.a(), p.b())) if (names.add(a.name())) actors.add(a);
        for (TradeFigure t : content.trade()) for (Actor a : List.of(t.reporter(), t.partner())) if (names.add(a.name())) actors.add(a);
        for (var t : content.tradeChanges()) for (Actor a : List.of(t.reporter(), t.partner())) if (names.add(a.name())) actors.add(a);
        w.writeActors(actors);
        w.writeSources(sources);
        try (EventRows rows = w.events()) {
            for (Event e : content.events()) rows.write(e);
        }
        w.writePartnerships(content.partnerships());
        w.writeTrade(content.trade(), content.tradeChanges());
    }

    private CSVPrinter open(String name, List<String> columns) throws IOException {
        Files.createDirectories(folder);
        OutputStream out = Files.newOutputStream(folder.resolve(name));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        CSVPrinter p = new CSVPrinter(writer, format);
        p.printRecord(columns);
        return p;
    }

    public void writeActors(List<Actor> actors) throws IOException {
        try (CSVPrinter p = open(EntenteCsv.ACTORS, EntenteCsv.ACTOR_COLUMNS)) {
            for (Actor a : actors)
                p.printRecord(a.name(), a.kind().name().toLowerCase(Locale.ROOT), nz(a.isoCode()), nz(a.colour()));
        }
    }

    public void writeSources(List<Source> sources) throws IOException {
        try (CSVPrinter p = open(EntenteCsv.SOURCES, EntenteCsv.SOURCE_COLUMNS)) {
            for (Source s : sources) {
                String key = keys.get(s);
                if (key != null) continue;
                key = "S" + (s.id() > 0 ? s.id() : keys.size() + 1);
                while (keys.containsValue(key)) key = key + "x";
                keys.put(s, key);
                p.printRecord(key, s.title(), nz(s.publisher()), nz(s.author()), s.date() == null ? "" : s.date().toString(),
                        nz(s.url()), s.accessed() == null ? "" : s.accessed().toString(), nz(s.note()));
            }
        }
    }

    /** Opens events.csv for writing rows one by one. */
    public EventRows events() throws IOException {
        Files.createDirectories(folder);
        StringBuilder header = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(header, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(EntenteCsv.EVENT_COLUMNS);
        }
        EventRows rows = new EventRows(Files.newOutputStream(folder.resolve(EntenteCsv.EVENTS)));
        rows.bytes(header.toString().getBytes(StandardCharsets.UTF_8));
        return rows;
    }

    /**
     * events.csv, open for rows. A million rows go through here in an export, so each row is
     * written as UTF-8 bytes straight into a 64 KiB buffer, each cell quoted (RFC 4180) only when
     * it holds a comma, a quote or a line break, instead of through lists and {@link CSVPrinter}'s
     * per-value checks. The title, place and summary of a {@link Utf8Event} are the library's own
     * bytes, checked and copied as they are: UTF-8 never puts the bytes of {@code , " \r \n}
     * inside a longer character, so looking for them byte by byte finds what looking char by char
     * finds, and a String-built row encoded whole gives the same bytes (CsvExportOfAwkwardTextTest).
     */
    public final class EventRows implements Closeable {
        private final OutputStream out;
        private byte[] buffer = new byte[1 << 16];
        private int used;
        private final StringBuilder cell = new StringBuilder(256);

        private EventRows(OutputStream out) { this.out = out; }

        public void write(Event e) throws IOException {
            row(utf8(e.title()), e.when(), e.category(), e.participants(), utf8(e.place()), utf8(e.summary()), e.importance(),
                    e.tags(), e.sources());
        }

        public void write(Utf8Event e) throws IOException {
            row(e.title(), e.when(), e.category(), e.participants(), e.place(), e.summary(), e.importance(), e.tags(), e.sources());
        }

        private void row(byte[] title, DateRange when, Category category, List<Participant> ps, byte[] place, byte[] summary,
                         int importance, List<String> tags, List<Citation> sources) throws IOException {
            cell(title);
            comma();
            cell(when.start().toString());
            comma();
            if (when.ongoing()) cell(EntenteCsv.ONGOING);
            else if (when.end() != null) cell(when.end().toString());
            comma();
            cell(EntenteCsv.categoryCell(category));
            comma();
            boolean anyRole = false;
            cell.setLength(0);
            for (int i = 0; i < ps.size(); i++) {
                if (i > 0) cell.append(EntenteCsv.SEPARATOR);
                EntenteCsv.escape(ps.get(i).actor().name(), cell);
                anyRole |= ps.get(i).role() != null;
            }
            cell(cell.toString());
            comma();
            if (anyRole) {
                cell.setLength(0);
                for (int i = 0; i < ps.size(); i++) {
                    if (i > 0) cell.append(EntenteCsv.SEPARATOR);
                    if (ps.get(i).role() != null) EntenteCsv.escape(ps.get(i).role(), cell);
                }
                cell(cell.toString());
            }
            comma();
            if (place != null) cell(place);
            comma();
            if (summary != null) cell(summary);
            comma();
            cell(Integer.toString(importance));
            comma();
            if (!tags.isEmpty()) cell(EntenteCsv.join(tags));
            comma();
            if (!sources.isEmpty()) cell(cite(sources));
            room(1);
            buffer[used++] = '\n';
        }

        private void comma() throws IOException {
            room(1);
            buffer[used++] = ',';
        }

        private void cell(String v) throws IOException { cell(v.getBytes(StandardCharsets.UTF_8)); }

        /** One cell of UTF-8, quoted when RFC 4180 needs it. */
        private void cell(byte[] v) throws IOException {
            boolean quote = false;
            int quotes = 0;
            for (byte b : v) {
                if (b == '"') quotes++;
                else if (b == ',' || b == '\n' || b == '\r') quote = true;
            }
            if (!quote && quotes == 0) {
                bytes(v);
                return;
            }
            room(v.length + quotes + 2);
            buffer[used++] = '"';
            if (quotes == 0) {
                System.arraycopy(v, 0, buffer, used, v.length);
                used += v.length;
            } else {
                for (byte b : v) {
                    if (b == '"') buffer[used++] = '"';
                    buffer[used++] = b;
                }
            }
            buffer[used++] = '"';
        }

        private void bytes(byte[] v) throws IOException {
            room(v.length);
            System.arraycopy(v, 0, buffer, used, v.length);
            used += v.length;
        }

        /** Makes room for {@code n} more bytes: writes the buffer out, and grows it for a cell larger than it. */
        private void room(int n) throws IOException {
            if (used + n <= buffer.length) return;
            out.write(buffer, 0, used);
            used = 0;
            if (n > buffer.length) buffer = new byte[n];
        }

        @Override
        public void close() throws IOException {
            try (out) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }

    private static byte[] utf8(String s) { return s == null ? null : s.getBytes(StandardCharsets.UTF_8); }

    public void writePartnerships(List<Partnership> partnerships) throws IOException {
        try (CSVPrinter p = open(EntenteCsv.PARTNERSHIPS, EntenteCsv.PARTNERSHIP_COLUMNS)) {
            for (Partnership x : partnerships)
                p.printRecord(x.a().name(), x.b().name(), x.level().key(), nz(x.officialName()), x.from().toString(),
                        x.until() == null ? "" : x.until().toString(), cite(x.sources()), nz(x.note()));
        }
    }

    /** Writes trade.csv: the levels, then the reported changes (value_usd empty, change_percent set). */
    public void writeTrade(List<TradeFigure> trade, List<org.entente.model.TradeChange> changes) throws IOException {
        try (CSVPrinter p = open(EntenteCsv.TRADE, EntenteCsv.TRADE_COLUMNS)) {
            for (TradeFigure t : trade)
                p.printRecord(t.reporter().name(), t.partner().name(), t.year(), t.flow().key(), t.valueUsd(), t.quality().key(),
                        t.source() == null ? "" : cite(List.of(t.source())), "");
            for (var t : changes)
                p.printRecord(t.reporter().name(), t.partner().name(), t.year(), t.flow().key(), "", t.quality().key(),
                        t.source() == null ? "" : cite(List.of(t.source())), ChangePercent.write(t.changePercent()));
        }
    }

    private String cite(List<Citation> citations) {
        List<String> refs = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            String key = keys.get(c.source());
            if (key == null) {
                if (c.source().url() != null) key = c.source().url();
                else throw new UncheckedIOException(new IOException(
                        org.entente.i18n.I18n.t("exchange.export.source-not-written", c.source().title())));
            }
            refs.add(c.locator() == null ? key : key + "[" + c.locator() + "]");
        }
        return EntenteCsv.join(refs);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
