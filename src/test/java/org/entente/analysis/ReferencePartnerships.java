package org.entente.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;

/**
 * Vietnam's partnerships read from {@code src/test/resources/reference/partnerships.csv} for tests, with
 * actor ids given in order of appearance (Vietnam = 1), until the starter library lands.
 */
public final class ReferencePartnerships {
    public static final Path CSV = org.entente.TestFiles.reference("partnerships.csv");
    private static final Map<String, String> ISO = Map.ofEntries(
            Map.entry("Vietnam", "VNM"), Map.entry("China", "CHN"), Map.entry("Russia", "RUS"), Map.entry("India", "IND"),
            Map.entry("South Korea", "KOR"), Map.entry("USA", "USA"), Map.entry("Japan", "JPN"), Map.entry("Australia", "AUS"),
            Map.entry("France", "FRA"), Map.entry("Malaysia", "MYS"), Map.entry("New Zealand", "NZL"), Map.entry("Indonesia", "IDN"),
            Map.entry("Singapore", "SGP"), Map.entry("Thailand", "THA"), Map.entry("Germany", "DEU"), Map.entry("United Kingdom", "GBR"));
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private ReferencePartnerships() {}

    public static List<Partnership> read() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Partnership> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(CSV, StandardCharsets.UTF_8)) {
            long id = 1;
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                Actor a = actors.computeIfAbsent(rec.get("country_a"), n -> new Actor(actors.size() + 1, n, ActorKind.COUNTRY, ISO.get(n), null));
                Actor b = actors.computeIfAbsent(rec.get("country_b"), n -> new Actor(actors.size() + 1, n, ActorKind.COUNTRY, ISO.get(n), null));
                String src = rec.get("source");
                Matcher m = URL.matcher(src);
                String url = m.find() ? m.group() : null;
                String title = src.length() > 90 ? src.substring(0, 90) + "…" : src;
                Source s = new Source(0, title, null, null, null, url, null, null);
                out.add(new Partnership(id++, a, b, level(rec.get("level")), rec.get("level"), EventDate.parse(rec.get("date")), null,
                        List.of(Citation.of(s)), null));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CSV.toAbsolutePath(), e);
        }
        return out;
    }

    /** Maps the official wording onto the default ladder. */
    static PartnershipLevel level(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("comprehensive strategic") || t.contains("within cscp")) return PartnershipLevel.COMPREHENSIVE_STRATEGIC;
        if (t.contains("strategic")) return PartnershipLevel.STRATEGIC;
        return PartnershipLevel.COMPREHENSIVE;
    }
}
