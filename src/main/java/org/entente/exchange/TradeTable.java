package org.entente.exchange;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.LibraryContent;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;

/**
 * Trade tables as statistics offices publish them, in two layouts:
 * <ul>
 * <li>long: one figure per row, columns {@code reporter, partner, year, flow, value, unit, source};</li>
 * <li>wide: {@code reporter, partner, flow, unit, source} and one column per year ({@code 2019, 2020…}).</li>
 * </ul>
 * Countries may be given by ISO 3166 code (alpha-2 or alpha-3) or by name. Units scale the value
 * to US dollars: {@code USD}, {@code thousand USD}, {@code million USD}, {@code billion USD}
 * (also {@code USD k/m/bn}). A value marked {@code ~} or {@code approx} is stored as approximate.
 * In the long layout an optional {@code change_percent} column holds a reported change of trade
 * for that year ({@code +2.3 %}, read by {@link ChangePercent}); a row may give a value, a change
 * or both (both: a level and a reported change from the same source).
 */
public final class TradeTable {
    public static final String FORMAT = "Trade table (CSV)";
    public static final List<String> LONG_COLUMNS = List.of("reporter", "partner", "year", "flow", "value", "unit", "source");

    private TradeTable() {}

    /** Whether a CSV header (lower-cased) looks like a trade table. */
    public static boolean looksLikeHeader(List<String> header) {
        return header.contains("reporter") && header.contains("partner")
                && (header.contains("value") || header.contains("change_percent") || header.stream().anyMatch(h -> h.matches("\\d{4}")));
    }

    public static ImportResult read(Path file) {
        return CsvInput.readFile(file, FORMAT, (r, name) -> read(r, name));
    }

    public static ImportResult read(Reader in, String file) {
        Problems problems = new Problems();
        List<TradeFigure> figures = new ArrayList<>();
        List<org.entente.model.TradeChange> changes = new ArrayList<>();
        Map<String, Actor> actors = new HashMap<>();
        Map<String, Source> sources = new HashMap<>();
        CsvInput.read(in, file, List.of("reporter", "partner"), null, problems, row -> {
            long line = row.line();
            Actor reporter = actor(row.get("reporter"), actors, file, line, "reporter", problems);
            Actor partner = actor(row.get("partner"), actors, file, line, "partner", problems);
            if (reporter == null || partner == null) return;
            TradeFlow flow;
            try {
                flow = row.get("flow") == null ? TradeFlow.TOTAL : TradeFlow.of(flowKey(row.get("flow")));
            } catch (IllegalArgumentException e) {
                problems.error(file, line, "flow", I18n.t("exchange.entente-csv.flow", row.get("flow")));
                return;
            }
            BigDecimal scale = scale(row.get("unit"));
            if (scale == null) {
                problems.error(file, line, "unit", I18n.t("exchange.trade-table.unit", row.get("unit")));
                return;
            }
            Citation cite = null;
            String src = row.get("source");
            if (src != null) {
                Source s = sources.computeIfAbsent(src, k -> new Source(0, k, null, null, null, urlIn(k), null, null));
                cite = Citation.of(s);
            }
            if (row.columns().containsKey("year")) {
                Integer year = year(row.get("year"), file, line, "year", problems);
                if (year == null) return;
                String change = row.columns().containsKey("change_percent") ? row.get("change_percent") : null;
                if (change != null) {
                    try {
                        changes.add(new org.entente.model.TradeChange(0, reporter, partner, year, flow, ChangePercent.parse(change),
                                DataQuality.REPORTED, cite));
                    } catch (IllegalArgumentException e) {
                        problems.error(file, line, "change_percent", ModelMessages.of(e));
                        return;
                    }
                    if (row.get("value") == null) return; // a claim without a level
                }
                add(row.get("value"), "value", year, reporter, partner, flow, scale, cite, file, line, problems, figures);
            } else {
                boolean any = false;
                for (Map.Entry<String, Integer> col : row.columns().entrySet()) {
                    if (!col.getKey().matches("\\d{4}")) continue;
                    any = true;
                    String cell = row.at(col.getValue());
                    if (cell == null || cell.equals("..") || cell.equals("-")) continue; // a gap stays a gap
                    add(cell, col.getKey(), Integer.parseInt(col.getKey()), reporter, partner, flow, scale, cite, file, line, problems, figures);
                }
                if (!any) {
                    problems.error(file, line, null, I18n.t("exchange.trade-table.no-years"));
                }
            }
        });
        figures.sort(java.util.Comparator.comparing((TradeFigure f) -> f.reporter().name()).thenComparing(f -> f.partner().name())
                .thenComparing(TradeFigure::flow).thenComparingInt(TradeFigure::year));
        return new ImportResult(FORMAT, new LibraryContent(new ArrayList<>(new java.util.LinkedHashSet<>(actors.values())), new ArrayList<>(sources.values()),
                null, null, figures, null, changes), problems.list());
    }

