package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.entente.app.LibraryService;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code entente measure --kind KIND --pair A-B [--pair …] [--from YEAR] [--to YEAR]}: a measure as
 * CSV, for scripts: one row per year, or per month ({@code yyyy-MM}) for the coded-event measures.
 */
@Command(name = "measure", mixinStandardHelpOptions = true)
public final class MeasureCommand extends EntenteSubcommand implements Callable<Integer> {
    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.help.measure.kind")
    String kind;

    @Option(names = "--pair", required = true, paramLabel = "A-B",
            descriptionKey = "cli.help.measure.pair")
    List<String> pairs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", descriptionKey = "cli.help.measure.from") Integer from;

    @Option(names = "--to", paramLabel = "YEAR", descriptionKey = "cli.help.measure.to") Integer to;

    @Override
    public Integer call() {
        MeasureKind k = MeasureKind.byKey(kind).orElseThrow(() -> new ParameterException(spec.commandLine(), I18n.t("cli.measure.unknown-kind",
                kind, String.join(", ", Arrays.stream(MeasureKind.values()).map(MeasureKind::key).toList()))));
        PrintWriter err = spec.commandLine().getErr();
        if (existingLibraryUnusable("cli.library.missing.measure")) return 1;
        try (Library library = LibraryService.openOrCreateEmpty(parent.library())) {
            MeasureService service = new MeasureService(library);
            List<Actor[]> resolved = new ArrayList<>();
            for (String pair : pairs) resolved.add(pair(service, pair));
            if (k == MeasureKind.UN_AGREEMENT && !library.datasets().holds("un-votes") && service.agreement().pairYears() == 0)
                err.println(I18n.t("cli.measure.no-un-votes", parent.library()));
            if (k.monthly() && library.scores().codedMonths().isEmpty())
                err.println(I18n.t("cli.measure.no-coded-events", parent.library()));
            String time = k.monthly() ? "month" : "year";
            // CSV for scripts: its column names and numbers are the same in every language.
            PrintWriter out = spec.commandLine().getOut();
            List<String> countColumns = null;
            for (int i = 0; i < resolved.size(); i++) {
                Actor[] pair = resolved.get(i);
                String label = pairs.get(i).strip();
                for (MeasurePoint p : service.series(k, pair[0], pair[1], from, to)) {
                    if (countColumns == null) {
                        countColumns = new ArrayList<>(p.counts().keySet());
                        out.println("pair," + time + ",value," + String.join(",", countColumns) + ",unsure");
                    }
                    StringBuilder line = new StringBuilder(csv(label)).append(',').append(p.monthly() ? p.isoMonth() : Integer.toString(p.year()))
                            .append(',').append(number(p.value()));
                    for (Map.Entry<String, Number> c : p.counts().entrySet()) line.append(',').append(number(c.getValue()));
                    out.println(line.append(',').append(p.unsure()));
                }
            }
            if (countColumns == null) out.println(k.monthly() ? "pair,month,value,events,scored,unsure" : "pair,year,value,unsure");
            return 0;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private Actor[] pair(MeasureService service, String text) {
        String t = text.strip();
        // "VN-RU", "Vietnam-Russia": split at a hyphen whose two sides both name a country ("Guinea-Bissau-VN" too).
        for (int at = t.indexOf('-'); at > 0; at = t.indexOf('-', at + 1)) {
            Optional<Actor> a = service.country(t.substring(0, at)), b = service.country(t.substring(at + 1));
            if (a.isPresent() && b.isPresent()) return new Actor[] {a.get(), b.get()};
        }
        throw new ParameterException(spec.commandLine(), I18n.t("cli.measure.bad-pair", text));
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Long) return n.toString();
        double d = n.doubleValue();
        if (Double.isNaN(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
