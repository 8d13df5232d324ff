package org.entente.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.model.Actor;
import org.entente.model.Partnership;

/**
 * Gephi's spreadsheet import: a nodes table ({@code Id, Label, Kind, ISO3}) and an edges table
 * ({@code Source, Target, Type, Id, Label, Weight, Level, Timeset}). Each partnership spell is one
 * edge whose {@code Timeset} is its interval, {@code <[2008-06-01, 2013-05-31]>}, open-ended
 * spells running to {@code Infinity}, so Gephi's timeline plays the ties as they rise.
 */
public final class GephiCsv {
    public static final String NODES = "nodes.csv";
    public static final String EDGES = "edges.csv";

    private GephiCsv() {}

    /** Writes nodes.csv and edges.csv into {@code folder}. */
    public static void write(List<Actor> actors, List<Partnership> partnerships, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Actor a : actors) ids.putIfAbsent(a.name(), id(a, ids.size()));
        for (Partnership p : partnerships)
            for (Actor a : List.of(p.a(), p.b())) ids.putIfAbsent(a.name(), id(a, ids.size()));
        Map<String, Actor> byName = new LinkedHashMap<>();
        actors.forEach(a -> byName.putIfAbsent(a.name(), a));
        partnerships.forEach(p -> {
            byName.putIfAbsent(p.a().name(), p.a());
            byName.putIfAbsent(p.b().name(), p.b());
        });
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (CSVPrinter out = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(folder.resolve(NODES)), StandardCharsets.UTF_8)), format)) {
            out.printRecord("Id", "Label", "Kind", "ISO3");
            for (Actor a : byName.values())
                out.printRecord(ids.get(a.name()), a.name(), a.kind().name().toLowerCase(Locale.ROOT), a.isoCode() == null ? "" : a.isoCode());
        }
        try (CSVPrinter out = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(folder.resolve(EDGES)), StandardCharsets.UTF_8)), format)) {
            out.printRecord("Source", "Target", "Type", "Id", "Label", "Weight", "Level", "Timeset");
            int n = 0;
            for (Partnership p : partnerships) {
                n++;
                out.printRecord(ids.get(p.a().name()), ids.get(p.b().name()), "Undirected", p.id() != 0 ? "p" + p.id() : "e" + n,
                        p.officialName() != null ? p.officialName() : p.level().label(), p.level().rank(), p.level().key(), timeset(p));
            }
        }
    }

    /** Gephi's interval notation for a spell: inclusive days, the end being the day before {@code until}. */
    static String timeset(Partnership p) {
        String start = day(p.from().firstDay());
        String end = p.until() == null ? "Infinity" : day(p.until().firstDay() - 1);
        return "<[" + start + ", " + end + "]>";
    }

    private static String day(long epochDay) { return LocalDate.ofEpochDay(epochDay).toString(); }

    private static String id(Actor a, int index) {
        if (a.isoCode() != null) return a.isoCode();
        return a.id() != 0 ? "a" + a.id() : "n" + (index + 1);
    }

}