    private static void add(String cell, String field, int year, Actor reporter, Actor partner, TradeFlow flow, BigDecimal scale,
                            Citation cite, String file, long line, Problems problems, List<TradeFigure> out) {
        if (cell == null) {
            problems.error(file, line, field, I18n.t("exchange.trade-table.value-empty"));
            return;
        }
        String v = cell.strip();
        DataQuality quality = DataQuality.REPORTED;
        if (v.startsWith("~") || v.toLowerCase(Locale.ROOT).startsWith("approx")) {
            quality = DataQuality.APPROXIMATE;
            v = v.replaceFirst("(?i)^(~|approx\\.?)\\s*", "");
        }
        v = v.replace("_", "").replace(" ", "").replace("$", "");
        // A comma is a thousands separator only in whole groups of three ("1,234,567"); "3,6" may be
        // a decimal comma (3.6) or a slip, and reading it as 36 would be a silent error of 10x.
        if (v.indexOf(',') >= 0) {
            if (!v.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                problems.error(file, line, field, v.matches("\\d+,\\d+")
                        ? I18n.t("exchange.trade-table.decimal-comma", cell, v.replace(',', '.')) : I18n.t("exchange.trade-table.comma", cell));
                return;
            }
            v = v.replace(",", "");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.error(file, line, field, I18n.t("exchange.trade-table.not-a-number", cell));
            return;
        }
        if (value.signum() < 0) {
            problems.error(file, line, field, I18n.t("exchange.trade-table.negative", cell));
            return;
        }
        long usd;
        try {
            usd = value.multiply(scale).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (ArithmeticException e) {
            problems.error(file, line, field, I18n.t("exchange.trade-table.too-large", cell));
            return;
        }
        try {
            out.add(new TradeFigure(0, reporter, partner, year, flow, usd, quality, cite));
        } catch (IllegalArgumentException e) {
            problems.error(file, line, field, ModelMessages.of(e));
        }
    }

    private static Integer year(String text, String file, long line, String field, Problems problems) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            if (y < 1 || y > 9999) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            problems.error(file, line, field, I18n.t("exchange.entente-csv.not-a-year", text));
            return null;
        }
    }

    private static Actor actor(String cell, Map<String, Actor> actors, String file, long line, String field, Problems problems) {
        if (cell == null) {
            problems.error(file, line, field, I18n.t("exchange.entente-csv.cell-empty", field));
            return null;
        }
        Actor known = actors.get(cell);
        if (known != null) return known;
        var iso = Countries.iso3(cell);
        if (iso.isEmpty()) {
            problems.error(file, line, field, I18n.t("exchange.trade-table.not-a-country", cell));
            return null;
        }
        // The same country may be written "VNM" in one row and "Viet Nam" in another: one actor.
        for (Actor a : actors.values()) if (iso.get().equals(a.isoCode())) {
            actors.put(cell, a);
            return a;
        }
        String name = Countries.iso3(cell).isPresent() && cell.length() <= 3 ? Countries.name(iso.get()).orElse(cell) : cell;
        Actor a = new Actor(0, name, ActorKind.COUNTRY, iso.get(), null);
        actors.put(cell, a);
        return a;
    }

    private static String flowKey(String flow) {
        String f = flow.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "exports", "x", "export" -> "export";
            case "imports", "m", "import" -> "import";
            case "total", "trade", "total trade", "x+m" -> "total";
            default -> f;
        };
    }

    /** The factor from a unit to US dollars, or null for a unit not understood. */
    static BigDecimal scale(String unit) {
        if (unit == null) return BigDecimal.ONE;
        String u = unit.strip().toLowerCase(Locale.ROOT).replace("us$", "usd").replace("$", "usd").replace("dollars", "usd")
                .replace("us ", "").replaceAll("[()]", " ").replaceAll("\\s+", " ").strip();
        if (!u.contains("usd")) return null;
        u = u.replace("usd", "").strip();
        return switch (u) {
            case "" -> BigDecimal.ONE;
            case "thousand", "thousands", "k", "000", "'000" -> BigDecimal.valueOf(1_000);
            case "million", "millions", "m", "mn", "mln" -> BigDecimal.valueOf(1_000_000);
            case "billion", "billions", "bn", "b", "bln" -> BigDecimal.valueOf(1_000_000_000);
            default -> null;
        };
    }

    private static String urlIn(String text) {
        var m = java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
        return m.find() ? m.group() : null;
    }
}
