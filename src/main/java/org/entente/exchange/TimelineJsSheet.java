package org.entente.exchange;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.i18n.I18n;
import org.entente.model.DateParseException;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Period;

/**
 * The TimelineJS Google Sheets template saved as CSV: 18 columns (Year … Background), one row per
 * slide; a {@code title} row is the title slide, {@code era} rows are eras (periods here). Cells
 * may hold HTML, doubled quotes and new lines; HTML becomes plain text.
 */
public final class TimelineJsSheet {
    public static final String FORMAT = "TimelineJS spreadsheet (CSV)";

    public static final List<String> COLUMNS = List.of("year", "month", "day", "time", "end year", "end month", "end day",
            "end time", "display date", "headline", "text", "media", "media credit", "media caption", "media thumbnail",
            "type", "group", "background");

    private TimelineJsSheet() {}

    /** Whether a header row (lower-cased) looks like the TimelineJS template. */
    public static boolean looksLikeHeader(List<String> header) {
        return header.contains("year") && header.contains("headline") && header.contains("end year");
    }

    public static ImportResult read(Path file) {
        return CsvInput.readFile(file, FORMAT, (r, name) -> read(r, name));
    }

    public static ImportResult read(Reader in, String file) {
        Problems problems = new Problems();
        List<Event> events = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        int[] media = {0};
        CsvInput.read(in, file, List.of("year", "headline"), COLUMNS, problems, row -> {
            long line = row.line();
            String type = row.get("type") == null ? "" : row.get("type").toLowerCase(Locale.ROOT);
            String headline = PlainText.fromHtml(row.get("headline"));
            String text = PlainText.fromHtml(row.get("text"));
            if (type.equals("title")) {
                problems.warning(file, line, "type", headline == null ? I18n.t("exchange.timelinejs.title-slide")
                        : I18n.t("exchange.timelinejs.title-slide-named", headline));
                return;
            }
            EventDate start, end;
            try {
                start = PartialDates.of(row.get("year"), row.get("month"), row.get("day"));
            } catch (DateParseException e) {
                problems.error(file, line, column(e, ""), DateProblems.message(e));
                return;
            }
            if (start == null) {
                problems.error(file, line, "year", I18n.t("exchange.sheet.start-year-empty"));
                return;
            }
            DateRange when;
            try {
                end = PartialDates.of(row.get("end year"), row.get("end month"), row.get("end day"));
                when = end == null || end.equals(start) ? DateRange.of(start) : DateRange.of(start, end);
            } catch (DateParseException e) {
                problems.error(file, line, column(e, "end "), DateProblems.message(e));
                return;
            } catch (IllegalArgumentException e) {
                problems.error(file, line, "end year", ModelMessages.of(e));
                return;
            }
            if (headline == null) {
                if (text == null) {
                    problems.error(file, line, "headline", I18n.t("exchange.sheet.no-headline-no-text"));
                    return;
                }
                headline = TimelineJs.firstWords(text);
                problems.warning(file, line, "headline", I18n.t("exchange.timelinejs.titled-from-text"));
            }
            if (type.equals("era")) {
                periods.add(new Period(0, headline, when, null, text));
                return;
            }
            if (row.get("media") != null) media[0]++;
            events.add(new Event(0, headline, when, TimelineJs.category(row.get("group")), null, null, text, 3, null, null));
        });
        if (media[0] > 0)
            problems.warning(file, 0, "media", I18n.t("exchange.timelinejs.media", media[0]));
        return new ImportResult(FORMAT, new LibraryContent(null, null, events, null, null, periods), problems.list());
    }

    private static String column(DateParseException e, String prefix) {
        return prefix + switch (e.part()) {
            case "month" -> "month";
            case "day" -> "day";
            default -> "year";
        };
    }
}
